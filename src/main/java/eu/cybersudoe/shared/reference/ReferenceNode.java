package eu.cybersudoe.shared.reference;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One node of a {@link ReferenceFile}: a mapping, a list or a value, with the line it starts on.
 * The typed readers ({@link #text(String)}, {@link #integer(String)}, {@link #localized(String)}…)
 * read a field of a mapping and throw a {@link ReferenceDataException} naming the file and the
 * line when the field is missing or has the wrong form. A field written {@code ~}, {@code null}
 * or left empty counts as absent.
 */
public final class ReferenceNode {

    private final String file;
    private final Node node;
    private final String path;
    private Map<String, Field> fields;

    ReferenceNode(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /** The file this node comes from. */
    public String file() {
        return file;
    }

    /** The line the node starts on, 1 for the first. */
    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** Where the node sits in the document, such as {@code partners[2].regions}; empty for the root. */
    public String path() {
        return path;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && isNullScalar(scalar);
    }

    /** A problem at this node, to throw. */
    public ReferenceDataException problem(String problem) {
        return new ReferenceDataException(file, line(), path.isEmpty() ? problem : path + ": " + problem);
    }

    /** A problem with one field of this mapping, reported at the field's line (or this node's when absent). */
    public ReferenceDataException problem(String key, String problem) {
        Field field = fields().get(key);
        int at = field == null ? line() : field.value.line();
        return new ReferenceDataException(file, at, qualified(key) + ": " + problem);
    }

    // --- mappings -------------------------------------------------------------------------

    /** The keys of this mapping, in file order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(fields().keySet());
    }

    /** Whether this mapping has the field with a non-null value. */
    public boolean has(String key) {
        Field field = fields().get(key);
        return field != null && !field.value.isNull();
    }

    /**
     * Refuses any key not in {@code allowed}, so that a misspelt field is reported instead of
     * being silently ignored.
     */
    public ReferenceNode allowOnly(String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (Field field : fields().values()) {
            if (!known.contains(field.key)) {
                throw new ReferenceDataException(file, field.keyLine,
                        qualified(field.key) + ": unknown field (expected one of " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    /** A required field, of any kind. */
    public ReferenceNode get(String key) {
        return find(key).orElseThrow(() -> problem("missing required field '" + key + "'"));
    }

    /** A field, if present and not null. */
    public Optional<ReferenceNode> find(String key) {
        Field field = fields().get(key);
        return field == null || field.value.isNull() ? Optional.empty() : Optional.of(field.value);
    }

    /** A required, non-blank text field. */
    public String text(String key) {
        return get(key).text();
    }

    public Optional<String> optionalText(String key) {
        return find(key).map(ReferenceNode::text);
    }

    /** A required whole number. */
    public int integer(String key) {
        return get(key).integer();
    }

    public Optional<Integer> optionalInteger(String key) {
        return find(key).map(ReferenceNode::integer);
    }

    /** A required decimal number, such as an amount ({@code 1641383} or {@code 17469.50}). */
    public BigDecimal decimal(String key) {
        return get(key).decimal();
    }

    /** A required date, written {@code 2008-07-01}. */
    public LocalDate date(String key) {
        return get(key).date();
    }

    public Optional<LocalDate> optionalDate(String key) {
        return find(key).map(ReferenceNode::date);
    }

    /** A yes/no field ({@code true} or {@code false}); {@code absent} when missing. */
    public boolean flag(String key, boolean absent) {
        return find(key).map(ReferenceNode::flag).orElse(absent);
    }

    /** A required value among an enum's constants, written in any case with '-' for '_' ({@code sectoral}, {@code launch-seminar}). */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        return get(key).choice(type);
    }

    /** A required list (possibly empty). */
    public List<ReferenceNode> list(String key) {
        return get(key).elements();
    }

    /** A list, or an empty one when the field is absent. */
    public List<ReferenceNode> optionalList(String key) {
        return find(key).map(ReferenceNode::elements).orElse(List.of());
    }

    /** A list of texts, or an empty one when the field is absent. */
    public List<String> texts(String key) {
        return optionalList(key).stream().map(ReferenceNode::text).toList();
    }

    /**
     * A text in every language of the platform: a mapping with the keys fr, es, pt and en, each
     * required. Its source language is the one written first.
     */
    public LocalizedText localized(String key) {
        return localizedText(key, null);
    }

    /**
     * A text in every language, as {@link #localized(String)}, whose source language is
     * {@code source} whatever order the languages are written in: for a file whose texts are all
     * written first in one language.
     */
    public LocalizedText localized(String key, Language source) {
        return localizedText(key, Objects.requireNonNull(source, "source"));
    }

    /** {@code source} null: the language written first. */
    private LocalizedText localizedText(String key, Language source) {
        ReferenceNode texts = get(key);
        if (!texts.isMapping()) {
            throw texts.problem("must give the text in each language (fr, es, pt, en)");
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        Language first = null;
        for (Field field : texts.fields().values()) {
            Language language = Language.fromCode(field.key).filter(l -> l.code().equals(field.key))
                    .orElseThrow(() -> new ReferenceDataException(file, field.keyLine,
                            texts.qualified(field.key) + ": unknown language (expected fr, es, pt, en)"));
            values.put(language, texts.text(field.key));
            first = first == null ? language : first;
        }
        for (Language language : Language.values()) {
            if (!values.containsKey(language)) {
                throw texts.problem("missing the text in '" + language.code() + "'");
            }
        }
        return new LocalizedText(values, source == null ? first : source);
    }

    // --- lists and values -----------------------------------------------------------------

    /** The elements of this list. */
    public List<ReferenceNode> elements() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("must be a list");
        }
        List<ReferenceNode> elements = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            elements.add(new ReferenceNode(file, values.get(i), path + "[" + (i + 1) + "]"));
        }
        return List.copyOf(elements);
    }

    /** This value as non-blank text. */
    public String text() {
        String value = scalar("a text").strip();
        if (value.isEmpty()) {
            throw problem("must not be empty");
        }
        return value;
    }

    public int integer() {
        String value = scalar("a whole number").replace("_", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem("must be a whole number, not '" + value + "'");
        }
    }

    public BigDecimal decimal() {
        String value = scalar("a number").replace("_", "");
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw problem("must be a number such as 1234 or 1234.50, not '" + value + "'");
        }
    }

    public LocalDate date() {
        String value = scalar("a date");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem("must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }

    public boolean flag() {
        String value = scalar("true or false");
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem("must be true or false, not '" + value + "'");
        };
    }

    public <E extends Enum<E>> E choice(Class<E> type) {
        String value = scalar("a value");
        String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> expected = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw problem("'" + value + "' is not one of " + String.join(", ", expected));
    }

    // --- internals ------------------------------------------------------------------------

    private String scalar(String expected) {
        if (node instanceof ScalarNode scalar && !isNullScalar(scalar)) {
            return scalar.getValue();
        }
        throw problem(isNull() ? "must not be empty" : "must be " + expected + ", not a " + kind());
    }

    private String kind() {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "value";
    }

    private static boolean isNullScalar(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Map<String, Field> fields() {
        if (fields == null) {
            if (!(node instanceof MappingNode mapping)) {
                throw problem("must be a mapping of fields (key: value), not a " + kind());
            }
            Map<String, Field> read = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new ReferenceNode(file, tuple.getKeyNode(), path).problem("a field name must be a simple text");
                }
                String key = keyNode.getValue();
                int keyLine = keyNode.getStartMark() == null ? line() : keyNode.getStartMark().getLine() + 1;
                Field previous = read.get(key);
                if (previous != null) {
                    throw new ReferenceDataException(file, keyLine,
                            qualified(key) + ": field given twice (first on line " + previous.keyLine + ")");
                }
                read.put(key, new Field(key, keyLine, new ReferenceNode(file, tuple.getValueNode(), qualified(key))));
            }
            fields = read;
        }
        return fields;
    }

    private record Field(String key, int keyLine, ReferenceNode value) {
    }
}
