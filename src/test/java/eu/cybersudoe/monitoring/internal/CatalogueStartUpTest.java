package eu.cybersudoe.monitoring.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/** A broken or missing catalogue file stops start-up with a message naming the file and the line. */
class CatalogueStartUpTest {

    final IndicatorTable table = mock(IndicatorTable.class);

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withBean(IndicatorTable.class, () -> table)
                .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
                .withBean(Clock.class, Clock::systemUTC)
                .withBean(CatalogueLoader.class);
    }

    @Test
    void aBrokenFileStopsStartUp() {
        runner().withPropertyValues("cybersudoe.monitoring.indicators=classpath:monitoring/broken-indicators.yml")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(CatalogueFileException.class)
                            .hasMessageStartingWith("classpath:monitoring/broken-indicators.yml, line 6: ")
                            .hasMessageContaining("'one hundred and eighty' is not a number");
                });
        verifyNoInteractions(table);
    }

    @Test
    void aMissingFileStopsStartUp() {
        runner().withPropertyValues("cybersudoe.monitoring.indicators=classpath:monitoring/none.yml")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("classpath:monitoring/none.yml: the file does not exist"));
    }
}
