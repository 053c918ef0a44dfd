package eu.cybersudoe.companies;

/** Test data shared by the registry's tests in other packages. */
public final class CompanyRegistryTestSupport {

    private CompanyRegistryTestSupport() {
    }

    /** A valid SIREN no other test uses. */
    public static String uniqueSiren() {
        return CompanyRegistryTest.uniqueSiren();
    }
}
