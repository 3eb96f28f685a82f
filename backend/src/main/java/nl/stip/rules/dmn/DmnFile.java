package nl.stip.rules.dmn;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The structure of one DMN file, read with StAX before the engine sees it: its decisions and their requirement graph,
 * its inputData, and the STTR extensions the engine ignores ({@code uitv:uitvoeringsregel} with {@code uitv:vraag}:
 * question text, data type, options, explanation; {@code uitv:geoVerwijzing} for location questions;
 * {@code bedr:functioneleStructuurRef} naming the activity a conclusion belongs to). Any DMN version (1.1 to 1.5) is
 * read by local names within the OMG DMN namespaces; the STTR namespaces are matched by local name too.
 */
record DmnFile(String file, String modelName, Map<String, InputData> inputs, Map<String, Decision> decisions,
               Map<String, Rule> rules) {

    /** The DMN model namespaces of DMN 1.1 to 1.5. */
    static final Set<String> DMN_NAMESPACES = Set.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "https://www.omg.org/spec/DMN/20191111/MODEL/",
            "https://www.omg.org/spec/DMN/20211108/MODEL/",
            "https://www.omg.org/spec/DMN/20230324/MODEL/");

    /** An inputData: its variable name (what the engine is given), its typeRef, and the STTR rule it refers to. */
    record InputData(String id, String name, String typeRef, String ruleRef) {
    }

    /** A decision with the ids it requires (decisions and inputs) and the STTR activity reference, if any. */
    record Decision(String id, String name, String label, List<String> requiredDecisions, List<String> requiredInputs,
                    String structureRef) {
    }

    /** An STTR uitvoeringsregel: a question (text, data type, options, explanation) or a location reference. */
    record Rule(String id, String questionText, String dataType, List<String> options, String explanation,
                String location) {
    }

    /** Reads {@code in}; a file that is not XML, not DMN, or has no decision is refused with a message naming it. */
    static DmnFile read(String file, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new Parser(file, xml).parse();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("DMN file " + file + " is not valid XML: " + e.getMessage(), e);
        }
    }

    private static final class Parser {
        private final String file;
        private final XMLStreamReader xml;
        private final Map<String, InputData> inputs = new LinkedHashMap<>();
        private final Map<String, Decision> decisions = new LinkedHashMap<>();
        private final Map<String, Rule> rules = new LinkedHashMap<>();

        Parser(String file, XMLStreamReader xml) {
            this.file = file;
            this.xml = xml;
        }

        DmnFile parse() throws XMLStreamException {
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!xml.isStartElement() || !"definitions".equals(xml.getLocalName()) || !DMN_NAMESPACES.contains(xml.getNamespaceURI())) {
                String found = xml.isStartElement() ? "{" + xml.getNamespaceURI() + "}" + xml.getLocalName() : "no element";
                throw new IllegalStateException("DMN file " + file + " is not DMN: its root is " + found
                        + ", not a DMN 1.1-1.5 <definitions>");
            }
            String modelName = attr("name");
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "inputData" -> inputData();
                        case "decision" -> decision();
                        case "uitvoeringsregel" -> rule();
                        default -> depth++;
                    }
                }
            }
            if (decisions.isEmpty()) {
                throw new IllegalStateException("DMN file " + file + " has no decisions: Stip needs one decision per activity");
            }
            return new DmnFile(file, modelName == null ? file : modelName, inputs, decisions, rules);
        }

        private void inputData() throws XMLStreamException {
            String id = attr("id");
            String name = attr("name");
            String typeRef = null;
            String ruleRef = null;
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if ("variable".equals(xml.getLocalName())) {
                        typeRef = attr("typeRef");
                    } else if ("uitvoeringsregelRef".equals(xml.getLocalName())) {
                        ruleRef = href();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            inputs.put(id, new InputData(id, name, typeRef, ruleRef));
        }

        private void decision() throws XMLStreamException {
            String id = attr("id");
            String name = attr("name");
            String label = attr("label");
            List<String> requiredDecisions = new ArrayList<>();
            List<String> requiredInputs = new ArrayList<>();
            String structureRef = null;
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    switch (xml.getLocalName()) {
                        case "requiredDecision" -> requiredDecisions.add(href());
                        case "requiredInput" -> requiredInputs.add(href());
                        case "functioneleStructuurRef" -> structureRef = href();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            decisions.put(id, new Decision(id, name, label, requiredDecisions, requiredInputs, structureRef));
        }

        private void rule() throws XMLStreamException {
            String id = attr("id");
            String text = null;
            String type = null;
            String explanation = null;
            String location = null;
            List<String> options = new ArrayList<>();
            for (int depth = 1; depth > 0; ) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "vraagTekst" -> text = xml.getElementText().strip().replaceAll("\\s+", " ");
                        case "gegevensType" -> type = xml.getElementText().strip();
                        case "optieText" -> options.add(xml.getElementText().strip());
                        case "toelichting" -> explanation = xml.getElementText().strip();
                        case "locatie" -> {
                            location = attr("identificatie");
                            depth++;
                        }
                        default -> depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            rules.put(id, new Rule(id, text, type, List.copyOf(options), explanation, location));
        }

        private String attr(String name) {
            String value = xml.getAttributeValue(XMLConstants.NULL_NS_URI, name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** A reference as DMN writes it: "#id", or "namespace#id" (the part after the last '#'). */
        private String href() {
            String href = attr("href");
            if (href == null) {
                return null;
            }
            int hash = href.lastIndexOf('#');
            return hash >= 0 ? href.substring(hash + 1) : href;
        }
    }
}
