package eu.cybersudoe.network.internal;

import eu.cybersudoe.CyberSudoeApplication;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A broken reference file stops the application from starting, naming the file and the line. */
class BrokenReferenceDataTest {

    @Test
    void aBrokenFileStopsStartUp(@TempDir Path folder) throws IOException {
        Map<String, String> files = NetworkFilesTest.shipped();
        String partners = files.get(NetworkFiles.PARTNERS).replace("country: PT", "country: BR");
        files.put(NetworkFiles.PARTNERS, partners);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }

        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(CyberSudoeApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--cybersudoe.reference.network-location=" + folder.toUri(), "--spring.jmx.enabled=false")) {
                throw new AssertionError("the application started");
            }
        });

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(ReferenceDataException.class);
        ReferenceDataException problem = (ReferenceDataException) cause;
        assertThat(problem.file()).endsWith("/partners.yml");
        assertThat(problem.line()).isEqualTo(NetworkFilesTest.lineOf(partners, "country: BR"));
        assertThat(problem.problem()).isEqualTo("partners[9].country: 'BR' is not one of fr, es, pt");
    }
}
