package eu.cybersudoe.shared.documents;

import eu.cybersudoe.shared.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a document says, apart from its frame: its title (the level 1 heading and the title in
 * its metadata), lines under the title, and blocks (headings of level 2 and 3, paragraphs,
 * tables, figures) in reading order. The same outline is written as a tagged PDF and as a
 * Word document, so both hold the same sections.
 *
 * @param language the document's language
 * @param title    its title
 * @param lines    what stands under the title (who, when, where), one a line
 * @param blocks   the body
 */
public record Outline(Language language, String title, List<String> lines, List<Block> blocks) {

    public Outline {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Text, Table, Figure {
    }

    /**
     * A heading.
     *
     * @param level 2 for a section, 3 for a part of a section
     */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 2 || level > 3) {
                throw new IllegalArgumentException("Headings of the body are of level 2 or 3");
            }
        }
    }

    /**
     * A paragraph for each line of the text, the first led by a label in bold when there is one.
     *
     * @param label a label, or null
     * @param prominent whether the text is set larger (a certificate's statement)
     */
    public record Text(String label, String text, boolean prominent) implements Block {

        /** The paragraphs: one per line, blank lines left out. */
        public List<String> paragraphs() {
            return Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).toList();
        }
    }

    /**
     * A table with a header row repeated on every page it spans.
     *
     * @param header   the column headings
     * @param widths   the columns' relative widths
     * @param rows     the rows, each as long as the header
     * @param forWriting whether rows are tall enough to write in by hand (a sign-in sheet)
     */
    public record Table(List<String> header, List<Integer> widths, List<List<String>> rows, boolean forWriting) implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("Every row and the widths must have as many cells as the header");
            }
        }

        /** A column's share of the table's width, in per cent. */
        public int percent(int column) {
            return Math.round(100f * widths.get(column) / widths.stream().mapToInt(Integer::intValue).sum());
        }
    }

    /**
     * A drawing with its text alternative (what a screen reader says instead of the picture).
     *
     * @param svg         the drawing, an SVG element
     * @param alternative what the drawing shows, in words
     */
    public record Figure(String svg, String alternative) implements Block {
    }

    public static Builder of(Language language, String title) {
        return new Builder(language, title);
    }

    /** Builds an outline block by block; empty texts are left out. */
    public static final class Builder {
        private final Language language;
        private final String title;
        private final List<String> lines = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        private Builder(Language language, String title) {
            this.language = language;
            this.title = title;
        }

        public Builder line(String line) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
            return this;
        }

        public Builder section(String heading) {
            blocks.add(new Heading(2, heading));
            return this;
        }

        public Builder subsection(String heading) {
            blocks.add(new Heading(3, heading));
            return this;
        }

        public Builder text(String text) {
            return labelled(null, text);
        }

        public Builder labelled(String label, String text) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Text(label, text, false));
            }
            return this;
        }

        public Builder statement(String text) {
            blocks.add(new Text(null, text, true));
            return this;
        }

        /** A section heading followed by its text, both left out when the text is empty. */
        public Builder sectionWithText(String heading, String text) {
            if (text != null && !text.isBlank()) {
                section(heading);
                text(text);
            }
            return this;
        }

        public Builder table(List<String> header, List<Integer> widths, List<List<String>> rows) {
            blocks.add(new Table(header, widths, rows, false));
            return this;
        }

        public Builder writingTable(List<String> header, List<Integer> widths, List<List<String>> rows) {
            blocks.add(new Table(header, widths, rows, true));
            return this;
        }

        public Builder figure(String svg, String alternative) {
            blocks.add(new Figure(svg, alternative));
            return this;
        }

        public Outline build() {
            return new Outline(language, title, lines, blocks);
        }
    }
}
