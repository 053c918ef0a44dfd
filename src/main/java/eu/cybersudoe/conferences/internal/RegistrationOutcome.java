package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.Registration.Problem;

import java.util.List;

/** What became of a registration request. */
public sealed interface RegistrationOutcome {

    /** A seat was taken. */
    record Confirmed(Registration registration) implements RegistrationOutcome {
    }

    /** The conference is full: the person is on the waiting list. */
    record Waiting(Registration registration) implements RegistrationOutcome {
    }

    /** The address is already registered (or waiting) for this conference. */
    record Duplicate() implements RegistrationOutcome {
    }

    /** Registration is not open (not published, not yet open, closed, started, cancelled), or no seat is left for a walk-in. */
    record NotOpen() implements RegistrationOutcome {
    }

    /** The company was refused by the registry, each problem naming its field. */
    record Rejected(List<Problem> problems) implements RegistrationOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
