package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The text (and file) of an item in one language, and its place in the translation workflow:
 * draft, in review, published, outdated. Its moves refuse what its state or the actor does not
 * allow; publication needs another partner's staff (four eyes) and the whole review checklist.
 */
public final class ItemText {

    private final long itemId;
    private final Language language;
    private String title;
    private String summary;
    private String body;
    private StoredRef file;
    private String captionsKey;
    private TextState state;
    private int sourceVersion;
    private Long submittedBy;
    private String submittedPartner;
    private Instant submittedAt;
    private Long reviewedBy;
    private String reviewedPartner;
    private Instant reviewedAt;
    private List<String> checklist;
    private Instant publishedAt;

    /** A file attached to a text: its key in the file store, its kind, size and digest. */
    public record StoredRef(String key, String kind, long size, String sha256) {
    }

    ItemText(long itemId, Language language, String title, String summary, String body, StoredRef file, String captionsKey,
             TextState state, int sourceVersion, Long submittedBy, String submittedPartner, Instant submittedAt,
             Long reviewedBy, String reviewedPartner, Instant reviewedAt, List<String> checklist, Instant publishedAt) {
        this.itemId = itemId;
        this.language = Objects.requireNonNull(language);
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.file = file;
        this.captionsKey = captionsKey;
        this.state = state;
        this.sourceVersion = sourceVersion;
        this.submittedBy = submittedBy;
        this.submittedPartner = submittedPartner;
        this.submittedAt = submittedAt;
        this.reviewedBy = reviewedBy;
        this.reviewedPartner = reviewedPartner;
        this.reviewedAt = reviewedAt;
        this.checklist = checklist == null ? List.of() : List.copyOf(checklist);
        this.publishedAt = publishedAt;
    }

    /** A new draft. */
    static ItemText draft(long itemId, Language language, int sourceVersion) {
        return new ItemText(itemId, language, "", "", "", null, null, TextState.DRAFT, sourceVersion, null, null, null, null,
                null, null, List.of(), null);
    }

    /** The words changed: back to draft, written from the item's current source. */
    void write(String title, String summary, String body, int currentSourceVersion) {
        refuseWhileInReview();
        this.title = title;
        this.summary = summary;
        this.body = body;
        toDraft(currentSourceVersion);
    }

    /** A new file (document, video) for this language: back to draft. */
    void attach(StoredRef file, int currentSourceVersion) {
        refuseWhileInReview();
        this.file = file;
        toDraft(currentSourceVersion);
    }

    /** New captions for this language: back to draft. */
    void caption(String captionsKey, int currentSourceVersion) {
        refuseWhileInReview();
        this.captionsKey = captionsKey;
        toDraft(currentSourceVersion);
    }

    private void toDraft(int currentSourceVersion) {
        state = TextState.DRAFT;
        sourceVersion = currentSourceVersion;
    }

    private void refuseWhileInReview() {
        if (state == TextState.IN_REVIEW) {
            throw new ToolboxRefused("toolbox.refused.inReview");
        }
    }

    /** Asks for review. */
    void submit(Actor actor, Instant now) {
        if (state != TextState.DRAFT) {
            throw new ToolboxRefused("toolbox.refused.notDraft");
        }
        if (title == null || title.isBlank()) {
            throw new ToolboxRefused("toolbox.refused.untitled");
        }
        state = TextState.IN_REVIEW;
        submittedBy = actor.accountId();
        submittedPartner = actor.partnerId();
        submittedAt = now;
    }

    /**
     * Publishes the text: only someone of another partner than the item's, who did not submit it,
     * every point of the checklist ticked, and written from the item's current source.
     */
    void approve(Actor reviewer, String itemPartner, List<String> ticked, List<String> required, int currentSourceVersion,
                 Instant now) {
        if (state != TextState.IN_REVIEW) {
            throw new ToolboxRefused("toolbox.refused.notInReview");
        }
        if (!reviewer.mayReview(itemPartner, submittedBy)) {
            throw new ToolboxRefused("toolbox.refused.fourEyes");
        }
        if (!ticked.containsAll(required)) {
            throw new ToolboxRefused("toolbox.refused.checklist");
        }
        if (sourceVersion < currentSourceVersion) {
            throw new ToolboxRefused("toolbox.refused.olderSource");
        }
        state = TextState.PUBLISHED;
        reviewedBy = reviewer.accountId();
        reviewedPartner = reviewer.partnerId();
        reviewedAt = now;
        checklist = List.copyOf(ticked);
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    /** Sends the text back to its authors. */
    void sendBack(Actor reviewer, String itemPartner) {
        if (state != TextState.IN_REVIEW) {
            throw new ToolboxRefused("toolbox.refused.notInReview");
        }
        if (!reviewer.mayReview(itemPartner, submittedBy) && !reviewer.mayEdit(itemPartner)) {
            throw new ToolboxRefused("toolbox.refused.fourEyes");
        }
        state = TextState.DRAFT;
    }

    /** The source changed after this translation was published. */
    boolean outdate() {
        if (state == TextState.PUBLISHED) {
            state = TextState.OUTDATED;
            return true;
        }
        return false;
    }

    public long itemId() { return itemId; }
    public Language language() { return language; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public StoredRef file() { return file; }
    public String fileKey() { return file == null ? null : file.key(); }
    public String captionsKey() { return captionsKey; }
    public TextState state() { return state; }
    public int sourceVersion() { return sourceVersion; }
    public Long submittedBy() { return submittedBy; }
    public String submittedPartner() { return submittedPartner; }
    public Instant submittedAt() { return submittedAt; }
    public Long reviewedBy() { return reviewedBy; }
    public String reviewedPartner() { return reviewedPartner; }
    public Instant reviewedAt() { return reviewedAt; }
    public List<String> checklist() { return checklist; }
    public Instant publishedAt() { return publishedAt; }
}
