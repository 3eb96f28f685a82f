package nl.stip.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stip.StipApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The OGC API is a Spring Modulith module that leans only on the geo module (and the platform kernel, for the one
 * reading of the public URL its links are built on) and exposes nothing.
 */
class OgcModuleTest {

    static final ApplicationModules MODULES = ApplicationModules.of(StipApplication.class);

    @Test
    void ogcApiDependsOnlyOnTheGeoModuleAndThePlatform() {
        ApplicationModule ogc = MODULES.getModuleByName("ogcapi").orElseThrow();

        assertThat(ogc.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .containsExactlyInAnyOrder("geo", "platform");
    }

    @Test
    void noOtherModuleDependsOnTheOgcApi() {
        assertThat(MODULES.stream().filter(module -> module.getDirectDependencies(MODULES).uniqueModules()
                .anyMatch(dependency -> dependency.getName().equals("ogcapi")))).isEmpty();
    }
}
