package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.Previews;
import eu.cybersudoe.newsletters.internal.Programme;
import eu.cybersudoe.newsletters.internal.Variant;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
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

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final int SAMPLES = 10;

    private final Issues issues;
    private final Programme programme;
    private final Previews previews;

    VariantController(Issues issues, Programme programme, Previews previews) {
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
        List<Previews.Sample> samples = NewsletterOfficeController.isAdmin()
                ? previews.samples(issue, variantLanguage, SAMPLES) : List.of();
        Previews.Sample chosen = samples.stream().filter(s -> s.email().equalsIgnoreCase(sample.strip())).findFirst()
                .orElse(previews.fictitious(variantLanguage));
        Previews.Preview preview = previews.preview(issue, variantLanguage, chosen)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", new PreviewView(issue, variantLanguage, issues.variants(issueId).keySet(), preview, samples,
                chosen));
        return "newsletters/preview";
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/test")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String testSend(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "en") String language,
                    @RequestParam(defaultValue = "") String addresses, RedirectAttributes redirect) {
        Issue issue = found(issueId);
        Language variantLanguage = language(language);
        List<String> list = new ArrayList<>();
        for (String address : addresses.split("[\\s,;]+")) {
            if (!address.isBlank()) {
                list.add(address.strip());
            }
        }
        redirect.addFlashAttribute("testAddresses", addresses);
        if (list.isEmpty() || list.size() > Previews.MAX_TEST_ADDRESSES
                || !list.stream().allMatch(a -> a.length() <= 254 && ADDRESS.matcher(a).matches())) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.addressesInvalid");
        }
        if (!issues.variants(issueId).containsKey(variantLanguage)) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.noVariant");
        }
        List<String> refused = previews.testSend(issue, variantLanguage, list);
        return refused.isEmpty()
                ? NewsletterOfficeController.outcome(redirect, lang, issueId, new Programme.Outcome(true, "newsletters.test.sent"))
                : NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.test.failed");
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
