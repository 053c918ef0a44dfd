package eu.cybersudoe.diagnostics;

/**
 * Declared as a bean by the module that listens to {@link AssistanceRequested} (assistance
 * missions). The "ask an expert" button of a diagnostic's result is shown only when such a bean
 * exists, so that no request is offered that nobody would receive.
 */
public interface AssistanceDesk {
}
