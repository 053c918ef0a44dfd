package eu.cybersudoe.network;

import java.util.Objects;
import java.util.regex.Pattern;

/** A partner's stable identifier, a lower-case slug such as {@code cybermassif}, used in URLs and foreign keys. */
public record PartnerId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a partner id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
