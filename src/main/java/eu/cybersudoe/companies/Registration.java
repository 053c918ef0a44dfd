package eu.cybersudoe.companies;

import java.util.List;

/** What became of an organisation handed to the registry. */
public sealed interface Registration {

    /**
     * Stored: a new organisation, or the one that already had the same national identifier.
     *
     * @param id      the organisation
     * @param created false when an existing organisation was found and the partner added to it
     */
    record Registered(CompanyId id, boolean created) implements Registration {
    }

    /** Refused, with every problem found, each naming its field and a message key. */
    record Rejected(List<Problem> problems) implements Registration {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One problem with one field.
     *
     * @param field      the field of {@link NewOrganisation}
     * @param messageKey the message explaining it, in the bundles
     * @param arguments  the message's arguments
     */
    record Problem(String field, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
