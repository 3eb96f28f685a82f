package nl.stip.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code import <kind> [options] <file...>}: the command-line face of {@link ImportService}. Exit codes: 0 imported,
 * 1 input rejected (nothing kept), 2 wrong usage.
 */
@Component
public class ImportCommand {

    private final ImportService service;

    ImportCommand(ImportService service) {
        this.service = service;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "--help".equals(args[0])) {
            err.println(usage());
            return 2;
        }
        String kind = args[0];
        Map<String, String> mapping = new HashMap<>();
        Integer crs = null;
        String layer = null;
        boolean skipInvalid = false;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--skip-invalid" -> skipInvalid = true;
                    case "--crs" -> crs = parseCrs(value(args, ++i, arg));
                    case "--layer" -> layer = value(args, ++i, arg);
                    case "--map" -> {
                        String pair = value(args, ++i, arg);
                        int eq = pair.indexOf('=');
                        if (eq <= 0 || eq == pair.length() - 1) {
                            throw new IllegalArgumentException("--map wants target=attribute, got '" + pair + "'");
                        }
                        mapping.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        files.add(Path.of(arg));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (!service.importers().containsKey(kind)) {
            err.println("import: unknown kind '" + kind + "'");
            err.println(usage());
            return 2;
        }
        try {
            ImportReport report = service.run(kind, files, new ImportOptions(Map.copyOf(mapping), crs, layer, skipInvalid, null), out);
            out.println(report.summary());
            report.rejections().forEach(r -> out.println("  rejected " + r));
            report.warnings().forEach(w -> out.println("  warning " + w));
            report.notes().forEach(n -> out.println("  " + n));
            return 0;
        } catch (ImportService.RejectedRecordsException e) {
            ImportReport report = e.report();
            err.println("import failed, nothing was imported: " + report.rejectedCount() + " record(s) rejected");
            report.rejections().forEach(r -> err.println("  rejected " + r));
            err.println(report.summary().replace("imported", "would have imported"));
            return 1;
        } catch (ImportException e) {
            err.println("import failed, nothing was imported: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parseCrs(String text) {
        String digits = text.toUpperCase().startsWith("EPSG:") ? text.substring(5) : text;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--crs wants an EPSG code such as EPSG:28992, got '" + text + "'");
        }
    }

    private String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar stip.jar import <kind> [--skip-invalid] [--crs EPSG:n] "
                + "[--layer name] [--map target=attribute]... <file...>\nkinds:\n");
        service.importers().values().forEach(i -> text.append(String.format("  %-10s %s%n", i.kind(), i.description())));
        return text.toString().stripTrailing();
    }
}
