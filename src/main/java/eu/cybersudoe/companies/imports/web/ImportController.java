package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.imports.ColumnMapping;
import eu.cybersudoe.companies.imports.ImportField;
import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.ImportRefused;
import eu.cybersudoe.companies.imports.Imports;
import eu.cybersudoe.companies.imports.LeftRows;
import eu.cybersudoe.companies.imports.RowOutcome;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Importing a partner's file: the list of the partner's imports, the upload form, the mapping
 * of the file's columns with its first rows, and the page that follows an import while it runs.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
class ImportController {

    /** The encodings one may choose instead of letting the file tell. */
    static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1");
    private static final int PAGE_SIZE = 20;

    private final Imports imports;
    private final LeftRows leftRows;
    private final ImportScope scope;

    ImportController(Imports imports, LeftRows leftRows, ImportScope scope) {
        this.imports = imports;
        this.leftRows = leftRows;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/imports")
    String list(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        String partner = scope.partner(request);
        int current = Math.max(1, page);
        model.addAttribute("jobs", imports.history(partner, current, PAGE_SIZE));
        model.addAttribute("pageNumber", current);
        model.addAttribute("lastPage", Math.max(1, (imports.historySize(partner) + PAGE_SIZE - 1) / PAGE_SIZE));
        return "companies/imports/list";
    }

    @GetMapping("/{lang}/office/imports/new")
    String newForm(@PathVariable String lang, HttpServletRequest request, Model model) {
        scope.partner(request);
        return form(model, ImportForm.empty(), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/imports/new")
    String upload(@PathVariable String lang, @RequestParam(name = "file", required = false) MultipartFile file,
                  @Valid @ModelAttribute("form") ImportForm form, BindingResult binding, HttpServletRequest request, Model model) {
        String partner = scope.partner(request);
        if (file == null || file.isEmpty()) {
            binding.reject("companies.import.file.empty");
        }
        if (binding.hasErrors()) {
            return form(model, form, FieldErrors.of(binding));
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = imports.upload(new Imports.Upload(partner, CurrentUser.get().map(SignedInUser::accountId).orElse(null),
                    file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), country(form.defaultCountry()),
                    basis(form.lawfulBasis()), form.consentSource(), form.newsletter(), form.invitations(), encoding(form.encoding())),
                    content);
            return "redirect:/" + lang + "/office/imports/" + job.id() + "/mapping";
        } catch (ImportRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments().toArray(), null);
            return form(model, form, FieldErrors.of(binding));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{lang}/office/imports/{importId}/mapping")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String mapping(@PathVariable String lang, @PathVariable long importId, HttpServletRequest request, Model model) {
        ImportJob job = scope.require(importId, request);
        if (job.status() != ImportJob.Status.MAPPING) {
            return "redirect:/" + lang + "/office/imports/" + importId;
        }
        return mappingPage(model, imports.preview(job), null);
    }

    @PostMapping("/{lang}/office/imports/{importId}/mapping")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String start(@PathVariable String lang, @PathVariable long importId, @RequestParam Map<String, String> parameters,
                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ImportJob job = scope.require(importId, request);
        ColumnMapping mapping = mapping(parameters, job.header().size());
        try {
            imports.start(job, mapping);
        } catch (ImportRefused refused) {
            Imports.Preview preview = imports.preview(job);
            return mappingPage(model, new Imports.Preview(preview.job(), preview.header(), preview.rows(), mapping), refused.messageKey());
        }
        redirect.addFlashAttribute("notice", "companies.import.started");
        return "redirect:/" + lang + "/office/imports/" + importId;
    }

    @GetMapping("/{lang}/office/imports/{importId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String show(@PathVariable String lang, @PathVariable long importId, @RequestParam(defaultValue = "1") int page,
                @RequestParam(defaultValue = "1") int warnings, HttpServletRequest request, Model model) {
        ImportJob job = scope.require(importId, request);
        long lastPage = pages(leftRows.count(job, RowOutcome.REJECTED));
        int current = within(page, lastPage);
        long lastWarningPage = pages(leftRows.warningCount(job));
        int currentWarnings = within(warnings, lastWarningPage);
        model.addAttribute("job", job);
        model.addAttribute("rejected", leftRows.of(job, RowOutcome.REJECTED, current, PAGE_SIZE));
        model.addAttribute("pageNumber", current);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("warnings", leftRows.warnings(job, currentWarnings, PAGE_SIZE));
        model.addAttribute("warningPage", currentWarnings);
        model.addAttribute("lastWarningPage", lastWarningPage);
        return "companies/imports/show";
    }

    private static long pages(long rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static int within(int page, long lastPage) {
        return (int) Math.min(Math.max(1, page), lastPage);
    }

    @GetMapping("/{lang}/office/imports/{importId}/progress")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
    String progress(@PathVariable String lang, @PathVariable long importId, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        ImportJob job = scope.require(importId, request);
        if (!job.status().working()) {
            // the page that asked was following a running import: load it whole, with the rows left and the downloads
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "companies/imports/progress";
    }

    private static String form(Model model, ImportForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", Country.values());
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("encodings", ENCODINGS);
        return "companies/imports/new";
    }

    private static String mappingPage(Model model, Imports.Preview preview, String error) {
        model.addAttribute("preview", preview);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("error", error);
        return "companies/imports/mapping";
    }

    /** The mapping as posted: one parameter {@code column-N} per column, naming a field or nothing. */
    static ColumnMapping mapping(Map<String, String> parameters, int columns) {
        Map<Integer, ImportField> mapped = new HashMap<>();
        for (int i = 0; i < columns; i++) {
            String value = parameters.getOrDefault("column-" + i, "");
            int column = i;
            Arrays.stream(ImportField.values()).filter(f -> f.name().equals(value)).findFirst().ifPresent(f -> mapped.put(column, f));
        }
        return new ColumnMapping(mapped);
    }

    private static Country country(String value) {
        return Arrays.stream(Country.values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }

    private static LawfulBasis basis(String value) {
        return Arrays.stream(LawfulBasis.values()).filter(b -> b.name().equals(value)).findFirst().orElse(LawfulBasis.CONSENT);
    }

    private static Charset encoding(String value) {
        return value != null && ENCODINGS.contains(value) ? Charset.forName(value) : null;
    }
}
