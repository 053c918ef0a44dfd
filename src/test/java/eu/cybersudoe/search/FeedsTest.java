package eu.cybersudoe.search;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds as readers take them: announced in the head of each list page (filtered as the list is), valid Atom with
 * ids, dates, links and language, unchanged feeds answered with 304, all of them in one OPML file.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class FeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;
    @Value("${cybersudoe.base-url}")
    String base;

    @Autowired
    ConferenceOffice office;

    /** A published conference in Braga, so that the feeds have an entry. */
    @BeforeEach
    void aConferenceOnTheAgenda() {
        ZoneId lisbon = ZoneId.of("Europe/Lisbon");
        var start = LocalDate.now(lisbon).plusDays(30).atTime(10, 0).atZone(lisbon).toInstant();
        title = "Segurança para PME " + UUID.randomUUID().toString().substring(0, 8);
        office.publish(office.create("cybermassif", new ConferenceDetails(ConferenceKind.WORKSHOP,
                LocalizedText.of(Language.PT, title), LocalizedText.of(Language.PT, "Uma manhã prática."), List.of(),
                List.of("security"), List.of(Language.PT), ConferenceFormat.IN_PERSON, "Auditório", null, "4700-001",
                "Braga", Country.PT, "PT11", null, lisbon, start, start.plusSeconds(7200), 25, null, null, null)));
    }

    private String title;

    private String page(String path, String... parameters) throws Exception {
        var request = get(path);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyListPageAnnouncesItsFeedInItsHead() throws Exception {
        String agenda = page("/pt/conferences");
        String head = agenda.substring(0, agenda.indexOf("</head>"));
        assertThat(head).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Conferências da CyberSudoe\" "
                + "href=\"/pt/feeds/conferences.atom\">");
        String filtered = page("/es/conferences", "partner", "cybermassif", "country", "FR");
        assertThat(filtered.substring(0, filtered.indexOf("</head>")))
                .contains("href=\"/es/feeds/conferences.atom?partner=cybermassif&amp;country=FR\"")
                .contains("href=\"/es/feeds/conferences.atom\"");
        String archive = page("/en/newsletters");
        assertThat(archive.substring(0, archive.indexOf("</head>")))
                .contains("type=\"application/atom+xml\" title=\"The CyberSudoe newsletter\" href=\"/en/feeds/newsletters.atom\"");
        String tools = page("/fr/diagnostics");
        assertThat(tools.substring(0, tools.indexOf("</head>")))
                .contains("type=\"application/atom+xml\" title=\"Outils d&#39;autodiagnostic de CyberSudoe\" href=\"/fr/feeds/diagnostics.atom\"");
        String legal = page("/en/legal");
        assertThat(legal.substring(0, legal.indexOf("</head>"))).doesNotContain("application/atom+xml");
        assertThat(legal).contains("href=\"/en/feeds.opml\"");
    }

    @Test
    void feedsAreValidAtomInTheirLanguage() throws Exception {
        for (String path : List.of("/fr/feeds/conferences.atom", "/es/feeds/conferences.atom?theme=security",
                "/pt/feeds/newsletters.atom", "/en/feeds/diagnostics.atom")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/atom+xml")))
                    .andReturn().getResponse();
            String xml = response.getContentAsString(StandardCharsets.UTF_8);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            Element root = parse(xml).getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
            assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo(path.substring(1, 3));
            assertThat(children(root, "id")).hasSize(1);
            assertThat(children(root, "title")).hasSize(1);
            assertThat(children(root, "updated")).hasSize(1);
            assertThat(children(root, "link")).extracting(l -> l.getAttribute("rel")).contains("self", "alternate");
            for (Element entry : children(root, "entry")) {
                assertThat(children(entry, "id").getFirst().getTextContent()).startsWith("tag:cybersudoe.eu,2026:");
                assertThat(children(entry, "updated")).hasSize(1);
                assertThat(children(entry, "title")).hasSize(1);
                assertThat(children(entry, "link").getFirst().getAttribute("href")).startsWith("http");
            }
        }
        Element tools = parse(mvc.perform(get("/es/feeds/diagnostics.atom")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(children(tools, "entry")).isNotEmpty().allSatisfy(entry -> {
            assertThat(children(entry, "id").getFirst().getTextContent()).contains("diagnostic-");
            assertThat(children(entry, "link").getFirst().getAttribute("href")).contains("/es/diagnostics#q-");
        });
        String themed = mvc.perform(get("/pt/feeds/conferences.atom").param("theme", "security").param("country", "PT"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(themed).contains(title);
        assertThat(mvc.perform(get("/pt/feeds/conferences.atom").param("country", "ES")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(title);
        mvc.perform(get("/fr/feeds/nothing.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/fr/conferences/feed.atom")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/fr/feeds/conferences.atom"));
    }

    @Test
    void anUnchangedFeedIsAnsweredWith304() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/en/feeds/conferences.atom")).andExpect(status().isOk())
                .andReturn().getResponse();
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();
        mvc.perform(get("/en/feeds/conferences.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/en/feeds/conferences.atom").header("If-None-Match", "\"another\"")).andExpect(status().isOk());
        mvc.perform(get("/en/feeds/conferences.atom").header("If-Modified-Since", lastModified))
                .andExpect(status().isNotModified());
    }

    @Test
    void theOpmlFileListsEveryFeedAndItsFilteredVersions() throws Exception {
        String opml = mvc.perform(get("/es/feeds.opml")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/x-opml")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element root = parse(opml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("opml");
        NodeList outlines = root.getElementsByTagName("outline");
        List<String> feeds = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            String url = ((Element) outlines.item(i)).getAttribute("xmlUrl");
            if (!url.isEmpty()) {
                feeds.add(url);
            }
        }
        assertThat(feeds).contains(base + "/es/feeds/conferences.atom", base + "/es/feeds/conferences.atom?partner=cybermassif",
                base + "/es/feeds/conferences.atom?theme=security", base + "/es/feeds/conferences.atom?country=PT",
                base + "/es/feeds/newsletters.atom");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
