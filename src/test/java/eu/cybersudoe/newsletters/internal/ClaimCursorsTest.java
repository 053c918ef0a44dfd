package eu.cybersudoe.newsletters.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims start after the highest record claimed, and from the start at least every half minute. */
class ClaimCursorsTest {

    @Test
    void claimsStartAfterTheHighestClaimedAndFromTheStartEveryHalfMinute() {
        ClaimCursors cursors = new ClaimCursors();
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(cursors.after(7, start)).as("the first claim of an issue").isZero();
        cursors.claimed(7, 200);
        cursors.claimed(7, 400);
        cursors.claimed(7, 300);
        assertThat(cursors.after(7, start.plusSeconds(1))).isEqualTo(400);
        assertThat(cursors.after(8, start.plusSeconds(1))).as("another issue").isZero();
        assertThat(cursors.after(7, start.plus(ClaimCursors.FROM_THE_START))).as("half a minute later").isZero();
        assertThat(cursors.after(7, start.plus(ClaimCursors.FROM_THE_START).plusSeconds(1))).isEqualTo(400);
        cursors.forget(7);
        assertThat(cursors.after(7, start.plus(ClaimCursors.FROM_THE_START).plusSeconds(2))).isZero();
    }
}
