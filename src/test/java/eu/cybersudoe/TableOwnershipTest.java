package eu.cybersudoe;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to the module whose migrations create it, and no module names another
 * module's table in SQL: reads go through the owner's API or a read model of the reader's own.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/eu/cybersudoe");
    private static final Path BROKEN = Path.of("src/test/resources/table-ownership-broken");

    /**
     * Applied migrations cannot change. This one keeps partner ids valid with a trigger on
     * {@code partner} in place of the foreign keys it drops for bulk imports' sake: a foreign key
     * in all but name.
     */
    private static final String PARTNER_KEPT = "postgresql/V202611271300__companies_bulk_writes.sql:15: companies names partner (owned by network)";

    private final TableOwnership platform = TableOwnership.fromMigrations(MIGRATIONS);

    @Test
    void everyTableHasOneOwnerNamedByItsMigrations() {
        assertThat(platform.problems()).isEmpty();
        assertThat(platform.owners())
                .containsEntry("organisation_partner", "companies")
                .containsEntry("conference", "conferences")
                .containsEntry("mission", "missions")
                .containsEntry("partner", "network")
                .containsEntry("event_publication", "shared");
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsJavaSql() {
        assertThat(platform.inSources(SOURCES)).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void migrationsNameOnlyTheirOwnTablesBesideForeignKeysToTheBaseModules() {
        assertThat(platform.inMigrations(MIGRATIONS)).map(TableOwnership.Crossing::toString)
                .as("migrations naming another module's table").containsExactly(PARTNER_KEPT);
    }

    @Test
    void aBrokenCodeBaseIsReportedWithFileAndLine() {
        TableOwnership broken = TableOwnership.fromMigrations(BROKEN.resolve("migration"));

        assertThat(broken.problems()).containsExactly("V6_setup.sql is not named V<stamp>__<module>_<what>.sql");
        assertThat(broken.inSources(BROKEN.resolve("java"))).map(TableOwnership.Crossing::toString).containsExactly(
                "missions/internal/Reads.java:7: missions names conference (owned by conferences)",
                "missions/internal/Reads.java:8: missions names organisation (owned by companies)",
                "newsletters/internal/Indicators.java:4: newsletters names organisation_partner (owned by companies)");
        assertThat(broken.inMigrations(BROKEN.resolve("migration"))).map(TableOwnership.Crossing::toString).containsExactly(
                "common/V4__missions.sql:4: missions names conference (owned by conferences)",
                "postgresql/V5__missions_conference_index.sql:1: missions names conference (owned by conferences)");
    }
}
