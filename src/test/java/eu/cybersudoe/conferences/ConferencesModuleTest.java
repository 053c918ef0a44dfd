package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.PostgresAvailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conferences module started with only the modules it depends on: a partner's conferences as
 * other modules (missions) read them, drafts left out.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class ConferencesModuleTest {

    @Autowired
    ConferenceOffice office;
    @Autowired
    ConferenceDirectory directory;
    @Autowired
    Clock clock;

    @Test
    void aPartnersPublishedConferencesAreListedForOtherModules() {
        long published = ConferenceTestData.published(office, clock, "ciebi", 30);
        long draft = office.create("ciebi", ConferenceTestData.porto(ConferenceTestData.tenDaysAfter(clock), 30));

        assertThat(directory.organisedBy("ciebi", 1_000)).anySatisfy(listed -> {
            assertThat(listed.id()).isEqualTo(published);
            assertThat(listed.title().in(Language.PT).text()).isNotBlank();
        }).noneSatisfy(listed -> assertThat(listed.id()).isEqualTo(draft));
        assertThat(directory.isOrganisedBy(published, "ciebi")).isTrue();
        assertThat(directory.isOrganisedBy(published, "cybermassif")).isFalse();
    }
}
