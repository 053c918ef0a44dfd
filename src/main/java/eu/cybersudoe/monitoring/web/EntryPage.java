package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.LocalizedText;

/**
 * The form entering an indicator's value of a semester.
 *
 * @param code       the indicator's code
 * @param name       its name
 * @param definition how to count it
 * @param unitKey    the message key of its unit
 * @param semester   the semester entered
 * @param partner    the acting partner's short name
 * @param entry      the entry already made, or null
 */
public record EntryPage(String code, LocalizedText.Shown name, LocalizedText.Shown definition, String unitKey, int semester,
                        String partner, EntriesView.Item entry) {

    /** Whether the entry is validated and can no longer change. */
    public boolean locked() {
        return entry != null && "monitoring.entry.state.validated".equals(entry.stateKey());
    }

    /**
     * What was typed, kept when it is refused.
     *
     * @param value   the value as typed
     * @param comment the comment
     * @param error   the message key of why it was refused, or null
     */
    public record Form(String value, String comment, String error) {
    }
}
