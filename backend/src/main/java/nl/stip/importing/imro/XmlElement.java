package nl.stip.importing.imro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element of the file with its subtree, read from a StAX stream: the reader keeps only one feature member in
 * memory at a time, never the whole document. Attributes are keyed by local name (srsName, srsDimension, id, href).
 */
record XmlElement(String name, String namespace, Map<String, String> attributes, String text, List<XmlElement> children,
        int line) {

    /** Deeper nesting than this is refused: no real plan needs it, and it would only exhaust the stack. */
    static final int MAX_DEPTH = 100;

    /** Reads from the current START_ELEMENT up to and including its END_ELEMENT. */
    static XmlElement read(XMLStreamReader xml) throws XMLStreamException {
        return read(xml, 0);
    }

    private static XmlElement read(XMLStreamReader xml, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nested more than " + MAX_DEPTH + " deep", xml.getLocation());
        }
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(read(xml, depth + 1));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new XmlElement(name, namespace, attributes, text.toString().trim(), children, line);
            }
        }
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    /** The first child with this local name, or null. */
    XmlElement child(String localName) {
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                return child;
            }
        }
        return null;
    }

    List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The text of the first child with this local name, or null when it is absent or empty. */
    String childText(String localName) {
        XmlElement child = child(localName);
        return child == null || child.text.isEmpty() ? null : child.text;
    }

    /** Every descendant (depth first, this element excluded) with this local name. */
    List<XmlElement> descendants(String localName) {
        List<XmlElement> found = new ArrayList<>();
        collect(localName, found);
        return found;
    }

    private void collect(String localName, List<XmlElement> found) {
        for (XmlElement child : children) {
            if (child.name.equals(localName)) {
                found.add(child);
            }
            child.collect(localName, found);
        }
    }

    /** The element's only child element, or null when it has none or several. */
    XmlElement onlyChild() {
        return children.size() == 1 ? children.get(0) : null;
    }
}
