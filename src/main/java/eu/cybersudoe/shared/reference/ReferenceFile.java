package eu.cybersudoe.shared.reference;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A YAML reference-data file (partners, themes, indicators, questionnaires…) read as a tree of
 * {@link ReferenceNode}s that remember their line, so every problem can be reported as
 * "file, line N: what is wrong". Only the YAML node graph is built: no Java object is
 * constructed from the file's tags.
 */
public final class ReferenceFile {

    private final String name;
    private final ReferenceNode root;

    private ReferenceFile(String name, ReferenceNode root) {
        this.name = name;
        this.root = root;
    }

    /**
     * Reads a file.
     *
     * @param name   how to name the file in messages, such as {@code reference/network/partners.yml}
     * @param reader its content
     * @throws ReferenceDataException when it is not well-formed YAML or is empty
     */
    public static ReferenceFile read(String name, Reader reader) {
        // Only the node graph is composed; duplicate keys are refused by ReferenceNode, with their line.
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        Node node;
        try {
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ReferenceDataException(name, mark == null ? 0 : mark.getLine() + 1, "not valid YAML: " + problem, e);
        } catch (YAMLException e) {
            throw new ReferenceDataException(name, 0, "not valid YAML: " + e.getMessage(), e);
        }
        if (node == null) {
            throw new ReferenceDataException(name, 0, "the file is empty");
        }
        return new ReferenceFile(name, new ReferenceNode(name, node, ""));
    }

    /**
     * Reads a file from a Spring resource (class path, file system…), in UTF-8.
     *
     * @throws ReferenceDataException when it is missing, unreadable, not YAML or empty
     */
    public static ReferenceFile read(String name, Resource resource) {
        if (!resource.exists()) {
            throw new ReferenceDataException(name, 0, "the file does not exist");
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (IOException e) {
            throw new ReferenceDataException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /** The top of the document, usually a mapping. */
    public ReferenceNode root() {
        return root;
    }
}
