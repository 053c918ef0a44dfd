package eu.cybersudoe.newsletters.internal;

import java.net.URI;
import java.util.Optional;

/**
 * A link an issue puts forward.
 *
 * @param title       what the reader clicks
 * @param url         an absolute http or https address
 * @param description a line about it, or empty
 */
public record FeaturedLink(String title, String url, String description) {

    /** A line {@code title | address | description} (the description may be left out). */
    static Optional<FeaturedLink> parse(String line) {
        String[] parts = line.split("\\|", 3);
        if (parts.length < 2 || parts[0].isBlank()) {
            return Optional.empty();
        }
        String url = parts[1].strip();
        if (!isWebAddress(url)) {
            return Optional.empty();
        }
        return Optional.of(new FeaturedLink(parts[0].strip(), url, parts.length == 3 ? parts[2].strip() : ""));
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception malformed) {
            return false;
        }
    }
}
