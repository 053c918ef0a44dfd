package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.TextState;
import eu.cybersudoe.toolbox.internal.ToolboxRefused;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Items of each kind, their files, the translation states with the outdated rule, and four-eyes publication. */
@DatabaseTest
class ToolboxWorkflowTest {

    @Autowired
    ToolboxService service;
    @Autowired
    ItemStore store;
    @Autowired
    ReviewChecklist checklist;
    @Autowired
    Toolbox toolbox;

    @Test
    void anItemOfEachKindStartsAsADraftOfItsSourceLanguageAndIsNotPublic() {
        Actor author = staffOf(PORTUGUESE);
        for (ItemKind kind : ItemKind.values()) {
            long id = service.create(author, kind, Language.PT, properties("security"), "Título " + kind, "", "");
            Item item = store.find(id).orElseThrow();
            assertThat(item.kind()).isEqualTo(kind);
            assertThat(item.partnerId()).isEqualTo(PORTUGUESE);
            assertThat(item.state(Language.PT)).isEqualTo(TextState.DRAFT);
            assertThat(item.state(Language.ES)).isEqualTo(TextState.MISSING);
            assertThat(toolbox.item(id)).isEmpty();
        }
    }

    @Test
    void publicationNeedsAnotherPartnersStaffAndTheWholeChecklist() {
        Actor author = staffOf(PORTUGUESE);
        long id = guide(service, author, Language.PT, "Guia de palavras-passe");
        service.submit(author, id, Language.PT);
        Actor colleague = staffOf(PORTUGUESE);
        assertThatThrownBy(() -> service.approve(colleague, id, Language.PT, checklist.codes()))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.refused.fourEyes");
        Actor reviewer = staffOf(SPANISH);
        assertThatThrownBy(() -> service.approve(reviewer, id, Language.PT, List.of("accuracy")))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.refused.checklist");
        assertThat(checklist.codes()).contains("charter");
        service.approve(reviewer, id, Language.PT, checklist.codes());
        assertThat(store.find(id).orElseThrow().state(Language.PT)).isEqualTo(TextState.PUBLISHED);
        assertThat(toolbox.item(id)).get().satisfies(item -> assertThat(item.languages()).containsExactly(Language.PT));
    }

    @Test
    void anAdminOfTheAuthorsOwnPartnerCannotReviewEither() {
        Actor author = staffOf(PORTUGUESE);
        long id = guide(service, author, Language.PT, "Guia");
        service.submit(author, id, Language.PT);
        Actor admin = new Actor(author.accountId() + 5000, PORTUGUESE, true);
        assertThatThrownBy(() -> service.approve(admin, id, Language.PT, checklist.codes())).isInstanceOf(ToolboxRefused.class);
        Actor submitterElsewhere = new Actor(author.accountId(), SPANISH, false);
        assertThatThrownBy(() -> service.approve(submitterElsewhere, id, Language.PT, checklist.codes()))
                .isInstanceOf(ToolboxRefused.class);
    }

    @Test
    void aChangeOfTheSourceOutdatesThePublishedTranslationsAndTheirUpdateIsRequiredBeforeReview() {
        Actor author = staffOf(PORTUGUESE);
        Actor reviewer = staffOf(SPANISH);
        long id = guide(service, author, Language.PT, "Guia");
        publish(service, checklist, author, reviewer, id, Language.PT);
        service.write(author, id, Language.ES, "Guía", "Resumen", "## Sección\n\nTexto.");
        publish(service, checklist, author, reviewer, id, Language.ES);
        service.write(author, id, Language.EN, "Guide", "", "");
        assertThat(store.find(id).orElseThrow().state(Language.EN)).isEqualTo(TextState.DRAFT);

        service.write(author, id, Language.PT, "Guia", "Resumo", "## Secção\n\nTexto revisto.");

        Item item = store.find(id).orElseThrow();
        assertThat(item.state(Language.ES)).isEqualTo(TextState.OUTDATED);
        assertThat(item.state(Language.PT)).isEqualTo(TextState.DRAFT);
        assertThat(item.state(Language.EN)).isEqualTo(TextState.DRAFT);
        assertThat(toolbox.item(id)).get().satisfies(shown -> assertThat(shown.languages()).containsExactly(Language.ES));
        service.submit(author, id, Language.EN);
        assertThatThrownBy(() -> service.approve(reviewer, id, Language.EN, checklist.codes()))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.refused.olderSource");

        service.write(author, id, Language.ES, "Guía", "Resumen", "## Sección\n\nTexto revisado.");
        assertThat(store.find(id).orElseThrow().state(Language.ES)).isEqualTo(TextState.DRAFT);
        publish(service, checklist, author, reviewer, id, Language.ES);
        assertThat(store.find(id).orElseThrow().state(Language.ES)).isEqualTo(TextState.PUBLISHED);
    }

