package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.toolbox.internal.Actor;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.ItemText;
import eu.cybersudoe.toolbox.internal.ReviewChecklist;
import eu.cybersudoe.toolbox.internal.TextState;
import eu.cybersudoe.toolbox.internal.ToolboxRefused;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The review of a text sent for publication, by staff of another partner than the item's (four
 * eyes): the text beside the source, the checklist (the charter of good practices among its
 * points), approve or send back.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class ReviewController {

    private final ItemStore store;
    private final ToolboxService service;
    private final ReviewChecklist checklist;
    private final ItemCards cards;

    ReviewController(ItemStore store, ToolboxService service, ReviewChecklist checklist, ItemCards cards) {
        this.store = store;
        this.service = service;
        this.checklist = checklist;
        this.cards = cards;
    }

    @GetMapping("/{lang}/office/toolbox/review/{itemId}/{language}")
    String review(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language, HttpServletRequest request,
                  Model model) {
        Item item = store.find(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language textLanguage = ToolboxScope.textLanguage(language);
        ItemText text = item.text(textLanguage).filter(t -> t.state() == TextState.IN_REVIEW)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Actor actor = ToolboxScope.actor(request);
        model.addAttribute("card", cards.of(item, ToolboxScope.language(lang)));
        model.addAttribute("item", item);
        model.addAttribute("text", text);
        model.addAttribute("body", MarkdownHtml.html(text.body()));
        model.addAttribute("source", item.sourceText());
        model.addAttribute("checks", checklist.checks());
        model.addAttribute("mayReview", actor.mayReview(item.partnerId(), text.submittedBy()));
        return "toolbox/review";
    }

    @PostMapping("/{lang}/office/toolbox/review/{itemId}/{language}/approve")
    String approve(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                   @RequestParam(name = "check", required = false) List<String> ticked, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return decide(lang, itemId, language, redirect, "toolbox.notice.published",
                () -> service.approve(ToolboxScope.actor(request), itemId, ToolboxScope.textLanguage(language),
                        ticked == null ? List.of() : ticked));
    }

    @PostMapping("/{lang}/office/toolbox/review/{itemId}/{language}/send-back")
    String sendBack(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language, HttpServletRequest request,
                    RedirectAttributes redirect) {
        return decide(lang, itemId, language, redirect, "toolbox.notice.sentBack",
                () -> service.sendBack(ToolboxScope.actor(request), itemId, ToolboxScope.textLanguage(language)));
    }

    private String decide(String lang, long itemId, String language, RedirectAttributes redirect, String done, Runnable decision) {
        if (store.find(itemId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            decision.run();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/" + lang + "/office/toolbox";
        } catch (ToolboxRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
            return "redirect:/" + lang + "/office/toolbox/review/" + itemId + "/" + ToolboxScope.textLanguage(language).code();
        }
    }
}
