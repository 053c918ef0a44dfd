package eu.cybersudoe.accounts.internal;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Judges a new password with zxcvbn (its dictionaries of common passwords, names and words, and
 * the person's own e-mail address and name as further weak words): at least
 * {@value #MIN_LENGTH} characters and a score of at least {@value #MIN_SCORE} out of 4.
 * What is wrong comes back as message keys, {@code password.weak.<zxcvbn's key>}, translated in the
 * {@code signin} bundle.
 */
@Component
public class PasswordStrength {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;
    static final String KEY_PREFIX = "password.weak.";
    /** Said when zxcvbn finds the password weak without a warning of its own. */
    static final String GENERIC = KEY_PREFIX + "generic";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * The message keys of what makes the password weak, warning first; empty when it is strong enough.
     *
     * @param ownWords the person's e-mail address, name and any other word of theirs
     */
    public List<String> weaknesses(String password, String... ownWords) {
        if (password == null || password.length() < MIN_LENGTH) {
            return List.of("password.tooShort");
        }
        Strength strength = zxcvbn.measure(password, personalWords(ownWords));
        if (strength.getScore() >= MIN_SCORE) {
            return List.of();
        }
        Feedback feedback = strength.getFeedback().withResourceBundle(KeysAsTexts.INSTANCE);
        List<String> keys = new ArrayList<>();
        String warning = feedback.getWarning(Locale.ROOT);
        if (warning != null && !warning.isBlank()) {
            keys.add(KEY_PREFIX + warning);
        } else {
            keys.add(GENERIC);
        }
        feedback.getSuggestions(Locale.ROOT).stream().filter(s -> !s.isBlank()).map(s -> KEY_PREFIX + s).forEach(keys::add);
        return List.copyOf(keys);
    }

    /** The address, its parts before the @ and split at dots and dashes, and the words of the name. */
    static List<String> personalWords(String... ownWords) {
        List<String> words = new ArrayList<>();
        for (String word : ownWords) {
            if (word == null || word.isBlank()) {
                continue;
            }
            String lower = withoutAccents(word.strip().toLowerCase(Locale.ROOT));
            words.add(lower);
            String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
            words.add(local);
            words.add(local.replaceAll("[^\\p{L}\\p{N}]+", ""));
            Stream.of(local.split("[^\\p{L}\\p{N}]+")).filter(part -> part.length() >= 3).forEach(words::add);
            if (lower.contains("@")) {
                Stream.of(lower.substring(lower.indexOf('@') + 1).split("\\.")).filter(part -> part.length() >= 3).forEach(words::add);
            }
        }
        return words;
    }

    private static String withoutAccents(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Makes zxcvbn hand back its message keys rather than its own English text. */
    private static final class KeysAsTexts extends ResourceBundle {

        static final KeysAsTexts INSTANCE = new KeysAsTexts();

        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return java.util.Collections.emptyEnumeration();
        }
    }
}
