package eu.cybersudoe.shared.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation errors of a form, per field, for templates: each is resolved through the
 * message bundles in the page's language ({@code page.t(error)}), so nothing is hard-coded.
 */
public record FieldErrors(Map<String, List<MessageSourceResolvable>> byField, List<MessageSourceResolvable> global) {

    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    public static FieldErrors of(BindingResult binding) {
        Map<String, List<MessageSourceResolvable>> fields = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            fields.computeIfAbsent(error.getField(), f -> new java.util.ArrayList<>()).add(error);
        }
        return new FieldErrors(fields, List.copyOf(binding.getGlobalErrors()));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<MessageSourceResolvable> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean any() {
        return !byField.isEmpty() || !global.isEmpty();
    }
}
