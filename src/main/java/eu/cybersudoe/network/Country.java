package eu.cybersudoe.network;

import eu.cybersudoe.shared.Language;

/** The three countries of the SUDOE area the network works in. */
public enum Country {
    FR(Language.FR), ES(Language.ES), PT(Language.PT);

    private final Language language;

    Country(Language language) {
        this.language = language;
    }

    /** The language people of this country get when they have not chosen one. */
    public Language language() {
        return language;
    }
}
