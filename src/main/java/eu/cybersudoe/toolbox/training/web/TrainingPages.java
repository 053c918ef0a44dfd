package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.Toolbox;
import eu.cybersudoe.toolbox.training.Enrolment;
import eu.cybersudoe.toolbox.training.Programme;
import eu.cybersudoe.toolbox.training.Progress;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingModule;
import eu.cybersudoe.toolbox.training.TrainingSession;
import eu.cybersudoe.toolbox.training.TrainingStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** Builds what the training pages show a reader: modules with their progress, sessions, staff who can be enrolled. */
@Component
class TrainingPages {

    private final TrainingStore store;
    private final Toolbox toolbox;
    private final StaffDirectory staff;
    private final Network network;
    private final MessageSource messages;
    private final Clock clock;

    TrainingPages(TrainingStore store, Toolbox toolbox, StaffDirectory staff, Network network, MessageSource messages, Clock clock) {
        this.store = store;
        this.toolbox = toolbox;
        this.staff = staff;
        this.network = network;
        this.messages = messages;
        this.clock = clock;
    }

    List<ModuleRow> modules(Programme programme, Progress progress, Language language) {
        return programme.modules().stream().map(m -> new ModuleRow(m, m.title().in(language).text(), items(m, language),
                progress.attended(m.id()), store.bestScore(m.id(), progress.accountId()).orElse(null), progress.passed(m.id())))
                .toList();
    }

    private List<ModuleRow.ItemLink> items(TrainingModule module, Language language) {
        return module.items().stream().flatMap(id -> toolbox.item(id).stream())
                .map(item -> new ModuleRow.ItemLink(item.title().in(language).text(), "/" + language.code() + item.link()))
                .toList();
    }

    List<SessionRow> sessions(Programme programme, Trainee reader, Language language) {
        return store.sessions(programme.id()).stream().map(s -> session(programme, s, reader, language)).toList();
    }

    SessionRow session(Programme programme, TrainingSession session, Trainee reader, Language language) {
        List<Enrolment> enrolments = store.enrolments(session.id());
        boolean all = session.recordableBy(reader);
        List<Enrolment> shown = enrolments.stream().filter(e -> all || reader.sees(e.partnerId()) || e.accountId() == reader.accountId())
                .toList();
        List<String> modules = session.modules().stream().flatMap(id -> programme.module(id).stream())
                .map(m -> m.title().in(language).text()).toList();
        return new SessionRow(session, when(session, language), modules, shown,
                enrolments.stream().anyMatch(e -> e.accountId() == reader.accountId()),
                !session.started(clock.instant()) && session.seatsLeft() > 0);
    }

    /** The session's dates and times where it is held, with that place's time zone and offset. */
    String when(TrainingSession session, Language language) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        var start = session.localStart();
        var end = session.localEnd();
        String zone = messages.getMessage("training.zone." + session.zone().getId(), null, session.zone().getId(), language.locale());
        String offset = "UTC" + start.getOffset().getId().replace("Z", "+00:00");
        String span = start.toLocalDate().equals(end.toLocalDate())
                ? start.format(day) + ", " + start.format(time) + " – " + end.format(time)
                : start.format(day) + ", " + start.format(time) + " – " + end.format(day) + ", " + end.format(time);
        return span + " (" + zone + ", " + offset + ")";
    }

    /** Whom the reader may enrol: everyone for admins, their partner's staff for managers, themselves otherwise. */
    List<StaffChoice> enrollable(Trainee reader) {
        List<StaffChoice> choices = new ArrayList<>();
        List<Partner> partners = reader.admin() ? network.partners()
                : reader.manager() ? network.partnerTyped(reader.partnerId()).stream().toList() : List.of();
        for (Partner partner : partners) {
            staff.staffOf(partner.id().value()).forEach(m -> choices.add(new StaffChoice(partner.id().value() + ":" + m.accountId(),
                    m.displayName() + " (" + partner.shortName() + ")")));
        }
        return choices;
    }

    /** Trainers an admin may choose: the staff of every partner. */
    List<StaffChoice> trainers() {
        List<StaffChoice> choices = new ArrayList<>();
        for (Partner partner : network.partners()) {
            staff.staffOf(partner.id().value()).forEach(m -> choices.add(new StaffChoice(String.valueOf(m.accountId()),
                    m.displayName() + " (" + partner.shortName() + ")")));
        }
        return choices;
    }

    String partnerName(String partnerId) {
        return network.partnerTyped(partnerId).map(Partner::shortName).orElse(partnerId);
    }
}
