package nl.stip.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the host's PostgreSQL + PostGIS, and saying what to install when they are missing. */
class LocalPostgresClusterTest {

    @TempDir
    Path dir;

    @Test
    void withoutPostgresqlTheMessageNamesThePackageToInstall() {
        assertThatThrownBy(() -> LocalPostgresCluster.findBinaries(null, dir.resolve("lib"), dir.resolve("share")))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("postgresql-15-postgis-3").hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void withPostgresqlButWithoutPostgisTheMessageNamesThePostgisPackageOfThatVersion() throws IOException {
        fakeServer(dir.resolve("lib/16/bin"));
        assertThatThrownBy(() -> LocalPostgresCluster.findBinaries(null, dir.resolve("lib"), dir.resolve("share")))
                .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("postgresql-16-postgis-3");
    }

    @Test
    void theNewestVersionWithPostgisIsChosen() throws IOException {
        fakeServer(dir.resolve("lib/13/bin"));
        fakeServer(dir.resolve("lib/15/bin"));
        Files.createDirectories(dir.resolve("share/15/extension"));
        Files.createFile(dir.resolve("share/15/extension/postgis.control"));
        assertThat(LocalPostgresCluster.findBinaries(null, dir.resolve("lib"), dir.resolve("share"))).isEqualTo(dir.resolve("lib/15/bin"));
    }

    @Test
    void datasourceGivenOnTheCommandLineSkipsTheLocalCluster() {
        assertThat(DatabaseBootstrap.datasourceConfigured(new String[] {"--spring.datasource.url=jdbc:postgresql://db/stip"})).isTrue();
        assertThat(DatabaseBootstrap.datasourceConfigured(new String[] {"--server.port=9000"}))
                .isEqualTo(System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null);
    }

    private static void fakeServer(Path bin) throws IOException {
        Files.createDirectories(bin);
        for (String tool : new String[] {"initdb", "pg_ctl"}) {
            Files.createFile(bin.resolve(tool), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
    }
}
