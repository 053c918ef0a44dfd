package eu.cybersudoe.missions.internal;

import eu.cybersudoe.diagnostics.RetakeInvitations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up of delivered missions. Delivery adds a row to {@code mission_job}, due after
 * the set delay; a scheduler polls the due rows and claims each with a conditional update, so
 * that it runs once even with several nodes and survives restarts. When it runs, the company is
 * sent, after the claim commits ({@link Due}), a private link (only its hash is stored) to say
 * what it implemented, and invited to take the diagnostic again when the platform offers that.
 */
@Component
public class MissionFollowUps {

    static final String FOLLOW_UP = "FOLLOW_UP";
    private static final Logger log = LoggerFactory.getLogger(MissionFollowUps.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final MissionStore store;
    private final MissionMails mails;
    private final ObjectProvider<RetakeInvitations> retakes;
    private final FollowUpSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissionFollowUps(JdbcClient jdbc, MissionStore store, MissionMails mails, ObjectProvider<RetakeInvitations> retakes,
              FollowUpSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.mails = mails;
        this.retakes = retakes;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Plans the follow-up of a delivered mission, once. */
    void plan(Mission mission) {
        Instant due = mission.deliveredAt().atZone(ZoneOffset.UTC).plus(settings.followUpAfter()).toInstant();
        try {
            jdbc.sql("insert into mission_job (mission_id, kind, due_at) values (?, ?, ?)")
                    .params(mission.id(), FOLLOW_UP, Timestamp.from(due)).update();
        } catch (DuplicateKeyException planned) {
            log.debug("Mission {}: follow-up already planned", mission.id());
        }
    }

    /** When the follow-up of a mission is due, if planned and not yet sent. */
    public Optional<Instant> dueAt(long missionId) {
        return jdbc.sql("select due_at from mission_job where mission_id = ? and kind = ? and done_at is null")
                .params(missionId, FOLLOW_UP).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * A follow-up claimed from its job, to send once the claim has committed.
     *
     * @param missionId the mission
     */
    record Due(long missionId) {
    }

    /** Claims the follow-ups due now, each owed through {@link Due}; returns how many were claimed. */
    @Transactional
    public int runDue() {
        Instant now = clock.instant();
        List<long[]> due = jdbc.sql("select id, mission_id from mission_job where done_at is null and due_at <= ? order by due_at, id")
                .param(Timestamp.from(now)).query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        int claimed = 0;
        for (long[] job : due) {
            if (jdbc.sql("update mission_job set done_at = ? where id = ? and done_at is null")
                    .params(Timestamp.from(now), job[0]).update() == 1) {
                events.publishEvent(new Due(job[1]));
                claimed++;
            }
        }
        return claimed;
    }

    /**
     * Sends a claimed follow-up after the claim's commit, in a transaction of its own: a new link
     * is made each time, and stored only if the message went (a failure leaves the publication to
     * be retried, so the private link never waits in the event registry).
     */
    @ApplicationModuleListener
    void on(Due due) {
        store.find(due.missionId()).filter(m -> m.state() == MissionState.DELIVERED).ifPresent(this::ask);
    }

    private void ask(Mission mission) {
        String token = newToken();
        jdbc.sql("update mission set follow_up_hash = ? where id = ?").params(hash(token), mission.id()).update();
        String email = mission.request().contactEmail();
        if (email == null) {
            log.info("Mission {}: no address to send the follow-up to", mission.id());
            return;
        }
        mails.followUp(mission, token);
        RetakeInvitations invitations = retakes.getIfAvailable();
        if (invitations != null) {
            String questionnaire = mission.request().questionnaire() != null ? mission.request().questionnaire()
                    : settings.questionnaire();
            invitations.schedule(mission.company(), email, mission.request().language(), questionnaire, clock.instant(),
                    "mission:" + mission.id());
        }
    }

    /** The delivered mission a follow-up link opens, if the link is valid and not yet answered. */
    public Optional<Mission> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id from mission where follow_up_hash = ? and followed_up_at is null").param(hash(token))
                .query(Long.class).optional().flatMap(store::find);
    }

    /** Stores the company's answers and marks the mission as followed up. */
    @Transactional
    public boolean answer(String token, FollowUpAnswers answers, MissionService missions) {
        Optional<Mission> mission = byToken(token);
        if (mission.isEmpty() || !FollowUpAnswers.OUTCOMES.contains(answers.outcome())) {
            return false;
        }
        long id = mission.get().id();
        missions.change(id, m -> m.followUp(Actor.PLATFORM, clock.instant()));
        jdbc.sql("update mission set follow_up_answers = ?, followed_up_at = ? where id = ?")
                .params(MissionStore.JSON.writeValueAsString(answers), Timestamp.from(clock.instant()), id).update();
        return true;
    }

    /** The answers given, if any. */
    public Optional<FollowUpAnswers> answers(long missionId) {
        return jdbc.sql("select follow_up_answers from mission where id = ? and follow_up_answers is not null").param(missionId)
                .query(String.class).optional().map(json -> MissionStore.JSON.readValue(json, FollowUpAnswers.class));
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
