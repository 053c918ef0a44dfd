package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.Deliverable;
import eu.cybersudoe.committees.internal.DeliverableRegister;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deliverable as typed, checked field by field so that each error shows beside its field and nothing typed is lost. */
public record DeliverableForm(String code, String workPackage, String kind, String title, String termsOfReference,
                              String ownerPartnerId, String dueOn) {

    static final DeliverableForm EMPTY = new DeliverableForm("", "", "", "", "", "", "");

    public DeliverableForm {
        code = orEmpty(code);
        workPackage = orEmpty(workPackage);
        kind = orEmpty(kind);
        title = orEmpty(title);
        termsOfReference = orEmpty(termsOfReference);
        ownerPartnerId = orEmpty(ownerPartnerId);
        dueOn = orEmpty(dueOn);
    }

    /** The errors of each field, none when the deliverable can be added. */
    FieldErrors check(Network network) {
        Map<String, List<MessageSourceResolvable>> errors = new LinkedHashMap<>();
        if (!code.strip().matches("[A-Za-z0-9.-]{1,40}")) {
            put(errors, "code", "committees.error.deliverableCode");
        }
        if (network.workPackage(workPackage).isEmpty()) {
            put(errors, "workPackage", "committees.error.deliverableWorkPackage");
        }
        if (MeetingController.enumOrNull(Deliverable.Kind.class, kind) == null) {
            put(errors, "kind", "committees.error.deliverableKind");
        }
        if (title.isBlank() || title.strip().length() > 300) {
            put(errors, "title", "committees.error.deliverableTitle");
        }
        if (termsOfReference.isBlank() || termsOfReference.strip().length() > 4000) {
            put(errors, "termsOfReference", "committees.error.deliverableTerms");
        }
        if (network.partnerTyped(ownerPartnerId).isEmpty()) {
            put(errors, "ownerPartnerId", "committees.error.deliverableOwner");
        }
        if (due() == null) {
            put(errors, "dueOn", "committees.error.deliverableDue");
        }
        return errors.isEmpty() ? FieldErrors.NONE : new FieldErrors(errors, List.of());
    }

    /** The deliverable to add, once {@link #check} found nothing wrong. */
    DeliverableRegister.Details details() {
        return new DeliverableRegister.Details(code.strip(), workPackage, Deliverable.Kind.valueOf(kind), title.strip(),
                termsOfReference.strip(), ownerPartnerId, due());
    }

    private LocalDate due() {
        try {
            return LocalDate.parse(dueOn);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static void put(Map<String, List<MessageSourceResolvable>> errors, String field, String key) {
        errors.put(field, List.of(new DefaultMessageSourceResolvable(new String[]{key}, key)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
