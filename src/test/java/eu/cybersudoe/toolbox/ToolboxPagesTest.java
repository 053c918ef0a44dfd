package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestUsers;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Arrays;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages and files: filters, a video served by ranges, captions, and the partners' own items. */
@DatabaseTest
@AutoConfigureMockMvc
class ToolboxPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ToolboxService service;
    @Autowired
    ReviewChecklist checklist;

    long video;
    long draft;
    byte[] webm;

    @BeforeEach
    void publishAVideoWithSpanishCaptions() throws Exception {
        Actor author = staffOf(PORTUGUESE);
        Actor reviewer = staffOf(SPANISH);
        video = service.create(author, ItemKind.VIDEO, Language.PT, properties("e-hr"), "Vídeo das palavras-passe", "Resumo do vídeo",
                "Transcrição do vídeo");
        service.attach(author, video, Language.PT, "awareness.webm", resource("reference/toolbox/demo/awareness.webm"));
        publish(service, checklist, author, reviewer, video, Language.PT);
        service.write(author, video, Language.ES, "Vídeo de las contraseñas", "Resumen del vídeo", "Transcripción");
        service.caption(author, video, Language.ES, "es.vtt", resource("reference/toolbox/demo/captions-es.vtt"));
        publish(service, checklist, author, reviewer, video, Language.ES);
        draft = service.create(author, ItemKind.GUIDE, Language.PT, properties("e-hr"), "Rascunho escondido", "", "");
        webm = new ClassPathResource("reference/toolbox/demo/awareness.webm").getContentAsByteArray();
    }

    @Test
    void theListFiltersByKindLanguageAndThemeAndShowsOnlyPublishedItems() throws Exception {
        String all = mvc.perform(get("/es/toolbox?theme=e-hr")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Vídeo de las contraseñas").doesNotContain("Rascunho escondido");
        assertThat(mvc.perform(get("/es/toolbox?theme=e-hr&kind=GUIDE")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Vídeo de las contraseñas");
        assertThat(mvc.perform(get("/es/toolbox?theme=e-hr&language=fr")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Vídeo de las contraseñas");
        assertThat(mvc.perform(get("/es/toolbox/themes/e-hr")).andReturn().getResponse().getContentAsString())
                .contains("Vídeo de las contraseñas");
        mvc.perform(get("/es/toolbox/items/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void theItemPageHasAnHtml5PlayerWithTheCaptionsOfEachLanguage() throws Exception {
        String page = mvc.perform(get("/es/toolbox/items/" + video)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<video").contains("/es/toolbox/items/" + video + "/files/es")
                .contains("srclang=\"es\"").doesNotContain("srclang=\"pt\"").doesNotContain("youtube").doesNotContain("<iframe");
    }

    @Test
    void aRangeRequestGetsThoseBytesOnlyWith206() throws Exception {
        MvcResult result = mvc.perform(get("/fr/toolbox/items/" + video + "/files/fr").header("Range", "bytes=100-1099"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-1099/" + webm.length))
                .andExpect(header().string("Content-Type", "video/webm"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(webm, 100, 1100));
        MvcResult whole = mvc.perform(get("/fr/toolbox/items/" + video + "/files/fr"))
                .andExpect(status().isOk()).andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().exists("ETag")).andExpect(header().string("Cache-Control", "max-age=3600, public"))
                .andReturn();
        assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(webm);
        mvc.perform(get("/fr/toolbox/items/" + video + "/files/fr").header("If-None-Match", whole.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void captionsAreServedAsWebVtt() throws Exception {
        mvc.perform(get("/pt/toolbox/items/" + video + "/captions/es"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/vtt;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("WEBVTT")));
        mvc.perform(get("/pt/toolbox/items/" + video + "/captions/fr")).andExpect(status().isNotFound());
    }

    @Test
    void anotherPartnersStaffCannotOpenTheItemsEditingPages() throws Exception {
        mvc.perform(get("/fr/office/toolbox/items/" + video).with(user(TestUsers.user(Role.PARTNER_MANAGER, SPANISH))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/fr/office/toolbox/items/" + video).with(user(TestUsers.user(Role.ADVISOR, PORTUGUESE))))
                .andExpect(status().isOk());
        mvc.perform(get("/fr/office/toolbox/items/" + video + "/texts/es").with(user(TestUsers.user(Role.ADVISOR, PORTUGUESE))))
                .andExpect(status().isOk());
        mvc.perform(get("/fr/office/toolbox/coverage").with(user(TestUsers.user(Role.ADVISOR, SPANISH))))
                .andExpect(status().isOk());
    }
}
