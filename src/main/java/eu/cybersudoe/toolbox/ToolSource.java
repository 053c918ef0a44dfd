package eu.cybersudoe.toolbox;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * A module that offers tools of its own (diagnostics' self-assessments) implements this as a Spring
 * bean; the toolbox lists them among its tools, filtered like its own items, and never names the
 * module.
 */
public interface ToolSource {

    /** The tools the module offers now. */
    List<Tool> tools();

    /**
     * A tool offered by another module.
     *
     * @param code    stable within its source ({@code diagnostic:security})
     * @param themes  the codes of its network themes (empty for every theme)
     * @param title   its title
     * @param summary one or two sentences
     * @param link    where it is used, a path after the language ({@code /diagnostics/security})
     */
    record Tool(String code, List<String> themes, LocalizedText title, LocalizedText summary, String link) {
        public Tool {
            themes = List.copyOf(themes);
        }
    }
}
