package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.Level;
import eu.cybersudoe.toolbox.internal.Licence;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Authors and reviewers of toolbox tests, and items made through the service. */
final class ToolboxTestSupport {

    static final String PORTUGUESE = "ciebi";
    static final String SPANISH = "ceei-burgos";
    static final String FRENCH = "cybermassif";
    private static final AtomicLong ACCOUNTS = new AtomicLong(900_000);

    private ToolboxTestSupport() {
    }

    static Actor staffOf(String partner) {
        return new Actor(ACCOUNTS.incrementAndGet(), partner, false);
    }

    static ItemStore.Properties properties(String theme) {
        return new ItemStore.Properties(List.of(theme), List.of("micro"), List.of(), Level.BEGINNER, Licence.CC_BY, null);
    }

    static long guide(ToolboxService service, Actor author, Language source, String title) {
        return service.create(author, ItemKind.GUIDE, source, properties("security"), title, "Resumo", "## Secção\n\nTexto.");
    }

    static void publish(ToolboxService service, ReviewChecklist checklist, Actor author, Actor reviewer, long id, Language language) {
        service.submit(author, id, language);
        service.approve(reviewer, id, language, checklist.codes());
    }

    static InputStream resource(String path) {
        try {
            return new org.springframework.core.io.ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream bytes(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
