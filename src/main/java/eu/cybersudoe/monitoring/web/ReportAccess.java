package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the report pages and downloads share: the semester and partner a path names, the person as
 * they act, and the partner scope of parts (a draft is read only by its own partner's staff; a
 * submitted part belongs to the project report every reader reads).
 */
@Component
class ReportAccess {

    private final ProgressReports reports;
    private final ObjectProvider<Network> network;
    private final ObjectProvider<Clock> clock;

    ReportAccess(ProgressReports reports, ObjectProvider<Network> network, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.network = network;
        this.clock = clock;
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A document's language, chosen among the four; the page's when none is asked. */
    static Language documentLanguage(String lang, String asked) {
        return asked == null || asked.isBlank() ? language(lang) : language(asked);
    }

    /** The semester asked among those started, or the running one. */
    Semester semester(Integer number) {
        List<Semester> started = semesters();
        if (number == null) {
            return network.getObject().semesterOf(today());
        }
        return started.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    List<Semester> semesters() {
        LocalDate today = today();
        List<Semester> all = network.getObject().calendar().semesters();
        List<Semester> started = all.stream().filter(s -> !s.start().isAfter(today)).toList();
        return started.isEmpty() ? List.of(all.getFirst()) : started;
    }

    Partner partner(String id) {
        try {
            return network.getObject().partner(new PartnerId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notASlug) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The signed-in person as they act: their role and the partner they act for. */
    Closer person(HttpServletRequest request) {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return new Closer(user.accountId(), user.displayName(), user.role(),
                CurrentUser.actingPartner(request).map(PartnerId::new));
    }

    /**
     * A part the person may read: their own partner's (draft or submitted) or a submitted one;
     * another partner's draft is not found, as if it did not exist.
     */
    Optional<Part> readablePart(int semester, PartnerId partner, Closer person) {
        Optional<Part> part = reports.part(semester, partner);
        if (part.isPresent() && !part.get().submitted() && !reports.mayWrite(partner, person)) {
            return Optional.empty();
        }
        return part;
    }

    boolean locked(int semester) {
        return reports.report(semester).filter(ProgressReports.Report::approved).isPresent();
    }

    static String status(Part part) {
        return part.submitted() ? "submitted" : "draft";
    }

    private LocalDate today() {
        return LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
    }
}