    @Test
    void aTextInReviewCannotChange() {
        Actor author = staffOf(PORTUGUESE);
        long id = guide(service, author, Language.PT, "Guia");
        service.submit(author, id, Language.PT);
        assertThatThrownBy(() -> service.write(author, id, Language.PT, "Outro", "", ""))
                .isInstanceOf(ToolboxRefused.class).hasMessage("toolbox.refused.inReview");
        service.sendBack(staffOf(SPANISH), id, Language.PT);
        assertThat(store.find(id).orElseThrow().state(Language.PT)).isEqualTo(TextState.DRAFT);
    }

    @Test
    void partnersChangeTheirOwnItemsOnly() {
        long id = guide(service, staffOf(PORTUGUESE), Language.PT, "Guia");
        assertThatThrownBy(() -> service.write(staffOf(SPANISH), id, Language.ES, "Guía", "", ""))
                .isInstanceOf(AccessDeniedException.class);
        service.write(new Actor(1, FRENCH, true), id, Language.FR, "Guide", "", "");
        assertThat(store.find(id).orElseThrow().state(Language.FR)).isEqualTo(TextState.DRAFT);
    }

    @Test
    void filesAreToldByTheirContentAndAVideoFileOfTheSourceOutdatesTranslations() {
        Actor author = staffOf(PORTUGUESE);
        long id = service.create(author, ItemKind.VIDEO, Language.PT, properties("security"), "Vídeo", "", "Transcrição");
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertThatThrownBy(() -> service.attach(author, id, Language.PT, "video.webm", bytes(executable)))
                .isInstanceOf(UploadRefused.class);
        assertThatThrownBy(() -> service.attach(author, id, Language.PT, "guide.pdf",
                bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
                .as("a PDF is not a video").isInstanceOf(UploadRefused.class);
        assertThatThrownBy(() -> service.caption(author, id, Language.PT, "captions.vtt",
                bytes("1\n00:00 --> 00:01\nno header\n".getBytes(StandardCharsets.UTF_8))))
                .as("captions without the WEBVTT header").isInstanceOf(UploadRefused.class);

        service.attach(author, id, Language.PT, "awareness.webm", resource("reference/toolbox/demo/awareness.webm"));
        service.caption(author, id, Language.PT, "pt.vtt", resource("reference/toolbox/demo/captions-pt.vtt"));
        Item item = store.find(id).orElseThrow();
        assertThat(item.sourceText().file().kind()).isEqualTo("WEBM");
        assertThat(item.sourceText().captionsKey()).isNotNull();

        Actor reviewer = staffOf(SPANISH);
        publish(service, checklist, author, reviewer, id, Language.PT);
        service.write(author, id, Language.ES, "Vídeo", "", "Transcripción");
        service.caption(author, id, Language.ES, "es.vtt", resource("reference/toolbox/demo/captions-es.vtt"));
        publish(service, checklist, author, reviewer, id, Language.ES);
        service.attach(author, id, Language.PT, "awareness.webm", resource("reference/toolbox/demo/awareness.webm"));
        assertThat(store.find(id).orElseThrow().state(Language.ES)).isEqualTo(TextState.OUTDATED);
    }
}
