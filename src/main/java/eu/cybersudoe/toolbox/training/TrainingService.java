package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.Answers;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.toolbox.internal.ItemStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The training's moves: network admins set up the programme (modules linked to toolbox items, with
 * their assessment and pass mark) and its sessions; partner staff enrol themselves, their manager
 * enrols them; the session's trainer records attendance per module; each person takes the modules'
 * assessments; the certificate is issued as soon as every module is attended and passed; certified
 * managers record the relays they train. Every refusal is a {@link TrainingRefused}.
 */
@Service
@Transactional
public class TrainingService {

    /** Most people a relay session may count (a typing slip beyond). */
    static final int MAX_RELAYS = 500;

    private final TrainingStore store;
    private final TrainingAssessments assessments;
    private final StaffDirectory staff;
    private final AccountDirectory accounts;
    private final CompanyRegistry registry;
    private final ItemStore items;
    private final Clock clock;

    TrainingService(TrainingStore store, TrainingAssessments assessments, StaffDirectory staff, AccountDirectory accounts,
                    CompanyRegistry registry, ItemStore items, Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.staff = staff;
        this.accounts = accounts;
        this.registry = registry;
        this.items = items;
        this.clock = clock;
    }

    public long createProgramme(Trainee actor, LocalizedText title) {
        adminOnly(actor);
        if (title.isEmpty()) {
            throw new TrainingRefused("training.refused.title");
        }
        return store.insertProgramme(title, actor.accountId(), clock.instant());
    }

    public long addModule(Trainee actor, long programmeId, LocalizedText title, String assessment, int passMark, List<Long> itemIds) {
        adminOnly(actor);
        store.programme(programmeId).orElseThrow(() -> new TrainingRefused("training.refused.unknown"));
        if (title.isEmpty()) {
            throw new TrainingRefused("training.refused.title");
        }
        if (assessments.of(assessment).isEmpty()) {
            throw new TrainingRefused("training.refused.assessment");
        }
        if (passMark < 1 || passMark > 100) {
            throw new TrainingRefused("training.refused.passMark");
        }
        if (itemIds.isEmpty() || items.findAll(itemIds).size() != itemIds.stream().distinct().count()) {
            throw new TrainingRefused("training.refused.items");
        }
        return store.insertModule(programmeId, title, assessment, passMark, itemIds.stream().distinct().toList());
    }

    /** A session; its trainer is a member of a partner's staff (any partner). */
    public long addSession(Trainee actor, long programmeId, List<Long> modules, Instant starts, Instant ends, ZoneId zone,
                           long trainerId, String place, String onlineUrl, int capacity) {
        adminOnly(actor);
        Programme programme = store.programme(programmeId).orElseThrow(() -> new TrainingRefused("training.refused.unknown"));
        if (modules.isEmpty() || !modules.stream().allMatch(m -> programme.module(m).isPresent())) {
            throw new TrainingRefused("training.refused.modules");
        }
        if (!ends.isAfter(starts)) {
            throw new TrainingRefused("training.refused.endsBeforeStart");
        }
        if (blank(place) && blank(onlineUrl)) {
            throw new TrainingRefused("training.refused.where");
        }
        if (!blank(onlineUrl) && !onlineUrl.strip().matches("https://\\S+")) {
            throw new TrainingRefused("training.refused.link");
        }
        if (capacity < 1 || capacity > 500) {
            throw new TrainingRefused("training.refused.capacity");
        }
        String trainer = accounts.account(trainerId).map(AccountDirectory.AccountCard::displayName)
                .orElseThrow(() -> new TrainingRefused("training.refused.trainer"));
        return store.insertSession(programmeId, modules.stream().distinct().toList(), starts, ends, zone, trainerId, trainer,
                blank(place) ? null : place.strip(), blank(onlineUrl) ? null : onlineUrl.strip(), capacity, clock.instant());
    }

    /** Enrols a member of a partner's staff: themselves, by their manager, or by a network admin. */
    public void enrol(Trainee actor, long sessionId, long accountId, String partnerId) {
        if (!actor.mayActFor(accountId, partnerId)) {
            throw new TrainingRefused("training.refused.notYourStaff");
        }
        StaffMember member = staffMember(partnerId, accountId);
        TrainingSession session = store.sessionForUpdate(sessionId).orElseThrow(() -> new TrainingRefused("training.refused.unknown"));
        boolean already = store.enrolments(sessionId).stream().anyMatch(e -> e.accountId() == accountId);
        session.checkEnrolment(clock.instant(), already);
        store.insertEnrolment(sessionId, accountId, partnerId, member.displayName(), actor.accountId(), clock.instant());
    }

