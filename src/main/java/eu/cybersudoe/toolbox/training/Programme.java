package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.shared.LocalizedText;

import java.util.List;
import java.util.Optional;

/** A training programme: its modules in order. */
public record Programme(long id, LocalizedText title, List<TrainingModule> modules) {

    public Programme {
        modules = List.copyOf(modules);
    }

    public Optional<TrainingModule> module(long moduleId) {
        return modules.stream().filter(m -> m.id() == moduleId).findFirst();
    }
}
