package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.toolbox.training.TrainingRefused;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

/** Who acts on the training pages, the language of a path, and refusals shown on their field. */
final class TrainingScope {

    /** The form field each refusal belongs to; others are shown above the form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("training.refused.title", "titleFr"),
            Map.entry("training.refused.assessment", "assessment"),
            Map.entry("training.refused.passMark", "passMark"),
            Map.entry("training.refused.items", "items"),
            Map.entry("training.refused.modules", "modules"),
            Map.entry("training.refused.endsBeforeStart", "ends"),
            Map.entry("training.refused.when", "starts"),
            Map.entry("training.refused.where", "place"),
            Map.entry("training.refused.link", "onlineUrl"),
            Map.entry("training.refused.capacity", "capacity"),
            Map.entry("training.refused.trainer", "trainer"),
            Map.entry("training.refused.future", "heldOn"),
            Map.entry("training.refused.date", "heldOn"),
            Map.entry("training.refused.place", "place"),
            Map.entry("training.refused.people", "people"),
            Map.entry("training.refused.structures", "structures"),
            Map.entry("training.refused.structure", "structures"));

    private TrainingScope() {
    }

    static eu.cybersudoe.toolbox.training.Trainee trainee(HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        String partner = CurrentUser.actingPartner(request).orElse(user.partnerId());
        return new eu.cybersudoe.toolbox.training.Trainee(user.accountId(), user.displayName(), partner,
                user.role() == Role.PARTNER_MANAGER, user.role() == Role.NETWORK_ADMIN);
    }

    static Language language(String code) {
        return Language.fromCode(code).orElse(Language.DEFAULT);
    }

    /** A refusal as the errors of a form: on its field, or above the form. */
    static FieldErrors errors(TrainingRefused refused) {
        MessageSourceResolvable message = new DefaultMessageSourceResolvable(new String[]{refused.messageKey()}, refused.messageKey());
        String field = FIELDS.get(refused.messageKey());
        return field == null ? new FieldErrors(Map.of(), List.of(message)) : new FieldErrors(Map.of(field, List.of(message)), List.of());
    }
}
