package eu.cybersudoe.companies.classification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static eu.cybersudoe.companies.classification.PriorityTarget.MICRO;
import static eu.cybersudoe.companies.classification.PriorityTarget.PRIORITY_SECTOR;
import static eu.cybersudoe.companies.classification.PriorityTarget.YOUNG_WOMAN_LED;
import static org.assertj.core.api.Assertions.assertThat;

/** The priority-target flags of a company. */
class PriorityTargetsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aMicroEnterpriseIsATarget() {
        assertThat(PriorityTargets.of(SizeClass.MICRO, Optional.empty(), null, false, TODAY)).containsExactly(MICRO);
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), null, false, TODAY)).isEmpty();
        assertThat(PriorityTargets.of(null, Optional.empty(), null, false, TODAY)).isEmpty();
    }

    @Test
    void buildingTourismAndAgriFoodArePrioritySectors() {
        for (String theme : new String[] {"building", "tourism", "agri-food"}) {
            assertThat(PriorityTargets.of(SizeClass.MEDIUM, Optional.of(theme), null, false, TODAY)).containsExactly(PRIORITY_SECTOR);
        }
        assertThat(PriorityTargets.of(SizeClass.MEDIUM, Optional.of("commerce"), null, false, TODAY)).isEmpty();
        assertThat(PriorityTargets.of(SizeClass.MEDIUM, Optional.of("industry"), null, false, TODAY)).isEmpty();
    }

    @Test
    void aYoungCompanyCreatedOrLedByAWomanIsATarget() {
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), 2026, true, TODAY)).containsExactly(YOUNG_WOMAN_LED);
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), 2022, true, TODAY)).containsExactly(YOUNG_WOMAN_LED);
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), 2021, true, TODAY)).isEmpty();
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), 2024, false, TODAY)).isEmpty();
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), null, true, TODAY)).isEmpty();
        assertThat(PriorityTargets.of(SizeClass.SMALL, Optional.empty(), 2027, true, TODAY)).isEmpty();
    }

    @Test
    void youngMeansCreatedInTheLastFiveCalendarYears() {
        assertThat(PriorityTargets.YOUNG_COMPANY_YEARS).isEqualTo(5);
        assertThat(PriorityTargets.isYoung(2022, LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(PriorityTargets.isYoung(2021, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(PriorityTargets.isYoung(2008, LocalDate.of(2010, 1, 1))).isTrue();
    }

    @Test
    void aCompanyCanBeSeveralTargets() {
        assertThat(PriorityTargets.of(SizeClass.MICRO, Optional.of("tourism"), 2025, true, TODAY))
                .containsExactlyInAnyOrder(MICRO, PRIORITY_SECTOR, YOUNG_WOMAN_LED);
    }
}
