package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.ItemText;
import eu.cybersudoe.toolbox.internal.TextState;
import eu.cybersudoe.toolbox.internal.ToolboxRefused;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XLIFF 2.0 out and back: the exported file is read by the JDK's DOM parser (another reader than
 * the platform's), translated there, and imported as the draft of the target language; a file
 * exported before the source changed is refused.
 */
@DatabaseTest
class XliffRoundTripTest {

    @Autowired
    ToolboxService service;
    @Autowired
    ItemStore store;

    @Test
    void anExportedFileTranslatedElsewhereComesBackAsTheDraftOfItsLanguage() throws Exception {
        Actor author = staffOf(PORTUGUESE);
        long id = service.create(author, ItemKind.GUIDE, Language.PT, properties("security"), "Palavras-passe & <cofres>",
                "Resumo", "## Secção 1\n\nUse um cofre \"fiável\".");
        byte[] exported = service.exportXliff(author, id, Language.ES);

        Document xml = parse(exported);
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:xliff:document:2.0");
        assertThat(root.getAttribute("version")).isEqualTo("2.0");
        assertThat(root.getAttribute("srcLang")).isEqualTo("pt");
        assertThat(root.getAttribute("trgLang")).isEqualTo("es");
        NodeList sources = xml.getElementsByTagNameNS(root.getNamespaceURI(), "source");
        assertThat(sources.getLength()).isEqualTo(3);
        assertThat(sources.item(0).getTextContent()).isEqualTo("Palavras-passe & <cofres>");
        String[] translations = {"Contraseñas & <cajas fuertes>", "Resumen", "## Sección 1\n\nUse una caja \"fiable\"."};
        for (int i = 0; i < 3; i++) {
            Element target = xml.createElementNS(root.getNamespaceURI(), "target");
            target.setTextContent(translations[i]);
            sources.item(i).getParentNode().appendChild(target);
        }
        byte[] translated = write(xml);

        service.importXliff(author, id, Language.ES, new ByteArrayInputStream(translated));

        ItemText spanish = store.find(id).orElseThrow().text(Language.ES).orElseThrow();
        assertThat(spanish.title()).isEqualTo(translations[0]);
        assertThat(spanish.body()).isEqualTo(translations[2]);
        assertThat(spanish.state()).isEqualTo(TextState.DRAFT);
        assertThat(new String(service.exportXliff(author, id, Language.ES), StandardCharsets.UTF_8)).contains("<target>Resumen</target>");

        service.write(author, id, Language.PT, "Palavras-passe", "Resumo", "Outro texto");
        assertThatThrownBy(() -> service.importXliff(author, id, Language.ES, new ByteArrayInputStream(translated)))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.xliff.error.changed");
        assertThatThrownBy(() -> service.importXliff(author, id, Language.EN, new ByteArrayInputStream(translated)))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.xliff.error.languages");
        assertThatThrownBy(() -> service.importXliff(author, id, Language.ES,
                new ByteArrayInputStream("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes())))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.xliff.error.unreadable");
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static byte[] write(Document xml) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(out));
        return out.toByteArray();
    }
}
