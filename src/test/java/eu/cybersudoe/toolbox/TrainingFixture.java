package eu.cybersudoe.toolbox;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import eu.cybersudoe.toolbox.training.Programme;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingService;
import eu.cybersudoe.toolbox.training.TrainingStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cybersudoe.toolbox.ToolboxTestSupport.*;

/**
 * A programme of two modules (each linked to a published guide) with one session, its trainer and
 * an admin, made through the services; people of the partners' staff made as real accounts.
 */
final class TrainingFixture {

    /** Right answers of the two assessments used. */
    static final Map<String, String> TOOLBOX_USE = Map.of("publication", "other-partner", "outdated", "source-changed",
            "captions", "captions");
    static final Map<String, String> AWARENESS = Map.of("audience", "audience", "examples", "local-cases", "follow-up", "diagnostic");

    final TrainingService training;
    final TrainingStore store;
    final AccountService accounts;
    final JdbcClient jdbc;
    final Trainee admin;
    final Trainee trainer;
    final long programmeId;
    final long first;
    final long second;
    final long sessionId;

    TrainingFixture(TrainingService training, TrainingStore store, AccountService accounts, JdbcClient jdbc, ToolboxService toolbox,
                    ReviewChecklist checklist) {
        this.training = training;
        this.store = store;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.admin = person(Role.NETWORK_ADMIN, FRENCH);
        this.trainer = person(Role.ADVISOR, SPANISH);
        Actor author = staffOf(PORTUGUESE);
        long guide = guide(toolbox, author, Language.PT, "Guia da formação");
        publish(toolbox, checklist, author, staffOf(SPANISH), guide, Language.PT);
        programmeId = training.createProgramme(admin, LocalizedText.of(Language.FR, "Formation " + UUID.randomUUID()));
        first = training.addModule(admin, programmeId, LocalizedText.of(Language.FR, "Utiliser la boîte à outils"), "toolbox-use", 70,
                List.of(guide));
        second = training.addModule(admin, programmeId, LocalizedText.of(Language.FR, "Animer une séance"), "awareness-session", 70,
                List.of(guide));
        sessionId = session(List.of(first, second), 3);
    }

    long session(List<Long> modules, int capacity) {
        Instant starts = Instant.now().plus(Duration.ofDays(10));
        return training.addSession(admin, programmeId, modules, starts, starts.plus(Duration.ofHours(7)), ZoneId.of("Europe/Madrid"),
                trainer.accountId(), "Salle 2, Burgos", null, capacity);
    }

    /** A real staff account of a partner. */
    Trainee person(Role role, String partner) {
        String name = role.name().toLowerCase() + " " + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.createConfirmed(name.replace(' ', '.') + "@example.org", name, "{noop}x", role, partner, Language.FR).id();
        return new Trainee(id, name, partner, role == Role.PARTNER_MANAGER, role == Role.NETWORK_ADMIN);
    }

    /** Time passes: the session has started. */
    void start(long session) {
        Instant now = Instant.now();
        jdbc.sql("update training_session set starts_at = ?, ends_at = ? where id = ?")
                .params(Timestamp.from(now.minus(Duration.ofHours(2))), Timestamp.from(now.plus(Duration.ofHours(5))), session).update();
    }

    Programme programme() {
        return store.programme(programmeId).orElseThrow();
    }

    /** Enrolled, attended both modules and passed both assessments. */
    Trainee certified(String partner) {
        Trainee person = person(Role.PARTNER_MANAGER, partner);
        long session = session(List.of(first, second), 5);
        training.enrol(person, session, person.accountId(), partner);
        start(session);
        training.recordAttendance(trainer, session, first, person.accountId(), true);
        training.recordAttendance(trainer, session, second, person.accountId(), true);
        training.takeAssessment(person, first, TOOLBOX_USE);
        training.takeAssessment(person, second, AWARENESS);
        return person;
    }
}
