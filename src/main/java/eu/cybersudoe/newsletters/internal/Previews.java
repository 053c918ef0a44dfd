package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.AudienceContact;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a variant as a recipient would get it, and sends test copies to given addresses through
 * the same courier as the real sends (marked as tests in the subject, not recorded as sends).
 */
@Service
public class Previews {

    /** The most addresses a test send goes to. */
    public static final int MAX_TEST_ADDRESSES = 5;

    private final Issues issues;
    private final Renditions renditions;
    private final Couriers couriers;
    private final Audience audience;
    private final UnsubscribeLinks links;
    private final MessageSource messages;

    Previews(Issues issues, Renditions renditions, Couriers couriers, Audience audience, UnsubscribeLinks links,
             MessageSource messages) {
        this.issues = issues;
        this.renditions = renditions;
        this.couriers = couriers;
        this.audience = audience;
        this.links = links;
        this.messages = messages;
    }

    /**
     * Someone the preview is shown for.
     *
     * @param email     their address
     * @param firstName their first name, or null
     * @param country   their organisation's country, or null
     * @param region    their organisation's NUTS 2 region, or null
     */
    public record Sample(String email, String firstName, String country, String region) {
    }

    /** The variant as the sample recipient sees it: the HTML part's whole document, as sent, and the text part. */
    public record Preview(String subject, String html, String text) {
    }

    /** The fictitious recipient previews use when no real one is chosen. */
    public Sample fictitious(Language language) {
        return new Sample(messages.getMessage("newsletters.preview.sampleEmail", null, language.locale()),
                messages.getMessage("newsletters.preview.sampleName", null, language.locale()), null, null);
    }

    /** Up to {@code limit} recipients of the issue's audience who read this language, to preview as. */
    public List<Sample> samples(Issue issue, Language language, int limit) {
        List<Sample> samples = new ArrayList<>();
        var variants = issues.variants(issue.id()).keySet();
        try {
            audience.forEach(issue.segmentId(), (AudienceContact contact) -> {
                if (Audience.variantFor(contact.language(), contact.country(), variants) == language) {
                    samples.add(new Sample(contact.email(), contact.firstName(), contact.country(), contact.region()));
                    if (samples.size() >= limit) {
                        throw new Enough();
                    }
                }
            });
        } catch (Enough enough) {
            // the first ones are enough
        }
        return samples;
    }

    public Optional<Preview> preview(Issue issue, Language language, Sample sample) {
        Map<Language, Variant> variants = issues.variants(issue.id());
        Variant variant = variants.get(language);
        if (variant == null) {
            return Optional.empty();
        }
        RenderedVariant rendered = renditions.fresh(issue, variant, sample.country(), sample.region()).rendered();
        Slots.Recipient recipient = rendered.recipient(sample.email(), sample.firstName(),
                links.urls(issue.id(), sample.email(), language), Slots.Reading.NONE);
        return Optional.of(new Preview(rendered.subject(), rendered.htmlFor(recipient), rendered.textFor(recipient)));
    }

    /** Sends a test copy of the variant to each address; the addresses that were not accepted. */
    public List<String> testSend(Issue issue, Language language, List<String> addresses) {
        Variant variant = issues.variants(issue.id()).get(language);
        if (variant == null) {
            return addresses;
        }
        String prefix = messages.getMessage("newsletters.mail.testPrefix", null, language.locale());
        Variant marked = new Variant(language, prefix + " " + variant.subject(), variant.preheader(), variant.body(),
                variant.links());
        PreparedVariant prepared = renditions.fresh(issue, marked, null, null);
        List<String> refused = new ArrayList<>();
        try (Courier courier = couriers.courier()) {
            for (String address : addresses) {
                Sample sample = fictitious(language);
                Slots.Recipient recipient = prepared.rendered().recipient(address, sample.firstName(),
                        links.urls(issue.id(), address, language), Slots.Reading.NONE);
                Outcome outcome = courier.send(new Letter(prepared, address, recipient, couriers.messageId(0)));
                if (!(outcome instanceof Outcome.Delivered)) {
                    refused.add(address);
                }
            }
        }
        return refused;
    }

    /** Stops the audience stream once enough samples are found. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
