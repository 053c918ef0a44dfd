package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.ConferenceTimes;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import static eu.cybersudoe.conferences.ConferenceTestData.LISBON;
import static eu.cybersudoe.conferences.ConferenceTestData.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

/** Lisbon is one hour behind Madrid and Paris: each reader sees the right time. */
class ConferenceTimesTest {

    @Test
    void aLisbonConferenceAtTenIsAtElevenInParisAndBack() {
        ConferenceDetails porto = ConferenceTestData.porto(LocalDateTime.of(2027, 3, 10, 10, 0), 30);
        Instant start = porto.startsAt();
        assertThat(ConferenceTimes.time(start, LISBON)).isEqualTo("10:00");
        assertThat(ConferenceTimes.time(start, PARIS)).isEqualTo("11:00");
        ZonedDateTime inParis = start.atZone(PARIS);
        assertThat(inParis.withZoneSameInstant(LISBON).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 10, 10, 0));
        assertThat(ConferenceTimes.elsewhere(start, porto.endsAt(), LISBON))
                .extracting(ConferenceTimes.Elsewhere::city, ConferenceTimes.Elsewhere::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Madrid", "11:00–13:00"),
                        org.assertj.core.groups.Tuple.tuple("Paris", "11:00–13:00"));
    }

    @Test
    void aParisConferenceIsShownAnHourEarlierForLisbon() {
        Instant start = LocalDateTime.of(2027, 7, 1, 14, 30).atZone(PARIS).toInstant();
        assertThat(ConferenceTimes.elsewhere(start, start.plusSeconds(3600), PARIS))
                .extracting(ConferenceTimes.Elsewhere::city, ConferenceTimes.Elsewhere::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lisbon", "13:30–14:30"));
        assertThat(ConferenceTimes.offset(start, PARIS)).isEqualTo("UTC+2");
        assertThat(ConferenceTimes.offset(start, LISBON)).isEqualTo("UTC+1");
    }

    @Test
    void theHourDifferenceHoldsAcrossTheChangeToSummerTime() {
        // Both countries change on the same night (last Sunday of March, 01:00 UTC).
        Instant afterChange = LocalDateTime.of(2027, 3, 28, 9, 0).atZone(LISBON).toInstant();
        assertThat(ConferenceTimes.time(afterChange, PARIS)).isEqualTo("10:00");
        assertThat(ConferenceTimes.offset(afterChange, LISBON)).isEqualTo("UTC+1");
    }
}
