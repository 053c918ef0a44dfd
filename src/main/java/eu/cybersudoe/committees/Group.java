package eu.cybersudoe.committees;

/**
 * A committee or working group.
 *
 * @param code stable code: {@code steering}, {@code technical}, or the working group's own
 * @param name the working group's name as its creator typed it (the committees are named by their kind)
 */
public record Group(long id, String code, GroupKind kind, String name) {
}
