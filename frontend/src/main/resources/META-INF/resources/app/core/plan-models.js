// "Eigen 3D-model plaatsen": uploads a .glb to the saved plan's documents and places it in the drawing at the map's
// centre, on the ground. state.modelUpload is { status: 'idle' | 'uploading' | 'placed' | 'error', error? } with error
// one of 'notModel', 'tooLarge', 'notSaved', 'failed' (text keys under modelErrors).
import { placeModel } from './model-placement.js';
import { addModel } from './plan-draft.js';

/** Whether the first bytes are those of a glTF binary: "glTF" and version 2. */
export function looksLikeGlb(bytes) {
  const b = new Uint8Array(bytes);
  return b.length >= 8 && b[0] === 0x67 && b[1] === 0x6c && b[2] === 0x54 && b[3] === 0x46 && b[4] === 2 && b[5] === 0 && b[6] === 0 && b[7] === 0;
}

export function modelUploadError(error) {
  if (error?.status === 415) return 'notModel';
  if (error?.status === 413) return 'tooLarge';
  return 'failed';
}

export function connectModels(state, api) {
  const set = (modelUpload) => state.update({ modelUpload });
  return {
    /** Uploads the file and places it at centre ([lon, lat]); the drawing must belong to a saved plan. */
    async upload(file, centre) {
      const saved = state.get().dossier?.plan;
      if (!saved || !state.get().plan) return set({ status: 'error', error: 'notSaved' });
      if (!file || !centre) return set({ status: 'error', error: 'failed' });
      if (!looksLikeGlb(await file.slice(0, 8).arrayBuffer())) return set({ status: 'error', error: 'notModel' });
      set({ status: 'uploading' });
      try {
        const document = await api.uploadDocument(saved.id, file);
        const model = placeModel({ documentId: document.id, filename: document.filename, url: api.documentUrl(saved.id, document.id) }, centre);
        state.update({ plan: addModel(state.get().plan, model) });
        set({ status: 'placed' });
      } catch (error) {
        set({ status: 'error', error: modelUploadError(error) });
      }
    },
  };
}
