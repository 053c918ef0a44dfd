package eu.cybersudoe.companies;

/** The identifier of a contact of the registry. */
public record ContactId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
