package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.Previews;
import eu.cybersudoe.newsletters.internal.Programme;
import eu.cybersudoe.newsletters.internal.TestRecipients;
import eu.cybersudoe.newsletters.internal.Variant;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writing an issue's variant, previewing it as a recipient would see it, and sending test copies.
 * Network admins and partner managers may do all three; partner managers preview as the
 * fictitious sample recipient only, since the audience holds other partners' contacts.
 */
@Controller
class VariantController {

    /** Addresses a network admin may list for an issue's test copies. */
    static final int MAX_TEST_LIST = 50;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final int SAMPLES = 10;
    /** The policy of a copy shown in the preview's frame: its inline styles and images, nothing else, framed by us only. */
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; "
            + "frame-ancestors 'self'; form-action 'none'; base-uri 'none'; sandbox allow-popups allow-popups-to-escape-sandbox";

    private final Issues issues;
    private final Programme programme;
    private final Previews previews;
    private final TestRecipients testRecipients;

    VariantController(Issues issues, Programme programme, Previews previews, TestRecipients testRecipients) {
        this.testRecipients = testRecipients;
        this.issues = issues;
        this.programme = programme;
        this.previews = previews;
    }

    @GetMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/variants/{language}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String edit(@PathVariable String lang, @PathVariable long issueId, @PathVariable String language, Model model) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        Variant variant = issues.variants(issueId).get(variantLanguage);
        VariantForm form = variant == null ? VariantForm.empty()
                : new VariantForm(variant.subject(), variant.preheader(), variant.body(), variant.links());
        return form(model, issue, variantLanguage, form, FieldErrors.NONE);
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/variants/{language}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String save(@PathVariable String lang, @PathVariable long issueId, @PathVariable String language,
                @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String preheader,
                @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "") String links, Model model,
                RedirectAttributes redirect) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        VariantForm form = new VariantForm(subject, preheader, body, links);
        Map<String, String> errors = programme.saveVariant(issueId,
                new Variant(variantLanguage, subject.strip(), preheader.strip(), body, links));
        if (!errors.isEmpty()) {
            return form(model, issue, variantLanguage, form, fieldErrors(errors));
        }
        redirect.addFlashAttribute("notice", "newsletters.variant.saved");
        return "redirect:/" + lang + NewsletterOfficeController.BASE + "/" + issueId;
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/variants/{language}/delete")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String delete(@PathVariable String lang, @PathVariable long issueId, @PathVariable String language,
                  RedirectAttributes redirect) {
        found(issueId);
        return NewsletterOfficeController.outcome(redirect, lang, issueId, programme.deleteVariant(issueId, language(language)));
    }

    @GetMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/preview")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String preview(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "en") String language,
                   @RequestParam(defaultValue = "") String sample, Model model) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        List<Previews.Sample> samples = samples(issue, variantLanguage);
        Previews.Sample chosen = chosen(samples, sample, variantLanguage);
        model.addAttribute("view", new PreviewView(issue, variantLanguage, issues.variants(issueId).keySet(),
                preview(issue, variantLanguage, chosen), samples, chosen));
        return "newsletters/preview";
    }

    /**
     * The HTML part of the copy exactly as it is sent, for the preview page's sandboxed frame: its own
     * policy lets the copy's inline styles apply (and nothing else: no script, no request but images), and
     * lets only the platform's own pages frame it.
     */
    @GetMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/preview.html")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    ResponseEntity<String> previewHtml(@PathVariable String lang, @PathVariable long issueId,
                                       @RequestParam(defaultValue = "en") String language,
                                       @RequestParam(defaultValue = "") String sample) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        Previews.Preview preview = preview(issue, variantLanguage, chosen(samples(issue, variantLanguage), sample, variantLanguage));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PREVIEW_POLICY).header("X-Frame-Options", "SAMEORIGIN")
                .body(preview.html());
    }

    private List<Previews.Sample> samples(Issue issue, Language language) {
        return NewsletterOfficeController.isAdmin() ? previews.samples(issue, language, SAMPLES) : List.of();
    }

    private Previews.Sample chosen(List<Previews.Sample> samples, String sample, Language language) {
        return samples.stream().filter(s -> s.email().equalsIgnoreCase(sample.strip())).findFirst()
                .orElse(previews.fictitious(language));
    }

    private Previews.Preview preview(Issue issue, Language language, Previews.Sample sample) {
        return previews.preview(issue, language, sample).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/test")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String testSend(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "en") String language,
                    @RequestParam(defaultValue = "") String addresses, RedirectAttributes redirect) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        List<String> list = addresses(addresses);
        redirect.addFlashAttribute("testAddresses", addresses);
        if (list.isEmpty() || list.size() > Previews.MAX_TEST_ADDRESSES || !valid(list)) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.addressesInvalid");
        }
        String sender = CurrentUser.get().map(SignedInUser::email).orElse(null);
        if (!testRecipients.refusedAmong(issueId, list, sender).isEmpty()) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.notAllowed");
        }
        if (!issues.variants(issueId).containsKey(variantLanguage)) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.noVariant");
        }
        List<String> refused = previews.testSend(issue, variantLanguage, list);
        return refused.isEmpty()
                ? NewsletterOfficeController.outcome(redirect, lang, issueId, new Programme.Outcome(true, "newsletters.test.sent"))
                : NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.failed");
    }

    /** A network admin sets the addresses, besides staff accounts', that test copies of the issue may go to. */
    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/test-list")
    @Access(roles = Role.NETWORK_ADMIN)
    String testList(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "") String addresses,
                    RedirectAttributes redirect) {
        found(issueId);
        List<String> list = addresses(addresses);
        if (list.size() > MAX_TEST_LIST || !valid(list)) {
            redirect.addFlashAttribute("testList", addresses);
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.testList.invalid");
        }
        testRecipients.replace(issueId, list, CurrentUser.get().map(SignedInUser::accountId).orElseThrow());
        return NewsletterOfficeController.outcome(redirect, lang, issueId, new Programme.Outcome(true, "newsletters.testList.saved"));
    }

    private static List<String> addresses(String typed) {
        List<String> list = new ArrayList<>();
        for (String address : typed.split("[\\s,;]+")) {
            if (!address.isBlank()) {
                list.add(address.strip());
            }
        }
        return list;
    }

    private static boolean valid(List<String> addresses) {
        return addresses.stream().allMatch(a -> a.length() <= 254 && ADDRESS.matcher(a).matches());
    }

    private String form(Model model, Issue issue, Language language, VariantForm form, FieldErrors errors) {
        model.addAttribute("issue", issue);
        model.addAttribute("language", language);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "newsletters/variant";
    }

    private static FieldErrors fieldErrors(Map<String, String> errors) {
        Map<String, List<MessageSourceResolvable>> byField = new LinkedHashMap<>();
        List<MessageSourceResolvable> global = new ArrayList<>();
        errors.forEach((field, key) -> {
            if (field.isEmpty()) {
                global.add(new DefaultMessageSourceResolvable(key));
            } else {
                byField.put(field, List.of(new DefaultMessageSourceResolvable(key)));
            }
        });
        return new FieldErrors(byField, global);
    }

    private Issue found(long issueId) {
        return issues.find(issueId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
