package eu.cybersudoe.toolbox.training.web;

/** A member of a partner's staff who can be enrolled, as an option of a list: value {@code partner:account}. */
public record StaffChoice(String value, String label) {
}
