package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.companies.internal.Establishments;
import eu.cybersudoe.companies.internal.MergedIdentifiers;
import eu.cybersudoe.companies.internal.OrganisationLinks;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An organisation's page in the back office (identity, provenance, contacts and their consents,
 * timeline, the viewer partner's private notes) and what is done from it: notes, consent
 * changes, and a contact's GDPR rights (export, erasure, unsubscribe).
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class CompanyPageController {

    static final int NOTE_MAX = 4000;

    private final CompanyOffice office;
    private final CompanyScope scope;
    private final Network network;
    private final Activities activities;
    private final Establishments establishments;
    private final OrganisationLinks links;
    private final MergedIdentifiers merged;
    private final MessageSource messages;

    CompanyPageController(CompanyOffice office, CompanyScope scope, Network network, Activities activities,
                          Establishments establishments, OrganisationLinks links, MessageSource messages,
                          MergedIdentifiers merged) {
        this.messages = messages;
        this.merged = merged;
        this.activities = activities;
        this.establishments = establishments;
        this.links = links;
        this.office = office;
        this.scope = scope;
        this.network = network;
    }

    @GetMapping("/{lang}/office/companies/{id}")
    String show(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        return page(company, request, model, "", null);
    }

    @PostMapping("/{lang}/office/companies/{id}/notes")
    String addNote(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String partner = scope.actingPartner(request);
        if (body.isBlank() || body.strip().length() > NOTE_MAX) {
            return page(company, request, model, body, body.isBlank() ? "NotBlank" : "companies.note.tooLong");
        }
        office.addNote(company, partner, CompanyScope.accountId(), body);
        redirect.addFlashAttribute("notice", "companypage.note.added");
        return "redirect:/" + lang + "/office/companies/" + id + "#notes";
    }

    @PostMapping("/{lang}/office/companies/{id}/contacts/{contactId}/consents")
    String recordConsent(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                         @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "false") boolean granted,
                         @RequestParam(defaultValue = "") String lawfulBasis, HttpServletRequest request,
                         RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String partner = scope.actingPartner(request);
        ConsentPurpose chosen = parse(ConsentPurpose.class, purpose);
        LawfulBasis basis = lawfulBasis.isEmpty() ? LawfulBasis.CONSENT : parse(LawfulBasis.class, lawfulBasis);
        found(() -> office.recordConsent(company, contactId, chosen, granted, basis, partner, scope.formSource(partner),
                CompanyScope.accountId()));
        redirect.addFlashAttribute("notice", granted ? "companypage.consent.given" : "companypage.consent.withdrawn");
        return "redirect:/" + lang + "/office/companies/" + id + "#contact-" + contactId;
    }

    @GetMapping("/{lang}/office/companies/{id}/contacts/{contactId}/erase")
    String confirmErasure(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                          HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        CompanyFile.ContactEntry contact = office.contact(company, contactId)
                .filter(c -> !c.erased()).orElseThrow(CompanyPageController::notFound);
        model.addAttribute("company", office.company(company).orElseThrow(CompanyPageController::notFound));
        model.addAttribute("contact", contact);
        return "companies/erase";
    }

    @PostMapping("/{lang}/office/companies/{id}/contacts/{contactId}/erase")
    String erase(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                 HttpServletRequest request, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        found(() -> office.erase(company, contactId));
        redirect.addFlashAttribute("notice", "companypage.contact.erased");
        return "redirect:/" + lang + "/office/companies/" + id;
    }

    @PostMapping("/{lang}/office/companies/{id}/contacts/{contactId}/unsubscribe")
    String unsubscribe(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                       HttpServletRequest request, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String partner = scope.actingPartner(request);
        found(() -> office.unsubscribe(company, contactId, scope.formSource(partner)));
        redirect.addFlashAttribute("notice", "companypage.contact.unsubscribed");
        return "redirect:/" + lang + "/office/companies/" + id + "#contact-" + contactId;
    }

    @GetMapping("/{lang}/office/companies/{id}/contacts/{contactId}/export")
    ResponseEntity<Map<String, Object>> export(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                                               HttpServletRequest request) {
        CompanyId company = scope.require(id, request);
        Map<String, Object> data;
        try {
            data = office.export(company, contactId);
        } catch (NoSuchElementException missing) {
            throw notFound();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DownloadNames.disposition(true, DownloadNames.of(messages, "files.contact", contactId,
                                Language.fromCode(lang).orElse(Language.DEFAULT))))
                .contentType(MediaType.APPLICATION_JSON)
                .body(data);
    }

    private String page(CompanyId company, HttpServletRequest request, Model model, String noteBody, String noteError) {
        String partner = scope.actingPartnerIfAny(request);
        CompanyFile file = office.file(company, partner).orElseThrow(CompanyPageController::notFound);
        model.addAttribute("view", CompanyView.of(file, network, activities, scope::shortName));
        model.addAttribute("establishments", establishments.sameCompany(file.company(), partner));
        model.addAttribute("links", links.linked(company.value(), partner));
        model.addAttribute("aliases", merged.of(company.value()));
        model.addAttribute("notesFor", partner == null ? null : scope.shortName(partner));
        model.addAttribute("noteBody", noteBody);
        model.addAttribute("noteError", noteError);
        model.addAttribute("bases", LawfulBasis.values());
        return "companies/page";
    }

    private static void found(Runnable action) {
        try {
            action.run();
        } catch (NoSuchElementException missing) {
            throw notFound();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
