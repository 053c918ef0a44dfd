package eu.cybersudoe.monitoring.internal;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read through SnakeYAML's node API, so that every problem is reported with
 * the file and the line it is on. Unknown and repeated keys are errors: a misspelt key
 * must not be silently ignored.
 */
final class YamlMapping {

    private final String file;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMapping(String file, Node node, Set<String> allowedKeys) {
        this.file = file;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, "expected a mapping of keys to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!allowedKeys.isEmpty() && !allowedKeys.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown key '" + key + "' (expected one of " + String.join(", ", allowedKeys) + ")");
            }
            if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "key '" + key + "' appears twice");
            }
        }
    }

    /** Reads a mapping; an empty set of allowed keys allows any key. */
    static YamlMapping of(String file, Node node, Set<String> allowedKeys) {
        return new YamlMapping(file, node, allowedKeys);
    }

    Map<String, Node> entries() {
        return values;
    }

    Optional<Node> optional(String key) {
        return Optional.ofNullable(values.get(key));
    }

    Node required(String key) {
        Node value = values.get(key);
        if (value == null) {
            throw problem(node, "missing key '" + key + "'");
        }
        return value;
    }

    String requiredText(String key) {
        return text(required(key));
    }

    Optional<String> optionalText(String key) {
        return optional(key).map(this::text);
    }

    /** The text of a scalar that must not be blank. */
    String text(Node value) {
        String text = scalar(value);
        if (text.isBlank()) {
            throw problem(value, "empty value");
        }
        return text.strip();
    }

    /** A number such as {@code 1800000}, {@code 1_800_000} or {@code 15.5}. */
    BigDecimal number(Node value) {
        String text = text(value).replace("_", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw problem(value, "'" + text + "' is not a number");
        }
    }

    boolean bool(Node value) {
        return switch (text(value)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw problem(value, "expected true or false");
        };
    }

    List<Node> sequence(Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            throw problem(value, "expected a list");
        }
        return sequence.getValue();
    }

    private String scalar(Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw problem(value, "expected a single value");
        }
        return scalar.getValue();
    }

    CatalogueFileException problem(Node at, String message) {
        return new CatalogueFileException(file, lineOf(at), message);
    }

    static int lineOf(Node at) {
        return at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
    }
}
