package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.monitoring.ReportRefused;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The progress reports: partners' parts, assembly with the report sections, approval and lock. */
@Service
class ReportService implements ProgressReports {

    private static final Set<Role> PARTNER_WRITERS = Set.of(Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR);
    private static final int LONGEST_REFERENCE = 120;

    private final ReportTable table;
    private final WrittenSections sections;
    private final Monitoring monitoring;
    private final ObjectProvider<Network> network;
    private final Clock clock;

    ReportService(ReportTable table, WrittenSections sections, Monitoring monitoring, ObjectProvider<Network> network, Clock clock) {
        this.table = table;
        this.sections = sections;
        this.monitoring = monitoring;
        this.network = network;
        this.clock = clock;
    }

    @Override
    public Optional<Part> part(int semester, PartnerId partner) {
        return table.part(semester, partner);
    }

    @Override
    public List<Part> parts(int semester) {
        List<String> order = network.getObject().partners().stream().map(p -> p.id().value()).toList();
        return table.parts(semester).stream().sorted(Comparator.comparingInt(p -> order.indexOf(p.partner().value()))).toList();
    }

    @Override
    public boolean mayWrite(PartnerId partner, Closer person) {
        return PARTNER_WRITERS.contains(person.role()) && person.partner().filter(partner::equals).isPresent();
    }

    @Override
    public boolean mayAssemble(Closer person) {
        return monitoring.mayClose(person);
    }

    @Override
    @Transactional
    public Part save(int semester, PartnerId partner, PartInput input, boolean submit, Closer person) {
        if (!mayWrite(partner, person)) {
            throw new ReportRefused("monitoring.report.refused.notYourPart");
        }
        semester(semester);
        if (network.getObject().partner(partner).isEmpty()) {
            throw new ReportRefused("monitoring.report.refused.noPartner");
        }
        refuseWhenApproved(semester);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> workPackages = network.getObject().workPackages().stream().map(WorkPackage::code).toList();
        input.progress().forEach((code, text) -> {
            if (!workPackages.contains(code)) {
                errors.put(PROGRESS + code, "monitoring.report.refused.workPackage");
            } else if (text != null && text.strip().length() > LONGEST) {
                errors.put(PROGRESS + code, "monitoring.report.refused.tooLong");
            }
        });
        check(errors, DEVIATIONS, input.deviations(), submit);
        check(errors, PROBLEMS, input.problems(), submit);
        check(errors, NEXT_STEPS, input.nextSteps(), submit);
        if (submit && input.progress().values().stream().allMatch(text -> text == null || text.isBlank())) {
            errors.put(PROGRESS + (workPackages.isEmpty() ? "" : workPackages.getFirst()), "monitoring.report.refused.noProgress");
        }
        if (!errors.isEmpty()) {
            throw new ReportRefused(errors);
        }
        table.savePart(semester, partner, input, submit ? Status.SUBMITTED : Status.DRAFT, person.accountId(), person.name(),
                clock.instant());
        return table.part(semester, partner).orElseThrow();
    }

    @Override
    public Optional<Report> report(int semester) {
        return table.report(semester);
    }

    @Override
    @Transactional
    public Report assemble(int number, Closer person) {
        if (!mayAssemble(person)) {
            throw new ReportRefused("monitoring.report.refused.notAllowed");
        }
        Semester semester = semester(number);
        refuseWhenApproved(number);
        if (monitoring.editions(number).isEmpty()) {
            throw new ReportRefused("monitoring.report.refused.editionOpen");
        }
        long report = table.assembled(number, person.accountId(), person.name(), clock.instant());
        List<Optional<PartnerId>> scopes = new java.util.ArrayList<>();
        scopes.add(Optional.empty());
        network.getObject().partners().stream().map(Partner::id).map(Optional::of).forEach(scopes::add);
        for (Language language : Language.values()) {
            for (Optional<PartnerId> scope : scopes) {
                List<ReportSection.Content> written = sections.write(semester, scope, language);
                for (int position = 0; position < written.size(); position++) {
                    table.keepSection(report, EditionTable.scope(scope), language.code(), position,
                            WrittenSections.kept(written.get(position)));
                }
            }
        }
        return table.report(number).orElseThrow();
    }

    @Override
    @Transactional
    public Report approve(int semester, LocalDate on, String decisionReference, Closer person) {
        if (!mayAssemble(person)) {
            throw new ReportRefused("monitoring.report.refused.notAllowed");
        }
        semester(semester);
        Report report = table.report(semester).orElseThrow(() -> new ReportRefused("monitoring.report.refused.notAssembled"));
        if (report.approved()) {
            throw new ReportRefused("monitoring.report.refused.approved");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (on == null) {
            errors.put("approvedOn", "monitoring.report.refused.dateMissing");
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.put("approvedOn", "monitoring.report.refused.dateFuture");
        } else if (on.isBefore(report.assembledAt().atZone(clock.getZone()).toLocalDate())) {
            errors.put("approvedOn", "monitoring.report.refused.dateBeforeAssembly");
        }
        String reference = decisionReference == null ? "" : decisionReference.strip();
        if (reference.isEmpty()) {
            errors.put("decisionReference", "monitoring.report.refused.referenceMissing");
        } else if (reference.length() > LONGEST_REFERENCE) {
            errors.put("decisionReference", "monitoring.report.refused.referenceTooLong");
        }
        if (!errors.isEmpty()) {
            throw new ReportRefused(errors);
        }
        if (!table.approve(semester, on, reference, person.accountId(), person.name(), clock.instant())) {
            throw new ReportRefused("monitoring.report.refused.approved");
        }
        return table.report(semester).orElseThrow();
    }

    @Override
    public List<ReportSection.Content> sections(int number, Optional<PartnerId> partner, Language language) {
        Semester semester = semester(number);
        Optional<Report> report = table.report(number);
        if (report.isPresent()) {
            return table.sections(report.get().id(), EditionTable.scope(partner), language.code()).stream()
                    .map(WrittenSections::read).collect(Collectors.toList());
        }
        return sections.write(semester, partner, language);
    }

    private Semester semester(int number) {
        return network.getObject().calendar().semesters().stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new ReportRefused("monitoring.report.refused.noSemester"));
    }

    private void refuseWhenApproved(int semester) {
        if (table.report(semester).filter(Report::approved).isPresent()) {
            throw new ReportRefused("monitoring.report.refused.approved");
        }
    }

    private static void check(Map<String, String> errors, String field, String text, boolean submit) {
        if (text.length() > LONGEST) {
            errors.put(field, "monitoring.report.refused.tooLong");
        } else if (submit && text.isBlank()) {
            errors.put(field, "monitoring.report.refused.missing");
        }
    }
}
