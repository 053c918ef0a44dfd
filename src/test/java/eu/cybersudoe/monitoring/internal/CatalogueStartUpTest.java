package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.shared.reference.ReferenceDataException;
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
                            .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                                assertThat(e.file()).isEqualTo("classpath:monitoring/broken-indicators.yml");
                                assertThat(e.line()).isEqualTo(6);
                                assertThat(e.getMessage())
                                        .startsWith("classpath:monitoring/broken-indicators.yml, line 6: ")
                                        .contains("must be a number such as 1234 or 1234.50, not 'one hundred and eighty'");
                            });
                });
        verifyNoInteractions(table);
    }

    @Test
    void aMissingFileStopsStartUp() {
        runner().withPropertyValues("cybersudoe.monitoring.indicators=classpath:monitoring/none.yml")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                            assertThat(e.file()).isEqualTo("classpath:monitoring/none.yml");
                            assertThat(e.line()).isZero();
                            assertThat(e.getMessage()).isEqualTo("classpath:monitoring/none.yml: the file does not exist");
                        }));
    }
}
