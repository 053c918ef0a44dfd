package eu.cybersudoe.toolbox;

/** What a toolbox item is. */
public enum ItemKind {
    /** A methodological guide: structured Markdown sections and/or a PDF per language. */
    GUIDE,
    /** An awareness video: a file per language or one file with captions per language, a poster, a transcript. */
    VIDEO,
    /** A tool: a file or a link. */
    TOOL,
    /** An article written in the platform. */
    ARTICLE
}
