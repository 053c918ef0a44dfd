package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.Question;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In demo mode ({@code cybersudoe.demo=true}), after the demo toolbox items: a programme of three
 * modules linked to published items, two sessions already held (one in a room, one online) and one
 * to come, two people of each partner's staff enrolled, attendance recorded by the trainer,
 * assessments passed (and one failed first), the certificates that follow, and relay sessions of
 * some certified managers. Everything goes through {@link TrainingService}; only the held sessions'
 * dates are moved into the past once the enrolments are taken. Only when there is no programme yet.
 */
@Component
class DemoTraining {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);
    private static final List<String> ASSESSMENTS = List.of("toolbox-use", "awareness-session", "relay-training");

    private final boolean enabled;
    private final TrainingService training;
    private final TrainingStore store;
    private final TrainingAssessments assessments;
    private final ItemSearch items;
    private final StaffDirectory staff;
    private final Network network;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoTraining(@Value("${cybersudoe.demo:false}") boolean enabled, TrainingService training, TrainingStore store,
                 TrainingAssessments assessments, ItemSearch items, StaffDirectory staff, Network network, JdbcClient jdbc, Clock clock) {
        this.enabled = enabled;
        this.training = training;
        this.store = store;
        this.assessments = assessments;
        this.items = items;
        this.staff = staff;
        this.network = network;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(61)
    public void onReady() {
        if (enabled) {
            create();
        }
    }

    /** Adds the demo training when there is none; returns the number of certificates issued. */
    int create() {
        if (!store.programmes().isEmpty()) {
            log.info("Demo mode: a training programme exists, no demo training added");
            return 0;
        }
        List<Partner> partners = network.partners();
        List<StaffMember> leadStaff = partners.isEmpty() ? List.of() : staff.staffOf(partners.getFirst().id().value());
        List<Item> published = items.published(ItemSearch.Filter.NONE, 1, 30).items();
        if (leadStaff.isEmpty() || published.size() < 2) {
            log.info("Demo mode: no demo training (staff or published toolbox items missing)");
            return 0;
        }
        StaffMember lead = leadStaff.getFirst();
        Trainee admin = new Trainee(lead.accountId(), lead.displayName(), partners.getFirst().id().value(), true, true);
        long programme = training.createProgramme(admin, new LocalizedText(Map.of(Language.FR, "Formation des chefs de projet 2027",
                Language.ES, "Formación de los jefes de proyecto 2027", Language.PT, "Formação dos chefes de projeto 2027",
                Language.EN, "Project managers' training 2027"), Language.FR));
        List<Long> modules = new ArrayList<>();
        for (int i = 0; i < ASSESSMENTS.size(); i++) {
            String code = ASSESSMENTS.get(i);
            LocalizedText title = assessments.of(code).orElseThrow().title();
            modules.add(training.addModule(admin, programme, title, code, 70,
                    List.of(published.get(i % published.size()).id(), published.get((i + 1) % published.size()).id())));
        }
        Instant soon = clock.instant().plus(Duration.ofDays(1));
        long room = training.addSession(admin, programme, modules, soon, soon.plus(Duration.ofHours(7)), ZoneId.of("Europe/Paris"),
                lead.accountId(), "Maison de l'innovation, Clermont-Ferrand", null, 12);
        long online = training.addSession(admin, programme, modules, soon, soon.plus(Duration.ofHours(6)), ZoneId.of("Europe/Lisbon"),
                lead.accountId(), null, "https://visio.cybersudoe.eu/formation-2027", 12);
        Instant later = clock.instant().plus(Duration.ofDays(45));
        training.addSession(admin, programme, modules, later, later.plus(Duration.ofHours(7)), ZoneId.of("Europe/Madrid"),
                lead.accountId(), "Centro de Empresas, Burgos", null, 10);
        Map<StaffMember, String> enrolled = enrol(partners, room, online);
        held(room, 30);
        held(online, 20);
        int certified = attendAndPass(enrolled, room, online, modules, lead);
        relays(enrolled);
        log.info("Demo mode: training programme with {} enrolled and {} certified added", enrolled.size(), certified);
        return certified;
    }

    /** Two people of each partner's staff, the first half in the room, the rest online. */
    private Map<StaffMember, String> enrol(List<Partner> partners, long room, long online) {
        Map<StaffMember, String> enrolled = new LinkedHashMap<>();
        for (int p = 0; p < partners.size(); p++) {
            String partner = partners.get(p).id().value();
            for (StaffMember member : staff.staffOf(partner).stream().limit(2).toList()) {
                Trainee self = new Trainee(member.accountId(), member.displayName(), partner, false, false);
                long session = p < partners.size() / 2 ? room : online;
                try {
                    training.enrol(self, session, member.accountId(), partner);
                    enrolled.put(member, partner);
                } catch (TrainingRefused full) {
                    log.debug("Demo mode: {} not enrolled ({})", member.displayName(), full.messageKey());
                }
            }
        }
        return enrolled;
    }

    private void held(long session, int daysAgo) {
        Instant start = clock.instant().minus(Duration.ofDays(daysAgo));
        jdbc.sql("update training_session set starts_at = ?, ends_at = ? where id = ?")
                .params(Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(7))), session).update();
    }

    /** Everyone attends every module but the last person of each session, who misses the last one; one fails once first. */
    private int attendAndPass(Map<StaffMember, String> enrolled, long room, long online, List<Long> modules, StaffMember lead) {
        Trainee trainer = new Trainee(lead.accountId(), lead.displayName(), null, false, false);
        List<Map.Entry<StaffMember, String>> people = new ArrayList<>(enrolled.entrySet());
        int certified = 0;
        for (int i = 0; i < people.size(); i++) {
            StaffMember member = people.get(i).getKey();
            long session = store.enrolments(room).stream().anyMatch(e -> e.accountId() == member.accountId()) ? room : online;
            boolean missesOne = i == people.size() - 1;
            for (int m = 0; m < modules.size(); m++) {
                if (!(missesOne && m == modules.size() - 1)) {
                    training.recordAttendance(trainer, session, modules.get(m), member.accountId(), true);
                }
            }
            Trainee self = new Trainee(member.accountId(), member.displayName(), people.get(i).getValue(), false, false);
            for (int m = 0; m < modules.size(); m++) {
                if (i == 1 && m == 0) {
                    training.takeAssessment(self, modules.get(m), answers(ASSESSMENTS.get(m), false));
                }
                training.takeAssessment(self, modules.get(m), answers(ASSESSMENTS.get(m), true));
            }
            if (!missesOne) {
                certified++;
            }
        }
        return certified;
    }

    /** Every question answered with its best option, or its worst. */
    private Map<String, String> answers(String assessment, boolean right) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : assessments.of(assessment).orElseThrow().questions()) {
            var options = question.options().stream()
                    .sorted((a, b) -> right ? Integer.compare(b.score(), a.score()) : Integer.compare(a.score(), b.score())).toList();
            answers.put(question.code(), options.getFirst().code());
        }
        return answers;
    }

    /** A relay session for every other certified manager. */
    private void relays(Map<StaffMember, String> enrolled) {
        int n = 0;
        for (Map.Entry<StaffMember, String> person : enrolled.entrySet()) {
            Trainee self = new Trainee(person.getKey().accountId(), person.getKey().displayName(), person.getValue(), false, false);
            if (n++ % 2 != 0 || store.certificates(self.accountId(), null).isEmpty()) {
                continue;
            }
            Country country = network.partnerTyped(person.getValue()).map(Partner::country).orElse(Country.FR);
            training.recordRelays(self, LocalDate.now(clock).minusDays(5 + n), place(country), 8 + n, List.of(),
                    List.of(new RelaySession.Typed(structure(country), country, "")));
        }
    }

    private static String place(Country country) {
        return switch (country) {
            case FR -> "Chambre de commerce, Clermont-Ferrand";
            case ES -> "Cámara de Comercio, Burgos";
            case PT -> "Associação Empresarial, Braga";
        };
    }

    private static String structure(Country country) {
        return switch (country) {
            case FR -> "Association des commerçants du Puy-de-Dôme";
            case ES -> "Asociación de Empresarios de Burgos";
            case PT -> "Associação Comercial de Braga";
        };
    }
}
