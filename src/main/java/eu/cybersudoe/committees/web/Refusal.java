package eu.cybersudoe.committees.web;

import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.List;
import java.util.Map;

/**
 * A form of the meeting's page refused on one of its fields: the error shown beside the field
 * (by the field's element id) and what the person typed, given back as it was.
 *
 * @param kept the values typed, by element id
 */
public record Refusal(FieldErrors errors, Map<String, String> kept) {

    public static final Refusal NONE = new Refusal(FieldErrors.NONE, Map.of());

    public Refusal {
        kept = Map.copyOf(kept);
    }

    /** A refusal of one field, with the message key of its error. */
    static Refusal on(String field, String key, List<Object> arguments, Map<String, String> kept) {
        return new Refusal(of(field, key, arguments), kept);
    }

    /** The errors of a form refused on one field. */
    static FieldErrors of(String field, String key, List<Object> arguments) {
        return new FieldErrors(Map.of(field, List.of(new DefaultMessageSourceResolvable(new String[]{key}, arguments.toArray(), key))),
                List.of());
    }

    /** What was typed in the field, or the value shown otherwise. */
    public String kept(String field, String otherwise) {
        return kept.getOrDefault(field, otherwise == null ? "" : otherwise);
    }
}