    /** Records (or withdraws) a person's attendance at a module of a session; may complete their training. */
    public void recordAttendance(Trainee actor, long sessionId, long moduleId, long accountId, boolean attended) {
        TrainingSession session = store.session(sessionId).orElseThrow(() -> new TrainingRefused("training.refused.unknown"));
        Enrolment enrolment = store.enrolments(sessionId).stream().filter(e -> e.accountId() == accountId).findFirst().orElse(null);
        session.checkAttendance(actor, moduleId, enrolment != null, clock.instant());
        if (!attended) {
            store.absent(moduleId, accountId, sessionId);
            return;
        }
        store.attend(moduleId, accountId, sessionId, enrolment.partnerId(), session.localStart().toLocalDate(), actor.accountId(),
                clock.instant());
        certifyWhenComplete(session.programmeId(), enrolment);
    }

    /** Scores a person's own answers to a module's assessment; a pass may complete their training. */
    public Attempt takeAssessment(Trainee actor, long moduleId, Map<String, String> answers) {
        TrainingModule module = store.module(moduleId).orElseThrow(() -> new TrainingRefused("training.refused.unknown"));
        Enrolment enrolment = store.enrolmentsOfProgramme(module.programmeId()).stream()
                .filter(e -> e.accountId() == actor.accountId()).findFirst()
                .orElseThrow(() -> new TrainingRefused("training.refused.notEnrolled"));
        Questionnaire questionnaire = assessments.of(module.assessment()).orElseThrow();
        int score = assessments.score(questionnaire, new Answers(answers));
        boolean passed = module.passes(score);
        store.insertAttempt(moduleId, actor.accountId(), score, passed, answers.entrySet().stream()
                .map(a -> a.getKey() + "=" + a.getValue()).sorted().collect(Collectors.joining("\n")), clock.instant());
        if (passed) {
            certifyWhenComplete(module.programmeId(), enrolment);
        }
        return new Attempt(score, module.passMark(), passed);
    }

    /** The result of an assessment. */
    public record Attempt(int score, int passMark, boolean passed) {
    }

    private void certifyWhenComplete(long programmeId, Enrolment enrolment) {
        Programme programme = store.programme(programmeId).orElseThrow();
        Progress progress = store.progress(programme, enrolment.accountId());
        if (progress.complete() && progress.certificate().isEmpty()) {
            progress.checkCertifiable();
            store.insertCertificate(programmeId, enrolment.accountId(), enrolment.partnerId(), enrolment.personName(),
                    LocalDate.now(clock), clock.instant());
        }
    }

    /** Records a session in which a certified manager trained local relays. */
    public long recordRelays(Trainee actor, LocalDate heldOn, String place, int people, List<String> names,
                             List<RelaySession.Typed> structures) {
        if (actor.partnerId() == null || !store.certified(actor.accountId())) {
            throw new TrainingRefused("training.refused.notCertified");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new TrainingRefused("training.refused.future");
        }
        if (blank(place)) {
            throw new TrainingRefused("training.refused.place");
        }
        List<String> named = names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (people < 1 || people > MAX_RELAYS || named.size() > people) {
            throw new TrainingRefused("training.refused.people");
        }
        if (structures.isEmpty()) {
            throw new TrainingRefused("training.refused.structures");
        }
        if (structures.stream().anyMatch(s -> blank(s.name()) || s.country() == null)) {
            throw new TrainingRefused("training.refused.structure");
        }
        List<RelaySession.Structure> found = structures.stream()
                .map(s -> new RelaySession.Structure(s.name().strip(), s.country(),
                        registry.findByName(s.country(), s.name(), s.postcode()).map(CompanyId::value).orElse(null)))
                .toList();
        return store.insertRelaySession(actor.accountId(), actor.partnerId(), heldOn, place.strip(), people, named, found,
                clock.instant());
    }

    private StaffMember staffMember(String partnerId, long accountId) {
        if (partnerId == null) {
            throw new TrainingRefused("training.refused.notYourStaff");
        }
        return staff.staffOf(partnerId).stream().filter(m -> m.accountId() == accountId).findFirst()
                .orElseThrow(() -> new TrainingRefused("training.refused.notYourStaff"));
    }

    private static void adminOnly(Trainee actor) {
        if (!actor.admin()) {
            throw new TrainingRefused("training.refused.adminOnly");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
