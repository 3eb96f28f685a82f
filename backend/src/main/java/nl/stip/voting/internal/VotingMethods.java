package nl.stip.voting.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/** The voting methods by name. */
@Component
class VotingMethods {

    private final List<VotingMethod> methods;

    VotingMethods(List<VotingMethod> methods) {
        this.methods = List.copyOf(methods);
    }

    VotingMethod of(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no voting method " + name));
    }

    boolean known(String name) {
        return methods.stream().anyMatch(m -> m.name().equals(name));
    }
}
