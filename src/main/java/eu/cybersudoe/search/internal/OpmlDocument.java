package eu.cybersudoe.search.internal;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/** The OPML 2.0 file of every feed: one outline per list, its whole feed first, then its filtered versions. */
public final class OpmlDocument {

    public static final String MEDIA_TYPE = "text/x-opml;charset=UTF-8";

    private OpmlDocument() {
    }

    public static String write(String title, List<List<Feeds.Listed>> feeds) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("body");
            for (List<Feeds.Listed> versions : feeds) {
                Feeds.Listed whole = versions.getFirst();
                xml.writeStartElement("outline");
                xml.writeAttribute("text", whole.title());
                for (Feeds.Listed version : versions) {
                    xml.writeEmptyElement("outline");
                    xml.writeAttribute("type", "rss");
                    xml.writeAttribute("version", "ATOM1");
                    xml.writeAttribute("text", version.title());
                    xml.writeAttribute("title", version.title());
                    xml.writeAttribute("xmlUrl", version.href());
                    xml.writeAttribute("htmlUrl", version.listHref());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("OPML not written", failed);
        }
        return out.toString();
    }
}
