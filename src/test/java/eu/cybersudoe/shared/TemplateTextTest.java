package eu.cybersudoe.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold no words of their own: every visible text, and every alt, title,
 * placeholder and aria-label, comes from the message bundles.
 */
class TemplateTextTest {

    /** Brand names and symbols that are the same in every language. */
    static final Set<String> ALLOWED = Set.of("CyberSudoe", "SUDOE", "Interreg", "FEDER", "ERDF", "NUTS", "GT", "EUR");

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\b(alt|title|placeholder|aria-label|content|value)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                literalWords(Files.readString(file)).forEach(word -> problems.add(file + ": " + word));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void findsLiteralWordsInTextAndAttributes() {
        assertThat(literalWords("<p>Bonjour ${page.t(\"x\")}</p>")).containsExactly("Bonjour");
        assertThat(literalWords("<img alt=\"Logo here\" src=\"${x}\">")).containsExactly("Logo", "here");
        assertThat(literalWords("@if(a.b(\"c\"))<p>${page.t(\"k\")}</p>@endif")).isEmpty();
        assertThat(literalWords("@template.layout.page(page = page, content = @`<h1>Titre</h1>`)")).containsExactly("Titre");
        assertThat(literalWords("<a href=\"/fr/x\" class=\"btn primary\">${page.t(\"k\")}</a>")).isEmpty();
    }

    static List<String> literalWords(String template) {
        String text = stripCode(template);
        List<String> words = new ArrayList<>();
        Matcher attributes = TEXT_ATTRIBUTE.matcher(text);
        while (attributes.find()) {
            if (!attributes.group(1).equals("content") || !attributes.group(2).contains("width=")) {
                collect(attributes.group(2), words);
            }
        }
        String withoutTags = text.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
        collect(withoutTags, words);
        return words;
    }

    private static void collect(String text, List<String> words) {
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (!ALLOWED.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
    }

    /** Removes jte comments, directives and expressions, keeping markup and text. */
    static String stripCode(String template) {
        String text = template.replaceAll("(?s)<%--.*?--%>", " ").replaceAll("(?s)<!--.*?-->", " ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int skipTo = codeEnd(text, i);
            if (skipTo > i) {
                out.append(' ');
                i = skipTo;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString().replaceAll("(?m)^\\s*@(import|param)\\b.*$", " ")
                .replaceAll("@(endif|endfor|else|raw|endraw)\\b", " ");
    }

    /** Where a jte expression or directive starting at i ends, or i when none starts there. */
    private static int codeEnd(String text, int i) {
        if (text.startsWith("${", i) || text.startsWith("!{", i)) {
            return closing(text, i + 1, '{', '}');
        }
        if (text.startsWith("$unsafe{", i)) {
            return closing(text, i + 7, '{', '}');
        }
        Matcher directive = Pattern.compile("@(if|elseif|for|template\\.[\\w.]+)\\s*\\(").matcher(text).region(i, text.length());
        if (directive.lookingAt()) {
            return closing(text, directive.end() - 1, '(', ')');
        }
        return i;
    }

    private static int closing(String text, int open, char opening, char closing) {
        int depth = 0;
        boolean inString = false;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (!inString && text.startsWith("@`", j)) {
                return j + 2;
            }
            if (c == '"' && text.charAt(j - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == opening) {
                depth++;
            } else if (!inString && c == closing && --depth == 0) {
                return j + 1;
            }
        }
        return text.length();
    }
}
