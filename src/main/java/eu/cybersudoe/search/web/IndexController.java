package eu.cybersudoe.search.web;

import eu.cybersudoe.search.Search;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search index for network admins: how many documents it holds, and a rebuild with its progress. */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class IndexController {

    static final String PATH = "/office/search/index";

    private final Search search;

    IndexController(Search search) {
        this.search = search;
    }

    @GetMapping("/{lang}" + PATH)
    String index(@PathVariable String lang, Model model) {
        model.addAttribute("progress", search.progress());
        return "search/index";
    }

    /** The progress block alone, asked for again every second while a rebuild runs. */
    @GetMapping("/{lang}" + PATH + "/progress")
    String progress(@PathVariable String lang, Model model) {
        model.addAttribute("progress", search.progress());
        return "search/progress";
    }

    @PostMapping("/{lang}" + PATH + "/rebuild")
    String rebuild(@PathVariable String lang, RedirectAttributes redirect) {
        if (search.startReindex()) {
            redirect.addFlashAttribute("notice", "search.index.started");
        } else {
            redirect.addFlashAttribute("refused", "search.index.running");
        }
        return "redirect:/" + eu.cybersudoe.shared.Language.fromCode(lang).orElse(eu.cybersudoe.shared.Language.DEFAULT).code() + PATH;
    }
}
