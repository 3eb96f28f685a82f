package nl.stip.importing.imro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.stip.importing.support.SafeXml;

/**
 * Reads an IMRO2012 bestemmingsplan from one GML 3.2 file, streamed: one feature member at a time is held in memory.
 * Every problem in the file is collected; when any is an error the whole file is refused with all of them
 * ({@link ImroFileRejected}), so a caller never sees half a plan. Pure Java: no database, no Spring.
 */
public final class ImroReader {

    static final String IMRO_NAMESPACE = "http://www.geonovum.nl/imro/";
    static final String IMRO2012_NAMESPACE = "http://www.geonovum.nl/imro/2012/";

    private ImroReader() {
    }

    public static ImroPlan read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new ImroFileRejected(file.getFileName().toString(), List.of(ImroProblem.error(null, 0, "cannot be read: " + e.getMessage())));
        }
    }

    /** Reads the plan from the stream (not closed here); {@code file} names it in messages. */
    public static ImroPlan read(InputStream in, String file) {
        List<ImroProblem> problems = new ArrayList<>();
        List<XmlElement> plangebieden = new ArrayList<>();
        Map<ImroObjectType, List<ImroObjectReader.Read>> read = new EnumMap<>(ImroObjectType.class);
        Map<String, Integer> skipped = new TreeMap<>();
        Set<String> refused = new HashSet<>();
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.reader(in);
            Deque<String> open = new ArrayDeque<>();
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (root) {
                    requireImro2012(file, name, namespace);
                    root = false;
                    open.push(name);
                    continue;
                }
                boolean member = !open.isEmpty() && (open.peek().equals("featureMember") || open.peek().equals("featureMembers"));
                if (!member) {
                    open.push(name);
                    continue;
                }
                if (!namespace.startsWith(IMRO2012_NAMESPACE)) {
                    skipped.merge(name, 1, Integer::sum);
                    XmlElement.read(xml);
                } else if (name.equals("Bestemmingsplangebied")) {
                    plangebieden.add(XmlElement.read(xml));
                } else if (ImroObjectType.ofElement(name).isPresent()) {
                    ImroObjectType type = ImroObjectType.ofElement(name).get();
                    XmlElement element = XmlElement.read(xml);
                    ImroObjectReader.Read object = ImroObjectReader.read(type, element, problems);
                    if (object != null) {
                        read.computeIfAbsent(type, t -> new ArrayList<>()).add(object);
                    } else {
                        refused.add(ImroObjectReader.identificatie(element));
                        if (element.attribute("id") != null) {
                            refused.add(element.attribute("id"));
                        }
                    }
                } else {
                    if (!name.equals("MetadataIMRObestand")) {
                        skipped.merge(name, 1, Integer::sum);
                    }
                    XmlElement.read(xml);
                }
            }
            if (root) {
                throw new ImroFileRejected(file, List.of(ImroProblem.error(null, 0, "is empty: not an IMRO2012 file")));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(ImroProblem.error(null, line, "not readable as XML (truncated or broken?): " + e.getMessage()));
            throw new ImroFileRejected(file, errors(problems));
        } finally {
            close(xml);
        }
        skipped.forEach((name, count) -> problems.add(ImroProblem.warning(null, 0, count + " × " + name + " not read (not used by Stip)")));
        ImroPlan plan = new ImroPlanAssembler(plangebieden, read, refused, problems).plan();
        List<ImroProblem> errors = errors(problems);
        if (!errors.isEmpty() || plan == null) {
            throw new ImroFileRejected(file, errors);
        }
        return plan;
    }

    private static void requireImro2012(String file, String name, String namespace) {
        if (namespace.startsWith(IMRO2012_NAMESPACE)) {
            return;
        }
        String why = namespace.startsWith(IMRO_NAMESPACE)
                ? "it is IMRO, but not IMRO2012: namespace " + namespace + " (expected " + IMRO2012_NAMESPACE + "...)"
                : "root element <" + name + ">" + (namespace.isEmpty() ? " has no namespace" : " is in namespace " + namespace)
                        + "; an IMRO2012 file is an imro:FeatureCollectionIMRO in " + IMRO2012_NAMESPACE + "...";
        throw new ImroFileRejected(file, List.of(ImroProblem.error(null, 0, "not an IMRO2012 file: " + why)));
    }

    private static List<ImroProblem> errors(List<ImroProblem> problems) {
        return problems.stream().filter(p -> p.severity() == ImroProblem.Severity.ERROR).toList();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // reading is over
            }
        }
    }
}
