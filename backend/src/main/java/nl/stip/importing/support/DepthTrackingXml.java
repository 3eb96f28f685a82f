package nl.stip.importing.support;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * A StAX reader that knows how deep it is, so a reader can get back in step after a sub-reader (such as
 * {@link GmlPolygons}) gave up half-way through an element.
 */
public final class DepthTrackingXml extends StreamReaderDelegate {

    private int depth;

    public DepthTrackingXml(XMLStreamReader reader) {
        super(reader);
    }

    /** The number of open elements (the current START_ELEMENT included). */
    public int depth() {
        return depth;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        String text = super.getElementText();
        depth--;
        return text;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = super.nextTag();
        depth += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
        return event;
    }

    /** Reads on until the element open at {@code level} (a former {@link #depth()}) has ended. */
    public void skipTo(int level) throws XMLStreamException {
        while (depth >= level) {
            next();
        }
    }
}
