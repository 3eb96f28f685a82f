// A minimal change-event source: listeners get called with whatever the owner emits; subscribe returns an unsubscribe.
export function createEmitter() {
  const listeners = new Set();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(...args) {
      for (const listener of [...listeners]) {
        try {
          listener(...args);
        } catch (error) {
          // One broken listener must not stop the others, nor escape as an uncaught error.
          console.error('Listener failed', error);
        }
      }
    },
  };
}
