package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.files.UploadGuard;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.Toolbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The toolbox's writes: items and their texts per language, files through the upload guard, and
 * the translation workflow. A change of the source language's text or file makes the published
 * translations outdated.
 */
@Service
public class ToolboxService {

    private final ItemStore store;
    private final UploadGuard guard;
    private final ReviewChecklist checklist;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToolboxService(ItemStore store, UploadGuard guard, ReviewChecklist checklist, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.checklist = checklist;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an item of the actor's partner with its source language text as a draft. */
    @Transactional
    public long create(Actor actor, ItemKind kind, Language source, ItemStore.Properties properties, String title, String summary,
                       String body) {
        if (actor.partnerId() == null) {
            throw new AccessDeniedException("No partner to create an item for");
        }
        Instant now = clock.instant();
        long id = store.insert(kind, actor.partnerId(), source, properties, actor.accountId(), now);
        ItemText text = ItemText.draft(id, source, 1);
        text.write(title, summary, body, 1);
        store.save(text, now);
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, ItemStore.Properties properties) {
        editable(actor, id);
        store.update(id, properties, clock.instant());
    }

    /** Writes the text of a language; a change of the source language outdates the published translations. */
    @Transactional
    public void write(Actor actor, long id, Language language, String title, String summary, String body) {
        Item item = editable(actor, id);
        ItemText text = item.text(language).orElse(null);
        boolean changed = text == null || !title.equals(text.title()) || !summary.equals(text.summary()) || !body.equals(text.body())
                || text.sourceVersion() < item.sourceVersion();
        if (!changed) {
            return;
        }
        int version = language == item.source() ? sourceChanged(item) : item.sourceVersion();
        ItemText written = text != null ? text : ItemText.draft(id, language, version);
        written.write(title, summary, body, version);
        store.save(written, clock.instant());
    }

    /** Attaches the main file of a language (a document or a video), checked by the upload guard. */
    @Transactional
    public void attach(Actor actor, long id, Language language, String fileName, InputStream content) {
        Item item = editable(actor, id);
        ItemText text = existing(item, language);
        refuseInReview(text);
        UploadGuard.Admitted admitted = guard.admit(ToolboxUploads.mainFile(item.kind()), fileName, content);
        int version = language == item.source() ? sourceChanged(item) : item.sourceVersion();
        text.attach(new ItemText.StoredRef(admitted.file().key(), admitted.kind().name(), admitted.file().size(),
                admitted.file().sha256()), version);
        store.save(text, clock.instant());
    }

    /** Attaches the WebVTT captions of a language. */
    @Transactional
    public void caption(Actor actor, long id, Language language, String fileName, InputStream content) {
        Item item = editable(actor, id);
        ItemText text = existing(item, language);
        refuseInReview(text);
        UploadGuard.Admitted admitted = guard.admit(ToolboxUploads.CAPTIONS, fileName, content);
        text.caption(admitted.file().key(), text.sourceVersion());
        store.save(text, clock.instant());
    }

    @Transactional
    public void poster(Actor actor, long id, String fileName, InputStream content) {
        editable(actor, id);
        store.poster(id, guard.admit(ToolboxUploads.POSTERS, fileName, content).file().key());
    }

    @Transactional
    public void submit(Actor actor, long id, Language language) {
        Item item = editable(actor, id);
        ItemText text = existing(item, language);
        text.submit(actor, clock.instant());
        store.save(text, clock.instant());
    }

    /** Publishes a text in review: another partner's staff, every point of the checklist ticked. */
    @Transactional
    public void approve(Actor reviewer, long id, Language language, List<String> ticked) {
        Item item = found(id);
        ItemText text = existing(item, language);
        text.approve(reviewer, item.partnerId(), ticked, checklist.codes(), item.sourceVersion(), clock.instant());
        store.save(text, clock.instant());
    }

    @Transactional
    public void sendBack(Actor reviewer, long id, Language language) {
        Item item = found(id);
        ItemText text = existing(item, language);
        text.sendBack(reviewer, item.partnerId());
        store.save(text, clock.instant());
    }

    /** The texts of an item to translate into a language, as XLIFF 2.0. */
    public byte[] exportXliff(Actor actor, long id, Language target) {
        Item item = editable(actor, id);
        if (target == item.source()) {
            throw new ToolboxRefused("toolbox.xliff.error.languages");
        }
        return Xliff.write(id, item.sourceVersion(), item.sourceText(), target, item.text(target));
    }

    /**
     * Imports a translated XLIFF 2.0 file as the draft of its target language: it must name this
     * item and its current source version, go from the item's source language into this language,
     * and its sources must be the item's current source texts.
     */
    @Transactional
    public void importXliff(Actor actor, long id, Language target, InputStream content) {
        Item item = editable(actor, id);
        Xliff.Document document = Xliff.read(content).orElseThrow(() -> new ToolboxRefused("toolbox.xliff.error.unreadable"));
        if (document.source() != item.source() || document.target() != target || target == item.source()) {
            throw new ToolboxRefused("toolbox.xliff.error.languages");
        }
        if (!document.original().startsWith("toolbox-item-" + id + "-v")) {
            throw new ToolboxRefused("toolbox.xliff.error.otherItem");
        }
        boolean sameSource = document.original().equals(Xliff.original(id, item.sourceVersion()))
                && java.util.Arrays.stream(Xliff.UNITS).allMatch(unit ->
                        Xliff.field(item.sourceText(), unit).equals(document.sources().getOrDefault(unit, "")));
        if (!sameSource) {
            throw new ToolboxRefused("toolbox.xliff.error.changed");
        }
        String title = document.targets().getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            throw new ToolboxRefused("toolbox.xliff.error.empty");
        }
        write(actor, id, target, title, document.targets().getOrDefault("summary", "").strip(),
                document.targets().getOrDefault("body", ""));
    }

    /** A guide's file downloaded by a signed-in company: reported to the registry's timeline. */
    @Transactional
    public void guideDownloaded(Item item, CompanyId company) {
        if (item.kind() != ItemKind.GUIDE) {
            return;
        }
        LocalizedText title = new LocalizedText(item.texts().values().stream().filter(t -> t.state().visible())
                .collect(java.util.stream.Collectors.toMap(ItemText::language, ItemText::title)), item.source());
        events.publishEvent(new CompanyActivityRecorded(company, Toolbox.GUIDE_DOWNLOADED, item.partnerId(), clock.instant(),
                title, "/toolbox/items/" + item.id()));
    }

    /** The source changed: a new source version, and the published translations become outdated. */
    private int sourceChanged(Item item) {
        int version = store.bumpSourceVersion(item.id());
        Instant now = clock.instant();
        for (ItemText translation : item.texts().values()) {
            if (translation.language() != item.source() && translation.outdate()) {
                store.save(translation, now);
            }
        }
        return version;
    }

    private static void refuseInReview(ItemText text) {
        if (text.state() == TextState.IN_REVIEW) {
            throw new ToolboxRefused("toolbox.refused.inReview");
        }
    }

    private ItemText existing(Item item, Language language) {
        return item.text(language).orElseThrow(() -> new ToolboxRefused("toolbox.refused.noText"));
    }

    private Item found(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("No toolbox item " + id));
    }

    /** An item the actor may change: its partner's staff or a network admin. */
    Item editable(Actor actor, long id) {
        Item item = found(id);
        if (!actor.mayEdit(item.partnerId())) {
            throw new AccessDeniedException("Toolbox item " + id + " is not an item of " + actor.partnerId());
        }
        return item;
    }
}
