package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.toolbox.ToolSource;
import org.springframework.stereotype.Component;

import java.util.List;

/** The current questionnaires, offered in the toolbox as self-assessment tools of their theme. */
@Component
class DiagnosticTools implements ToolSource {

    private final Questionnaires questionnaires;

    DiagnosticTools(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public List<Tool> tools() {
        return questionnaires.current().stream()
                .map(q -> new Tool("diagnostic:" + q.code(), q.theme() == null ? List.of() : List.of(q.theme()), q.title(),
                        q.description(), "/diagnostics#q-" + q.code()))
                .toList();
    }
}
