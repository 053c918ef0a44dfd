package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EntryRefused;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.IndicatorEntries.Entry;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Indicators no module measures: a partner's staff enter the value of a semester with a comment and
 * evidence; a network admin who did not enter it validates or returns it.
 */
@Controller
class EntriesController {

    private final IndicatorEntries entries;
    private final Monitoring monitoring;
    private final ObjectProvider<Network> network;
    private final ObjectProvider<Clock> clock;

    EntriesController(IndicatorEntries entries, Monitoring monitoring, ObjectProvider<Network> network, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.monitoring = monitoring;
        this.network = network;
        this.clock = clock;
    }

    /** The acting partner's entries of a semester and, for network admins, the entries waiting for a decision. */
    @GetMapping("/{lang}/office/indicators/entries")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String list(@PathVariable String lang, @RequestParam(required = false) Integer semester, HttpServletRequest request,
                Model model) {
        Language language = language(lang);
        Semester shown = semester(semester);
        Optional<PartnerId> partner = CurrentUser.actingPartner(request).map(PartnerId::new);
        List<EntriesView.Line> lines = new ArrayList<>();
        if (partner.isPresent()) {
            List<Entry> ofPartner = entries.ofPartner(partner.get(), shown.number());
            for (Indicator indicator : entries.enterable()) {
                lines.add(new EntriesView.Line(indicator.code(), indicator.name().in(language),
                        ofPartner.stream().filter(e -> e.indicator().equals(indicator.code())).findFirst()
                                .map(e -> EntriesView.Item.of(e, entries.evidence(e.id()), indicator.name().in(language), partnerName(e.partner())))
                                .orElse(null)));
            }
        }
        boolean admin = CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false);
        List<EntriesView.Item> awaiting = admin ? entries.awaiting().stream()
                .map(e -> EntriesView.Item.of(e, entries.evidence(e.id()), name(e.indicator(), language), partnerName(e.partner())))
                .toList() : List.of();
        model.addAttribute("view", new EntriesView(shown.number(), semesters(), partner.map(this::partnerName).orElse(null),
                lines, admin, awaiting));
        return "monitoring/entries";
    }

    /** The form entering an indicator's value of a semester for the acting partner. */
    @GetMapping("/{lang}/office/indicators/entries/{code}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String form(@PathVariable String lang, @PathVariable String code, @RequestParam(required = false) Integer semester,
                HttpServletRequest request, Model model) {
        Language language = language(lang);
        Indicator indicator = enterable(code);
        Semester shown = semester(semester);
        PartnerId partner = actingPartner(request);
        Optional<Entry> entry = entries.ofPartner(partner, shown.number()).stream().filter(e -> e.indicator().equals(code)).findFirst();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryPage.Form(entry.map(e -> e.value().toPlainString()).orElse(""),
                    entry.map(Entry::comment).orElse(""), null));
        }
        model.addAttribute("view", new EntryPage(code, indicator.name().in(language), indicator.definition().in(language),
                "monitoring.unit." + indicator.unit().code(), shown.number(), partnerName(partner),
                entry.map(e -> EntriesView.Item.of(e, entries.evidence(e.id()), indicator.name().in(language), partnerName(partner)))
                        .orElse(null)));
        return "monitoring/entry";
    }

    @PostMapping("/{lang}/office/indicators/entries/{code}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    String submit(@PathVariable String lang, @PathVariable String code, @RequestParam int semester,
                  @RequestParam(required = false) String value, @RequestParam(required = false) String comment,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
                  RedirectAttributes redirect) throws IOException {
        language(lang);
        enterable(code);
        PartnerId partner = actingPartner(request);
        String back = "redirect:/" + lang + "/office/indicators/entries/" + code + "?semester=" + semester;
        BigDecimal number = number(value);
        if (number == null) {
            redirect.addFlashAttribute("form", new EntryPage.Form(value, comment, "monitoring.entry.refused.value"));
            return back;
        }
        List<IndicatorEntries.EvidenceUpload> uploads = new ArrayList<>();
        List<InputStream> opened = new ArrayList<>();
        try {
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    InputStream content = file.getInputStream();
                    opened.add(content);
                    uploads.add(new IndicatorEntries.EvidenceUpload(
                            file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(), content));
                }
            }
            entries.submit(code, partner, semester, number, comment, uploads, person());
            redirect.addFlashAttribute("notice", "monitoring.entry.submitted");
            return "redirect:/" + lang + "/office/indicators/entries?semester=" + semester;
        } catch (EntryRefused refused) {
            redirect.addFlashAttribute("form", new EntryPage.Form(value, comment, refused.messageKey()));
            return back;
        } catch (UploadRefused refused) {
            redirect.addFlashAttribute("form", new EntryPage.Form(value, comment, "monitoring.entry.refused.file"));
            return back;
        } finally {
            for (InputStream in : opened) {
                in.close();
            }
        }
    }

    @PostMapping("/{lang}/office/indicators/entries/decisions/{entryId}/validate")
    @Access(roles = Role.NETWORK_ADMIN)
    String validate(@PathVariable String lang, @PathVariable long entryId, RedirectAttributes redirect) {
        language(lang);
        try {
            entries.validate(entryId, person());
            redirect.addFlashAttribute("notice", "monitoring.entry.validated");
        } catch (EntryRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/indicators/entries";
    }

    @PostMapping("/{lang}/office/indicators/entries/decisions/{entryId}/return")
    @Access(roles = Role.NETWORK_ADMIN)
    String giveBack(@PathVariable String lang, @PathVariable long entryId, @RequestParam(required = false) String comment,
                    RedirectAttributes redirect) {
        language(lang);
        try {
            entries.giveBack(entryId, person(), comment);
            redirect.addFlashAttribute("notice", "monitoring.entry.returned");
        } catch (EntryRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/indicators/entries";
    }

    /** An evidence file: for network admins, programme officers, evaluators, and the entry's own partner. */
    @GetMapping("/{lang}/office/indicators/entries/decisions/{entryId}/evidence/{evidenceId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.PROGRAMME_OFFICER, Role.EVALUATOR})
    void evidence(@PathVariable String lang, @PathVariable long entryId, @PathVariable long evidenceId,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        language(lang);
        Entry entry = entries.entry(entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.role().isPartnerStaff() && user.role() != Role.NETWORK_ADMIN
                && !CurrentUser.actingPartner(request).map(p -> p.equals(entry.partner().value())).orElse(false)) {
            throw new AccessDeniedException("Evidence of another partner");
        }
        IndicatorEntries.Evidence file = entries.evidence(entryId).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (InputStream in = entries.openEvidence(entryId, evidenceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))) {
            response.setContentType("application/octet-stream");
            response.setHeader("Content-Disposition", DownloadNames.disposition(true, file.fileName()));
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    private Indicator enterable(String code) {
        Indicator indicator = monitoring.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (entries.measured(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Measured by a module: " + code);
        }
        return indicator;
    }

    private Semester semester(Integer number) {
        List<Semester> started = semesters();
        if (number == null) {
            return network.getObject().semesterOf(today());
        }
        return started.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Semester> semesters() {
        LocalDate today = today();
        List<Semester> all = network.getObject().calendar().semesters();
        List<Semester> started = all.stream().filter(s -> !s.start().isAfter(today)).toList();
        return started.isEmpty() ? List.of(all.getFirst()) : started;
    }

    private LocalDate today() {
        return LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
    }

    private static PartnerId actingPartner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).map(PartnerId::new)
                .orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    private static IndicatorEntries.Person person() {
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return new IndicatorEntries.Person(user.accountId(), user.displayName());
    }

    private eu.cybersudoe.shared.LocalizedText.Shown name(String code, Language language) {
        return monitoring.indicator(code).map(i -> i.name().in(language))
                .orElseGet(() -> eu.cybersudoe.shared.LocalizedText.of(language, code).in(language));
    }

    private String partnerName(PartnerId id) {
        return network.getObject().partner(id).map(p -> p.shortName()).orElse(id.value());
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A decimal number as typed, with a comma or a point; null when it is not one. */
    static BigDecimal number(String typed) {
        return eu.cybersudoe.monitoring.TypedNumbers.parse(typed).orElse(null);
    }
}
