package eu.cybersudoe.companies;

/** The identifier of an organisation of the registry. */
public record CompanyId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
