package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.Coverage;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemSearch;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.ItemText;
import eu.cybersudoe.toolbox.internal.Level;
import eu.cybersudoe.toolbox.internal.Licence;
import eu.cybersudoe.toolbox.internal.ToolboxRefused;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partners' toolbox pages: their items (network admins see all), the texts waiting for their
 * review, a new item, an item's properties, and each language's text, file and captions, sent for
 * review. Partner staff change their own partner's items only.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class ToolboxOfficeController {

    static final int PAGE_SIZE = 25;

    private final ToolboxService service;
    private final ItemStore store;
    private final ItemSearch search;
    private final ItemCards cards;
    private final Coverage coverage;
    private final Network network;
    private final org.springframework.context.MessageSource messages;

    ToolboxOfficeController(ToolboxService service, ItemStore store, ItemSearch search, ItemCards cards, Coverage coverage,
                            Network network, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.store = store;
        this.search = search;
        this.cards = cards;
        this.coverage = coverage;
        this.network = network;
    }

    @GetMapping("/{lang}/office/toolbox")
    String list(@PathVariable String lang, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Language language = ToolboxScope.language(lang);
        String partner = ToolboxScope.listedPartner(request);
        ItemSearch.Page result = search.ofPartner(partner, ItemSearch.Filter.NONE, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("cards", cards.of(result.items(), language));
        model.addAttribute("toReview", cards.of(search.toReview(ToolboxScope.actor(request).partnerId()), language));
        model.addAttribute("all", coverage.summary().all());
        model.addAttribute("kinds", ItemKind.values());
        return "toolbox/office-list";
    }

    @GetMapping("/{lang}/office/toolbox/new")
    String newItem(@PathVariable String lang, @RequestParam(defaultValue = "GUIDE") String kind, Model model) {
        ItemForm form = new ItemForm(kind, lang, List.of(), List.of(), List.of(), Level.BEGINNER.name(), Licence.CC_BY.name(), "",
                "", "", "");
        return form(model, form, FieldErrors.NONE, null);
    }

    @PostMapping("/{lang}/office/toolbox/new")
    String create(@PathVariable String lang, @ModelAttribute ItemForm form, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> errors = form.errors(network, true);
        if (!errors.isEmpty()) {
            return form(model, form, errors(errors), null);
        }
        long id = service.create(ToolboxScope.actor(request), form.kindValue(), Language.fromCode(form.source()).orElseThrow(),
                form.properties(), form.title(), form.summary(), form.body());
        redirect.addFlashAttribute("notice", "toolbox.notice.created");
        return "redirect:/" + lang + "/office/toolbox/items/" + id;
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @GetMapping("/{lang}/office/toolbox/items/{itemId}")
    String item(@PathVariable String lang, @PathVariable long itemId, HttpServletRequest request, Model model) {
        Item item = editable(itemId, request);
        return form(model, ItemForm.of(item), FieldErrors.NONE, item);
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}")
    String update(@PathVariable String lang, @PathVariable long itemId, @ModelAttribute ItemForm form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        Item item = editable(itemId, request);
        Map<String, String> errors = form.errors(network, false);
        if (!errors.isEmpty()) {
            return form(model, form, errors(errors), item);
        }
        service.update(ToolboxScope.actor(request), itemId, form.properties());
        redirect.addFlashAttribute("notice", "toolbox.notice.saved");
        return "redirect:/" + lang + "/office/toolbox/items/" + itemId;
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/poster")
    String poster(@PathVariable String lang, @PathVariable long itemId, @RequestParam(required = false) MultipartFile file,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Actor actor = ToolboxScope.actor(request);
        editable(itemId, request);
        String refused;
        try {
            refused = upload(file, (name, content) -> service.poster(actor, itemId, name, content));
        } catch (UploadRefused guard) {
            refused = "toolbox.refused.poster";
        }
        redirect.addFlashAttribute(refused == null ? "notice" : "refused", refused == null ? "toolbox.notice.saved" : refused);
        return "redirect:/" + lang + "/office/toolbox/items/" + itemId;
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @GetMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}")
    String text(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language, HttpServletRequest request,
                Model model) {
        Item item = editable(itemId, request);
        Language textLanguage = ToolboxScope.textLanguage(language);
        ItemText text = item.text(textLanguage).orElse(null);
        return textForm(model, item, textLanguage, text == null ? "" : text.title(), text == null ? "" : text.summary(),
                text == null ? "" : text.body(), FieldErrors.NONE);
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}")
    String write(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                 @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String summary,
                 @RequestParam(defaultValue = "") String body, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Item item = editable(itemId, request);
        Language textLanguage = ToolboxScope.textLanguage(language);
        Map<String, String> errors = ItemForm.textErrors(title.strip(), summary.strip(), body);
        if (errors.isEmpty()) {
            try {
                service.write(ToolboxScope.actor(request), itemId, textLanguage, title.strip(), summary.strip(), body);
                redirect.addFlashAttribute("notice", "toolbox.notice.saved");
                return "redirect:/" + lang + "/office/toolbox/items/" + itemId + "/texts/" + textLanguage.code();
            } catch (ToolboxRefused refused) {
                errors.put("title", refused.messageKey());
            }
        }
        return textForm(model, item, textLanguage, title, summary, body, errors(errors));
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}/file")
    String file(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return uploadTo("file", lang, itemId, language, file, request, model, redirect,
                (actor, textLanguage) -> (name, content) -> service.attach(actor, itemId, textLanguage, name, content));
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}/captions")
    String captions(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                    @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        return uploadTo("captions", lang, itemId, language, file, request, model, redirect,
                (actor, textLanguage) -> (name, content) -> service.caption(actor, itemId, textLanguage, name, content));
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}/submit")
    String submit(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language, HttpServletRequest request,
                  RedirectAttributes redirect) {
        editable(itemId, request);
        try {
            service.submit(ToolboxScope.actor(request), itemId, ToolboxScope.textLanguage(language));
            redirect.addFlashAttribute("notice", "toolbox.notice.submitted");
        } catch (ToolboxRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/toolbox/items/" + itemId;
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @GetMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}/xliff")
    org.springframework.http.ResponseEntity<byte[]> exportXliff(@PathVariable String lang, @PathVariable long itemId,
                                                                @PathVariable String language, HttpServletRequest request) {
        Item item = editable(itemId, request);
        Language target = ToolboxScope.textLanguage(language);
        if (target == item.source()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] document = service.exportXliff(ToolboxScope.actor(request), itemId, target);
        String name = eu.cybersudoe.shared.web.DownloadNames.of(messages, ToolboxScope.language(lang), "files.toolboxXliff",
                itemId, item.source().code(), target.code());
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/xliff+xml;charset=UTF-8"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, eu.cybersudoe.shared.web.DownloadNames.disposition(true, name))
                .body(document);
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @PostMapping("/{lang}/office/toolbox/items/{itemId}/texts/{language}/xliff")
    String importXliff(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                       @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        Item item = editable(itemId, request);
        Language target = ToolboxScope.textLanguage(language);
        Actor actor = ToolboxScope.actor(request);
        String refused = file == null || file.isEmpty() || file.getSize() > 2_000_000 ? "toolbox.xliff.error.unreadable"
                : upload(file, (name, content) -> service.importXliff(actor, itemId, target, content));
        if (refused == null) {
            redirect.addFlashAttribute("notice", "toolbox.notice.saved");
            return "redirect:/" + lang + "/office/toolbox/items/" + itemId + "/texts/" + target.code();
        }
        ItemText text = item.text(target).orElse(null);
        return textForm(model, item, target, text == null ? "" : text.title(), text == null ? "" : text.summary(),
                text == null ? "" : text.body(), errors(Map.of("xliff", refused)));
    }

    interface Upload {
        void accept(String name, InputStream content);
    }

    interface UploadFor {
        Upload of(Actor actor, Language language);
    }

    private String uploadTo(String field, String lang, long itemId, String language, MultipartFile file, HttpServletRequest request,
                            Model model, RedirectAttributes redirect, UploadFor upload) {
        Item item = editable(itemId, request);
        Language textLanguage = ToolboxScope.textLanguage(language);
        Actor actor = ToolboxScope.actor(request);
        MessageSourceResolvable refused;
        try {
            String key = upload(file, upload.of(actor, textLanguage));
            if (key == null) {
                redirect.addFlashAttribute("notice", "toolbox.notice.saved");
                return "redirect:/" + lang + "/office/toolbox/items/" + itemId + "/texts/" + textLanguage.code();
            }
            refused = new DefaultMessageSourceResolvable(new String[]{key}, null, key);
        } catch (UploadRefused guard) {
            refused = new DefaultMessageSourceResolvable(new String[]{guard.messageKey()}, guard.arguments().toArray(), guard.messageKey());
        }
        ItemText text = item.text(textLanguage).orElse(null);
        return textForm(model, item, textLanguage, text == null ? "" : text.title(), text == null ? "" : text.summary(),
                text == null ? "" : text.body(), new FieldErrors(Map.of(field, List.of(refused)), List.of()));
    }

    /** Runs an upload; the message key of a toolbox refusal, or null when done. Guard refusals are thrown. */
    private static String upload(MultipartFile file, Upload upload) {
        if (file == null || file.isEmpty()) {
            return "uploads.refused.empty";
        }
        try (InputStream content = file.getInputStream()) {
            upload.accept(file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(), content);
            return null;
        } catch (ToolboxRefused refused) {
            return refused.messageKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, ItemForm form, FieldErrors errors, Item item) {
        List<Theme> themes = network.themes(false);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("item", item);
        model.addAttribute("themes", themes);
        model.addAttribute("sectors", themes.stream().filter(t -> t.kind() == Theme.Kind.SECTORAL).toList());
        model.addAttribute("sizes", Item.SIZES);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("languages", Language.values());
        return item == null ? "toolbox/office-new" : "toolbox/office-item";
    }

    private String textForm(Model model, Item item, Language language, String title, String summary, String body, FieldErrors errors) {
        model.addAttribute("item", item);
        model.addAttribute("language", language);
        model.addAttribute("text", item.text(language).orElse(null));
        model.addAttribute("source", item.sourceText());
        model.addAttribute("title", title);
        model.addAttribute("summary", summary);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "toolbox/office-text";
    }

    private Item editable(long id, HttpServletRequest request) {
        Item item = store.find(id).orElse(null);
        Actor actor = ToolboxScope.actor(request);
        if (item == null) {
            if (actor.admin()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw new AccessDeniedException("No toolbox item " + id);
        }
        if (!actor.mayEdit(item.partnerId())) {
            throw new AccessDeniedException("Toolbox item " + id + " is not an item of " + actor.partnerId());
        }
        return item;
    }

    private static FieldErrors errors(Map<String, String> keys) {
        Map<String, List<MessageSourceResolvable>> byField = new LinkedHashMap<>();
        keys.forEach((field, key) -> byField.put(field, List.of(new DefaultMessageSourceResolvable(new String[]{key}, null, key))));
        return new FieldErrors(byField, List.of());
    }
}
