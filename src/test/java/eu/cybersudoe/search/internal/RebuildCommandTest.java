package eu.cybersudoe.search.internal;

import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The rebuild as a command: it rebuilds the whole index, prints its progress and total, and says it succeeded. */
@DatabaseTest
class RebuildCommandTest {

    @Autowired
    SearchService search;

    @Test
    void rebuildsEverySourcePrintingTheProgressAndTheTotal() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new RebuildCommand(search, null).rebuild(new PrintStream(printed, true, StandardCharsets.UTF_8),
                Duration.ofMillis(20));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(output).contains("documents written").containsPattern("rebuilt, [0-9,]+ documents in [0-9,]+ ms");
        assertThat(search.progress().running()).isFalse();
        assertThat(search.progress().indexed()).isPositive().isEqualTo(search.progress().documents());
    }
}
