package eu.cybersudoe.accounts;

/**
 * What a module holds about a person besides the account itself (posts, follows…). The account's
 * JSON export adds, under {@link #section()}, what every such bean returns, so that a person's
 * download holds all their data without accounts knowing the modules that keep it.
 */
public interface PersonalDataSource {

    /** The export's key for this module's data, such as {@code community}. */
    String section();

    /** The account's data, as maps, lists, strings and numbers that JSON writes as they are. */
    Object personalDataOf(long accountId);
}
