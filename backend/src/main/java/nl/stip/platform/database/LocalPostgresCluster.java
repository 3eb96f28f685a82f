package nl.stip.platform.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL + PostGIS cluster started from the host's own binaries ({@code initdb} / {@code pg_ctl}), for machines
 * without a Docker engine. Persistent clusters keep their data between runs; throwaway clusters (tests) live in a
 * temporary folder and are removed when the JVM exits.
 */
public final class LocalPostgresCluster {

    public static final String DATABASE = "stip";
    private static final String SUPERUSER = "postgres";
    private static final String MISSING_HINT = "Install PostgreSQL with PostGIS (Debian 12: apt-get install postgresql-15-postgis-3), "
            + "or point SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD at a PostGIS database.";

    private final Path bin;
    private final Path dataDir;
    private final boolean asPostgresUser;

    private LocalPostgresCluster(Path bin, Path dataDir) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** Starts (or reuses) a cluster whose data stays in {@code dataDir}; it is stopped when the JVM exits. */
    public static ConnectionSettings persistent(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if ("root".equals(System.getProperty("user.name")) && !postgresUserCanReach(dir.getParent())) {
            // As root the server runs as 'postgres', which cannot enter folders such as /root: keep the data beside.
            Path fallback = Path.of("/var/tmp", "stip-postgres-" + Integer.toHexString(dir.toString().hashCode()));
            System.out.println("PostgreSQL data: user 'postgres' cannot reach " + dir + "; using " + fallback);
            dir = fallback;
        }
        return new LocalPostgresCluster(findBinaries(), dir).startOrReuse(false);
    }

    private static boolean postgresUserCanReach(Path folder) {
        try {
            Files.createDirectories(folder);
            Process p = new ProcessBuilder("runuser", "-u", SUPERUSER, "--", "test", "-x", folder.toString()).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts a fresh cluster in a temporary folder that is stopped and deleted when the JVM exits. */
    public static ConnectionSettings throwaway() {
        try {
            Path dir = Files.createTempDirectory(Path.of("/tmp"), "stip-pg-");
            return new LocalPostgresCluster(findBinaries(), dir).startOrReuse(true);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot create a temporary folder for PostgreSQL: " + e.getMessage(), e);
        }
    }

    private ConnectionSettings startOrReuse(boolean throwaway) {
        try {
            Integer runningPort = runningPort();
            if (runningPort != null) {
                return connect(runningPort);
            }
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb();
            }
            int port = freePort();
            Files.createDirectories(dataDir);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                    "-l", dataDir.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k /tmp -c listen_addresses=127.0.0.1 -c fsync=" + (throwaway ? "off" : "on")
                            + " -c max_connections=60 -c shared_buffers=256MB", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(throwaway), "stop-local-postgres"));
            return connect(port);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot start a local PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private void initdb() throws IOException {
        Files.createDirectories(dataDir);
        if (asPostgresUser) {
            UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dataDir, users.lookupPrincipalByName(SUPERUSER));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-A", "trust", "-U", SUPERUSER,
                "-E", "UTF8", "--locale=C"));
    }

    private ConnectionSettings connect(int port) {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(adminUrl, SUPERUSER, "")) {
            boolean exists;
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Local PostgreSQL on port " + port + " does not answer: " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        try (var connection = DriverManager.getConnection(url, SUPERUSER, "")) {
            connection.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("PostGIS is missing from the local PostgreSQL. " + MISSING_HINT, e);
        }
        return new ConnectionSettings(url, SUPERUSER, "");
    }

    /** The port of a cluster already running on this data folder, or null. */
    private Integer runningPort() throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4 || !ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false)) {
            return null;
        }
        return Integer.parseInt(lines.get(3).trim());
    }

    private void stop(boolean throwaway) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", throwaway ? "immediate" : "fast", "-w", "stop"));
            if (throwaway) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop local PostgreSQL in " + dataDir + ": " + e.getMessage());
        }
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private static Path findBinaries() {
        return findBinaries(System.getenv("STIP_PG_BIN"), Path.of("/usr/lib/postgresql"), Path.of("/usr/share/postgresql"));
    }

    /** The server binaries to use, or an exception whose message says what to install. */
    static Path findBinaries(String configured, Path libRoot, Path shareRoot) {
        Path bin = locateBinaries(configured, libRoot);
        if (bin == null) {
            throw new DatabaseUnavailableException("No PostgreSQL server binaries (initdb, pg_ctl) found. " + MISSING_HINT, null);
        }
        String version = bin.getParent().getFileName().toString();
        Path postgis = shareRoot.resolve(version).resolve("extension").resolve("postgis.control");
        if (!Files.exists(postgis)) {
            throw new DatabaseUnavailableException("PostgreSQL " + version + " has no PostGIS extension. "
                    + "Install it (Debian 12: apt-get install postgresql-" + version + "-postgis-3).", null);
        }
        return bin;
    }

    private static Path locateBinaries(String configured, Path root) {
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured, "initdb")) ? Path.of(configured) : null;
        }
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionNumber(b.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
