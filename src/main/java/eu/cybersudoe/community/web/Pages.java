package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.CommunityRefused;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/** What the community's controllers share: the reader, the language, refusals flashed. */
final class Pages {

    static final int PAGE_SIZE = 25;

    private Pages() {
    }

    static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }

    /** The language of a form, or the reader's when unknown. */
    static Language tagged(String code, Language fallback) {
        return code == null ? fallback : Language.fromCode(code).orElse(fallback);
    }

    static SignedInUser reader() {
        return CurrentUser.get().orElse(null);
    }

    static SignedInUser me() {
        return CurrentUser.get().orElseThrow();
    }

    static int page(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    /** Runs a move and redirects; a refusal is flashed as such. */
    static String attempt(RedirectAttributes redirect, String target, String notice, Runnable move) {
        return attempt(redirect, () -> target, notice, () -> {
            move.run();
            return null;
        });
    }

    static <T> String attempt(RedirectAttributes redirect, Supplier<String> target, String notice, Supplier<T> move) {
        try {
            move.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (CommunityRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:" + target.get();
    }
}
