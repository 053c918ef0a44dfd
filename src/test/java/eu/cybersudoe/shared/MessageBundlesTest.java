package eu.cybersudoe.shared;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message bundle has the same keys, none empty, in fr, es, pt and en. */
class MessageBundlesTest {

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
        assertThat(english).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Resource bundle : english) {
            String base = bundle.getFilename().replace("_en.properties", "");
            Set<String> reference = keys(load(bundle, problems, base + "_en"));
            for (Language language : Language.values()) {
                Properties messages = load(new PathMatchingResourcePatternResolver()
                        .getResource("classpath:i18n/" + base + "_" + language.code() + ".properties"), problems, base + "_" + language.code());
                Set<String> keys = keys(messages);
                for (String key : reference) {
                    if (!keys.contains(key)) {
                        problems.add(base + "_" + language.code() + " lacks " + key);
                    } else if (messages.getProperty(key).isBlank()) {
                        problems.add(base + "_" + language.code() + " has an empty " + key);
                    }
                }
                keys.stream().filter(k -> !reference.contains(k))
                        .forEach(k -> problems.add(base + "_" + language.code() + " has " + k + ", unknown in English"));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(Resource resource, List<String> problems, String name) throws IOException {
        Properties properties = new Properties();
        if (!resource.exists()) {
            problems.add(name + " is missing");
            return properties;
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
