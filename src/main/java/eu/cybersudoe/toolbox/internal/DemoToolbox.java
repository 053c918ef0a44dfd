package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import eu.cybersudoe.toolbox.ItemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In demo mode ({@code cybersudoe.demo=true}), adds for every theme a guide, a video (a few
 * seconds of WebM with captions in four languages and a poster) and a tool, written by the
 * partners in turn in their own language and reviewed by the next partner's staff, through the
 * real workflow: translations in every state (published, outdated after the original was revised,
 * in review, draft, missing). Only when the toolbox is empty.
 */
@Component
class DemoToolbox {

    private static final Logger log = LoggerFactory.getLogger(DemoToolbox.class);
    /** What each translation of an item becomes, by its rank among the item's other languages and the theme's rank. */
    private static final List<TextState> TRANSLATIONS = List.of(TextState.PUBLISHED, TextState.PUBLISHED, TextState.IN_REVIEW,
            TextState.OUTDATED, TextState.DRAFT, TextState.PUBLISHED, TextState.MISSING);

    private final boolean enabled;
    private final Network network;
    private final StaffDirectory staff;
    private final ToolboxService service;
    private final ReviewChecklist checklist;
    private final JdbcClient jdbc;

    DemoToolbox(@Value("${cybersudoe.demo:false}") boolean enabled, Network network, StaffDirectory staff, ToolboxService service,
                ReviewChecklist checklist, JdbcClient jdbc) {
        this.enabled = enabled;
        this.network = network;
        this.staff = staff;
        this.service = service;
        this.checklist = checklist;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo items when the toolbox is empty; returns how many were added. */
    int create() {
        if (jdbc.sql("select count(*) from toolbox_item").query(Long.class).single() > 0) {
            log.info("Demo mode: the toolbox has items, no demo items added");
            return 0;
        }
        ReferenceNode texts = ReferenceFile.read("reference/toolbox/demo.yml", new ClassPathResource("reference/toolbox/demo.yml")).root();
        List<Partner> partners = network.partners();
        List<Theme> themes = network.themes(false);
        int made = 0;
        for (int i = 0; i < themes.size(); i++) {
            Partner author = partners.get(i % partners.size());
            Partner reviewer = partners.get((i + 1) % partners.size());
            Optional<Actor> writer = actor(author);
            Optional<Actor> checker = actor(reviewer);
            if (writer.isEmpty() || checker.isEmpty()) {
                log.info("Demo mode: no demo toolbox items for {} (staff missing)", themes.get(i).code());
                continue;
            }
            for (ItemKind kind : List.of(ItemKind.GUIDE, ItemKind.VIDEO, ItemKind.TOOL)) {
                make(kind, themes.get(i), i, author, writer.get(), checker.get(), texts.get(kind.name().toLowerCase()));
                made++;
            }
        }
        log.info("Demo mode: {} demo toolbox items created", made);
        return made;
    }

    private void make(ItemKind kind, Theme theme, int rank, Partner author, Actor writer, Actor checker, ReferenceNode texts) {
        Language source = author.country().language();
        String link = kind == ItemKind.TOOL && author.website() != null && author.website().startsWith("https://") ? author.website() : null;
        var properties = new ItemStore.Properties(List.of(theme.code()), rank % 2 == 0 ? List.of("micro", "small") : List.of(),
                List.of(), Level.values()[rank % Level.values().length], Licence.CC_BY_SA, link);
        long id = service.create(writer, kind, source, properties, title(texts, source, theme), text(texts, "summary", source),
                text(texts, "body", source));
        if (kind == ItemKind.VIDEO) {
            service.attach(writer, id, source, "awareness.webm", resource("reference/toolbox/demo/awareness.webm"));
            service.poster(writer, id, "poster.png", new ByteArrayInputStream(poster(rank)));
        }
        publish(writer, checker, id, source, kind);
        List<Language> others = new ArrayList<>(List.of(Language.values()));
        others.remove(source);
        List<Language> outdated = new ArrayList<>();
        for (int j = 0; j < others.size(); j++) {
            Language language = others.get(j);
            TextState wanted = TRANSLATIONS.get((rank + j) % TRANSLATIONS.size());
            if (wanted == TextState.MISSING) {
                continue;
            }
            service.write(writer, id, language, title(texts, language, theme), text(texts, "summary", language),
                    text(texts, "body", language));
            if (kind == ItemKind.VIDEO) {
                service.caption(writer, id, language, "captions-" + language.code() + ".vtt",
                        resource("reference/toolbox/demo/captions-" + language.code() + ".vtt"));
            }
            if (wanted == TextState.IN_REVIEW) {
                service.submit(writer, id, language);
            } else if (wanted == TextState.PUBLISHED || wanted == TextState.OUTDATED) {
                publish(writer, checker, id, language, kind);
                if (wanted == TextState.OUTDATED) {
                    outdated.add(language);
                }
            }
        }
        if (!outdated.isEmpty()) {
            String revised = text(texts, "body", source) + "\n\n" + title(texts, source, theme);
            service.write(writer, id, source, title(texts, source, theme), text(texts, "summary", source), revised);
            publish(writer, checker, id, source, kind);
        }
        if (kind == ItemKind.VIDEO) {
            service.caption(writer, id, source, "captions-" + source.code() + ".vtt",
                    resource("reference/toolbox/demo/captions-" + source.code() + ".vtt"));
            publish(writer, checker, id, source, kind);
        }
    }

    private void publish(Actor writer, Actor checker, long id, Language language, ItemKind kind) {
        service.submit(writer, id, language);
        service.approve(checker, id, language, checklist.codes());
    }

    private Optional<Actor> actor(Partner partner) {
        return staff.staffOf(partner.id().value()).stream().findFirst()
                .map((StaffMember member) -> new Actor(member.accountId(), partner.id().value(), false));
    }

    private static String title(ReferenceNode texts, Language language, Theme theme) {
        return text(texts, "title", language).replace("{theme}", theme.name().in(language).text());
    }

    private static String text(ReferenceNode texts, String field, Language language) {
        return texts.get(field).text(language.code());
    }

    private static InputStream resource(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain poster in the network's colours, a shade per theme. */
    private static byte[] poster(int rank) {
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(11, 83, 148 - (rank * 7) % 60));
        graphics.fillRect(0, 0, 320, 180);
        graphics.setColor(new Color(241, 194, 50));
        graphics.fillRect(140, 70, 40, 40);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
