package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An item's texts as an XLIFF 2.0 document (OASIS, {@code urn:oasis:names:tc:xliff:document:2.0}),
 * written and read with the JDK's StAX: one {@code <file>} whose {@code original} names the item
 * and its source version, one {@code <unit>} per field (title, summary, body), each with its
 * {@code <source>} and, once translated, its {@code <target>}. Reading refuses DTDs and external
 * entities. The JDK's own implementation is asked for by name ({@code newDefaultFactory}), not whichever StAX library
 * the class path holds.
 */
public final class Xliff {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String[] UNITS = {"title", "summary", "body"};

    private Xliff() {
    }

    /** What a file holds. */
    public record Document(Language source, Language target, String original, Map<String, String> sources,
                           Map<String, String> targets) {
    }

    /** The name that ties a file to an item and to the version of its source it was exported from. */
    static String original(long itemId, int sourceVersion) {
        return "toolbox-item-" + itemId + "-v" + sourceVersion;
    }

    /** Writes the texts to translate; the target language's current text, if any, as targets. */
    public static byte[] write(long itemId, int sourceVersion, ItemText source, Language target, Optional<ItemText> current) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", source.language().code());
            xml.writeAttribute("trgLang", target.code());
            xml.writeStartElement("file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", original(itemId, sourceVersion));
            for (String unit : UNITS) {
                xml.writeStartElement("unit");
                xml.writeAttribute("id", unit);
                xml.writeStartElement("segment");
                xml.writeStartElement("source");
                xml.writeCharacters(field(source, unit));
                xml.writeEndElement();
                String translated = current.map(text -> field(text, unit)).orElse("");
                if (!translated.isEmpty()) {
                    xml.writeStartElement("target");
                    xml.writeCharacters(translated);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an XLIFF document", e);
        }
        return out.toByteArray();
    }

    /** Reads a file; empty when it is not XLIFF 2.0 the platform can read. */
    public static Optional<Document> read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in, StandardCharsets.UTF_8.name());
            Language source = null;
            Language target = null;
            String original = null;
            String unit = null;
            Map<String, String> sources = new LinkedHashMap<>();
            Map<String, String> targets = new LinkedHashMap<>();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                    return Optional.empty();
                }
                switch (xml.getLocalName()) {
                    case "xliff" -> {
                        if (!"2.0".equals(xml.getAttributeValue(null, "version"))) {
                            return Optional.empty();
                        }
                        source = Language.fromCode(xml.getAttributeValue(null, "srcLang")).orElse(null);
                        target = Language.fromCode(xml.getAttributeValue(null, "trgLang")).orElse(null);
                    }
                    case "file" -> original = xml.getAttributeValue(null, "original");
                    case "unit" -> unit = xml.getAttributeValue(null, "id");
                    case "source" -> sources.put(unit, xml.getElementText());
                    case "target" -> targets.put(unit, xml.getElementText());
                    default -> {
                    }
                }
            }
            xml.close();
            return source == null || target == null || original == null ? Optional.empty()
                    : Optional.of(new Document(source, target, original, sources, targets));
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String field(ItemText text, String unit) {
        return switch (unit) {
            case "title" -> text.title();
            case "summary" -> text.summary();
            default -> text.body();
        };
    }
}
