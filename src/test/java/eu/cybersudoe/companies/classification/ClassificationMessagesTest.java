package eu.cybersudoe.companies.classification;

import eu.cybersudoe.companies.classification.ActivityClassification.Refusal;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message the classification refers to exists in every language and formats with its arguments. */
class ClassificationMessagesTest {

    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Refusal reason : Refusal.values()) {
            for (CodeSystem system : CodeSystem.values()) {
                if (!keys.contains(reason.messageKey(system))) {
                    keys.add(reason.messageKey(system));
                }
            }
        }
        for (Country country : Country.values()) {
            keys.add(PostcodeRegions.unplacedMessageKey(country));
        }
        keys.add(SizeClass.UNREADABLE_BAND_MESSAGE_KEY);
        return keys;
    }

    @Test
    void everyMessageExistsAndFormats() throws IOException {
        for (Language language : Language.values()) {
            Properties messages = new Properties();
            String file = "i18n/classification_" + language.code() + ".properties";
            try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            assertThat(messages.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys());
            for (String key : keys()) {
                String pattern = messages.getProperty(key);
                String formatted = new MessageFormat(pattern, language.locale()).format(new Object[] {"ARG0", "ARG1", "ARG2"});
                assertThat(formatted).as(file + " " + key).doesNotContain("{").doesNotContain("''");
                if (pattern.contains("{0}")) {
                    assertThat(formatted).as(file + " " + key).contains("ARG0");
                }
                if (pattern.contains("'")) {
                    assertThat(formatted).as(file + " " + key).contains("'");
                }
            }
        }
    }
}
