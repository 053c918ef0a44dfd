package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Click and opening tracking of the issues (when the settings allow it): a copy's tracked links
 * and image carry a signed token naming the copy (individual tracking) or only the issue, the
 * language and the country; a link's target is read from {@link IssueLinks}, never from the
 * address, so the redirect cannot be used to send people elsewhere, and a token changed by
 * hand is refused.
 */
@Component
public class ReadingTracker {

    private static final int SIGNATURE = 16;

    /** What a valid token names; {@code sendId} is null without individual tracking. */
    record Reader(long issueId, Long sendId, Language language, String country) {
    }

    private final Signatures signatures;
    private final IssueLinks links;
    private final ReadingEvents events;
    private final NewsletterSettings.Tracking settings;
    private final Clock clock;
    private final String baseUrl;

    ReadingTracker(Signatures signatures, IssueLinks links, ReadingEvents events, NewsletterSettings settings, Clock clock,
                   @Value("${cybersudoe.base-url}") String baseUrl) {
        this.signatures = signatures;
        this.links = links;
        this.events = events;
        this.settings = settings.tracking();
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The tracked addresses of one copy, or none when tracking is off. */
    Slots.Reading forCopy(long issueId, long sendId, Language language, String country) {
        if (!settings.clicks() && !settings.openPixel()) {
            return Slots.Reading.NONE;
        }
        String payload = settings.individual() ? "s" + sendId + "-" + issueId
                : "v" + issueId + "-" + language.code() + "-" + (country == null ? "xx" : country.toLowerCase(Locale.ROOT));
        String token = payload + "-" + signatures.sign(payload).substring(0, SIGNATURE);
        String root = baseUrl + "/" + language.code() + "/newsletter/";
        return new Slots.Reading(settings.clicks() ? root + "click/" + token + "/" : null,
                settings.openPixel() ? root + "open/" + token : null);
    }

    /** The target of a tracked link, counting the click; empty for a token or link that is not ours. */
    public Optional<String> click(String token, long linkId) {
        Optional<Reader> reader = read(token);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        Optional<IssueLinks.Link> link = links.find(linkId).filter(l -> l.issueId() == reader.get().issueId());
        link.ifPresent(l -> record(reader.get(), l.id(), ReadingEvents.Kind.CLICK));
        return link.map(IssueLinks.Link::url);
    }

    /** Counts an opening when the pixel is on and the token is ours. */
    public void open(String token) {
        if (settings.openPixel()) {
            read(token).ifPresent(reader -> record(reader, null, ReadingEvents.Kind.OPEN));
        }
    }

    Optional<Reader> read(String token) {
        // the signature is the last 16 characters (which may hold '-' themselves), after a '-'
        int last = token == null ? -1 : token.length() - SIGNATURE - 1;
        if (last <= 1 || token.charAt(last) != '-') {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        if (!signatures.verify(payload, token.substring(last + 1))) {
            return Optional.empty();
        }
        String[] parts = payload.substring(1).split("-");
        try {
            if (payload.charAt(0) == 's' && parts.length == 2) {
                return Optional.of(new Reader(Long.parseLong(parts[1]), Long.parseLong(parts[0]), null, null));
            }
            if (payload.charAt(0) == 'v' && parts.length == 3) {
                return Optional.of(new Reader(Long.parseLong(parts[0]), null, Language.fromCode(parts[1]).orElse(null),
                        "xx".equals(parts[2]) ? null : parts[2].toUpperCase(Locale.ROOT)));
            }
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void record(Reader reader, Long linkId, ReadingEvents.Kind kind) {
        events.add(new ReadingEvents.Event(reader.issueId(), reader.sendId(), linkId, kind,
                reader.language() == null ? null : reader.language().code(), reader.country(), clock.instant()));
    }
}
