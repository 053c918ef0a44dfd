package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.community.CommentTarget;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.Toolbox;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** Published toolbox items take comments, shown under their page; the author partner's staff moderate them. */
@Component
public class ItemComments implements CommentTarget {

    public static final String KIND = "toolbox-item";

    private final Toolbox toolbox;

    ItemComments(Toolbox toolbox) {
        this.toolbox = toolbox;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Commented> find(String id, Language language) {
        return CommentTarget.numericId(id).flatMap(toolbox::item)
                .map(item -> new Commented(item.title().in(language).text(), item.link(), Set.of(item.partnerId())));
    }
}
