package nl.stip;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The application modules (one per feature) and their allowed dependencies: verified on every build. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(StipApplication.class);

    @Test
    void modulesDependOnlyOnEachOthersPublicFaces() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
