package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The points a reviewer checks before publishing (reference data,
 * {@code reference/toolbox/review-checklist.yml}), among them the conformity with the network's
 * charter of good practices. Read at start-up; a broken file stops the start with its line.
 */
@Component
public class ReviewChecklist {

    /** One point to check. */
    public record Check(String code, LocalizedText text) {
    }

    private final List<Check> checks;

    ReviewChecklist() {
        this(ReferenceFile.read("reference/toolbox/review-checklist.yml",
                new ClassPathResource("reference/toolbox/review-checklist.yml")));
    }

    ReviewChecklist(ReferenceFile file) {
        ReferenceNode root = file.root().allowOnly("checks");
        this.checks = root.list("checks").stream()
                .map(node -> node.allowOnly("code", "text"))
                .map(node -> new Check(node.text("code"), node.localized("text"))).toList();
        if (checks.stream().noneMatch(c -> c.code().equals("charter"))) {
            throw root.problem("checks", "the checklist must hold the charter of good practices ('charter')");
        }
    }

    public List<Check> checks() {
        return checks;
    }

    public List<String> codes() {
        return checks.stream().map(Check::code).toList();
    }
}
