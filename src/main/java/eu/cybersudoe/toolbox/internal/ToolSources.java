package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.toolbox.ToolSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/** The tools every {@link ToolSource} bean offers, found at run time. */
@Component
public class ToolSources {

    private final ObjectProvider<ToolSource> sources;

    ToolSources(ObjectProvider<ToolSource> sources) {
        this.sources = sources;
    }

    /** The tools of a theme (every tool when null); a tool for every theme matches each. */
    public List<ToolSource.Tool> tools(String theme) {
        return sources.orderedStream().flatMap(source -> source.tools().stream())
                .filter(tool -> theme == null || tool.themes().isEmpty() || tool.themes().contains(theme))
                .toList();
    }
}
