package eu.cybersudoe.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list with nothing in it says so through the one empty-state template ({@code layout/empty.jte}, the
 * {@code .empty} style), with a message of the bundles: never as a plain paragraph, never as a literal.
 */
class EmptyStatesTest {

    /** A paragraph whose whole text is a message saying a list is empty. */
    static final Pattern PLAIN_EMPTY = Pattern.compile(
            "<p(?![^>]*class=\"empty\")[^>]*>\\s*\\$\\{page\\.t\\(\"([^\"]*(?:\\.none|\\.empty|\\.noStaff|\\.noIssues))\"");
    /** An empty state written by hand rather than through the template. */
    static final Pattern HAND_STYLED = Pattern.compile("class=\"empty\"");
    static final Pattern TEMPLATE_CALL = Pattern.compile("@template\\.layout\\.empty\\(message = page\\.t\\(\"([^\"]+)\"");

    @Test
    void everyEmptyListSaysSoInTheEmptyStyle() throws IOException {
        List<String> problems = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                String template = Files.readString(file);
                problems.addAll(plainEmptyStates(template).stream().map(key -> file + ": " + key).toList());
                if (!file.endsWith(Path.of("layout", "empty.jte")) && HAND_STYLED.matcher(template).find()) {
                    problems.add(file + ": an empty state styled by hand");
                }
                Matcher call = TEMPLATE_CALL.matcher(template);
                while (call.find()) {
                    calls++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(calls).as("lists that say they are empty").isGreaterThanOrEqualTo(30);
    }

    @Test
    void findsAnEmptyListWrittenAsAPlainParagraph() {
        assertThat(plainEmptyStates("<p>${page.t(\"people.list.none\")}</p>")).containsExactly("people.list.none");
        assertThat(plainEmptyStates("<p id=\"x\">${page.t(\"a.empty\", 3)}</p>")).containsExactly("a.empty");
        assertThat(plainEmptyStates("@template.layout.empty(message = page.t(\"people.list.none\"))")).isEmpty();
        assertThat(plainEmptyStates("<p>${page.t(\"people.list.intro\")}</p>")).isEmpty();
    }

    static List<String> plainEmptyStates(String template) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PLAIN_EMPTY.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
