package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The launched issues rendered for delivery, once per issue and language (and country and region
 * when events are announced), shared by the workers. A launched issue cannot change any more, so a
 * rendition stays right until the issue is done, when it is dropped.
 */
@Component
class Renditions {

    private record Key(long issueId, Language language, String country, String region) {
    }

    private final Issues issues;
    private final IssueRenderer renderer;
    private final Couriers couriers;
    private final Map<Key, PreparedVariant> prepared = new ConcurrentHashMap<>();

    Renditions(Issues issues, IssueRenderer renderer, Couriers couriers) {
        this.issues = issues;
        this.renderer = renderer;
        this.couriers = couriers;
    }

    PreparedVariant of(long issueId, Language language, String country, String region) {
        Key key = renderer.perCountry() ? new Key(issueId, language, country, region) : new Key(issueId, language, null, null);
        return prepared.computeIfAbsent(key, k -> prepare(k.issueId(), k.language(), k.country(), k.region()));
    }

    /** Renders a variant as it would be sent, without keeping it (previews and test sends). */
    PreparedVariant fresh(Issue issue, Variant variant, String country, String region) {
        RenderedVariant rendered = renderer.render(issue, variant, country, region);
        return new PreparedVariant(rendered, new MimeTemplate(rendered, couriers.from()));
    }

    private PreparedVariant prepare(long issueId, Language language, String country, String region) {
        Issue issue = issues.find(issueId).orElseThrow();
        Map<Language, Variant> variants = issues.variants(issueId);
        Variant variant = variants.getOrDefault(language, variants.get(Language.EN));
        if (variant == null) {
            throw new IllegalStateException("Issue " + issue.number() + " has neither a " + language + " nor an English variant");
        }
        return fresh(issue, variant, country, region);
    }

    /** Drops the renditions of an issue that is done. */
    void forget(long issueId) {
        prepared.keySet().removeIf(key -> key.issueId() == issueId);
    }
}
