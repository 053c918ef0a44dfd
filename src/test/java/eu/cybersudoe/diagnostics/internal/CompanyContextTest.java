package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry.OrganisationSummary;
import eu.cybersudoe.companies.OrganisationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A company's context is prefilled from what the registry knows of its size, sector and region. */
class CompanyContextTest {

    @Test
    void sizeSectorAndRegionComeFromTheRegistry() {
        var context = DiagnosticsService.contextOf(new OrganisationSummary(new CompanyId(1), OrganisationKind.COMPANY, "Hotel",
                "ES", "ES12", "SMALL", "tourism"));
        assertThat(context).isEqualTo(new Assessment.CompanyContext("small", "tourism", "ES12"));
        assertThat(DiagnosticsService.contextOf(new OrganisationSummary(new CompanyId(2), OrganisationKind.COMPANY, "Atelier",
                "FR", "FRK1", "MICRO", "building")).sector()).isEqualTo("construction");
        assertThat(DiagnosticsService.contextOf(new OrganisationSummary(new CompanyId(3), OrganisationKind.COMPANY, "Conseil",
                "PT", null, null, "security"))).isEqualTo(new Assessment.CompanyContext(null, null, null));
    }
}
