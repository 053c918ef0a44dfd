package eu.cybersudoe.accounts.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** zxcvbn's judgement of passwords, with the person's own address and name as weak words. */
class PasswordStrengthTest {

    private final PasswordStrength strength = new PasswordStrength();

    @Test
    void refusesRepeatsCommonPasswordsAndShortOnes() {
        assertThat(strength.weaknesses("aaaaaaaaaaaa")).isNotEmpty();
        assertThat(strength.weaknesses("abcabcabcabcabc")).contains("password.weak.feedback.repeat.warning.likeABCABCABC");
        assertThat(strength.weaknesses("passwordpassword")).isNotEmpty()
                .allSatisfy(key -> assertThat(key).startsWith("password.weak."));
        assertThat(strength.weaknesses("123456789012")).isNotEmpty();
        assertThat(strength.weaknesses("short")).containsExactly("password.tooShort");
    }

    @Test
    void acceptsALongSentenceOfUncommonWords() {
        assertThat(strength.weaknesses("violet kayak under the tram 47")).isEmpty();
        assertThat(strength.weaknesses("a long enough password")).isEmpty();
    }

    @Test
    void countsTheOwnAddressAndNameAsWeakWords() {
        String password = "quirogaalbarracin";
        assertThat(strength.weaknesses(password, "someone@example.org", "Someone Else")).isEmpty();
        assertThat(strength.weaknesses(password, "teresa.quiroga@example.org", "Teresa Quiroga Albarracín")).isNotEmpty();
    }
}
