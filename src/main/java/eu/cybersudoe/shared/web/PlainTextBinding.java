package eu.cybersudoe.shared.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Text sent to any handler may not hold control characters other than tab and line breaks (a NUL byte,
 * an escape…): databases refuse some of them and none of them is something a person typed. Bound to a
 * form, such a value is a {@code controlCharacters} error on its own field, shown with the form; elsewhere
 * the request is refused as not understood (400).
 */
@ControllerAdvice
class PlainTextBinding {

    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** The message code of a value holding control characters. */
    static final String CODE = "controlCharacters";

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainText());
        binder.setBindingErrorProcessor(new Errors());
    }

    static boolean plain(String text) {
        return text == null || !CONTROL.matcher(text).find();
    }

    static final class PlainText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (!plain(text)) {
                throw new ControlCharacters();
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static final class ControlCharacters extends IllegalArgumentException {
        ControlCharacters() {
            super("Control characters in a text value");
        }
    }

    /** Puts a refused value on its field under its own code, other binding errors as Spring does. */
    static final class Errors extends DefaultBindingErrorProcessor {
        @Override
        public void processPropertyAccessException(PropertyAccessException failure, BindingResult binding) {
            if (failure.getMostSpecificCause() instanceof ControlCharacters) {
                String field = failure.getPropertyName();
                binding.addError(new FieldError(binding.getObjectName(), field, failure.getValue(), true,
                        binding.resolveMessageCodes(CODE, field), null, null));
            } else {
                super.processPropertyAccessException(failure, binding);
            }
        }
    }
}
