package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.toolbox.training.TrainingModule;

import java.util.List;

/**
 * A module as a page shows it to a reader.
 *
 * @param items     the toolbox items it teaches with, as links
 * @param attended  whether the reader's attendance is recorded
 * @param bestScore the reader's best score, or null
 */
public record ModuleRow(TrainingModule module, String title, List<ItemLink> items, boolean attended, Integer bestScore,
                        boolean passed) {

    /** A link to a toolbox item's public page. */
    public record ItemLink(String title, String href) {
    }
}
