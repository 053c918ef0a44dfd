package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.community.CommentThreads;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.toolbox.internal.ItemComments;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/** Puts the comments of a toolbox item on its public page (and on no other page of the toolbox). */
@ControllerAdvice(assignableTypes = ToolboxController.class)
class ItemCommentsAdvice {

    static final String ITEM_PAGE = "/{lang}/toolbox/items/{itemId}";

    private final ObjectProvider<CommentThreads> threads;

    /** The threads are looked up when a page asks (a web slice without the community has none: no comments then). */
    ItemCommentsAdvice(ObjectProvider<CommentThreads> threads) {
        this.threads = threads;
    }

    @ModelAttribute("comments")
    CommentThreads.Thread comments(HttpServletRequest request) {
        // a PathPattern (or a String with the older matcher): its text is the mapping's
        CommentThreads available = threads.getIfAvailable();
        if (available == null || !ITEM_PAGE.equals(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)))) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String itemId = variables.get("itemId");
        if (itemId == null || !itemId.matches("\\d{1,18}")) {
            return null;
        }
        return available.thread(ItemComments.KIND, itemId, ToolboxScope.language(variables.get("lang")), CurrentUser.get().orElse(null));
    }
}
