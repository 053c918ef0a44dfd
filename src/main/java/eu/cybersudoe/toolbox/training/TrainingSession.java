package eu.cybersudoe.toolbox.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A session of a programme: when (with the time zone of where it is held), who trains, where or
 * through which link, how many seats, which modules it teaches, and how many are enrolled.
 * Its moves refuse what cannot be: enrolling once it has started, when full or twice; recording
 * attendance before it starts, by anyone but its trainer, for a module it does not teach or a
 * person not enrolled.
 */
public record TrainingSession(long id, long programmeId, List<Long> modules, Instant startsAt, Instant endsAt, ZoneId zone,
                              long trainerId, String trainerName, String place, String onlineUrl, int capacity, int enrolled) {

    public TrainingSession {
        modules = List.copyOf(modules);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(zone);
    }

    public boolean online() {
        return onlineUrl != null && !onlineUrl.isBlank();
    }

    public int seatsLeft() {
        return Math.max(0, capacity - enrolled);
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Refuses an enrolment this session cannot take. */
    public void checkEnrolment(Instant now, boolean alreadyEnrolled) {
        if (started(now)) {
            throw new TrainingRefused("training.refused.started");
        }
        if (alreadyEnrolled) {
            throw new TrainingRefused("training.refused.enrolledAlready");
        }
        if (enrolled >= capacity) {
            throw new TrainingRefused("training.refused.full");
        }
    }

    /** Whether the person may record attendance at this session: its trainer or a network admin. */
    public boolean recordableBy(Trainee trainee) {
        return trainee.admin() || trainee.accountId() == trainerId;
    }

    /** Refuses attendance this session cannot record. */
    public void checkAttendance(Trainee recorder, long moduleId, boolean personEnrolled, Instant now) {
        if (!recordableBy(recorder)) {
            throw new TrainingRefused("training.refused.notTrainer");
        }
        if (!modules.contains(moduleId)) {
            throw new TrainingRefused("training.refused.moduleNotTaught");
        }
        if (!personEnrolled) {
            throw new TrainingRefused("training.refused.notEnrolled");
        }
        if (!started(now)) {
            throw new TrainingRefused("training.refused.notStarted");
        }
    }
}
