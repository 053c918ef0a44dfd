package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.QuestionnaireFile;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every questionnaire version of {@code reference/diagnostics/*.yml}, read and checked when the
 * application starts: one wrong file stops the start with its name and line, and nothing is
 * offered until every file is right. Several versions of a questionnaire live side by side (one
 * file each); new assessments take the highest, older ones keep theirs.
 */
@Component
public class Questionnaires {

    static final String DEFAULT_LOCATION = "classpath*:reference/diagnostics/*.yml";

    private static final Logger log = LoggerFactory.getLogger(Questionnaires.class);

    private final Map<String, Map<Integer, Questionnaire>> versions;

    @Autowired
    Questionnaires(Network network, @Value("${cybersudoe.diagnostics.questionnaires:" + DEFAULT_LOCATION + "}") String location) {
        this(read(location, network.themes(true).stream().map(Theme::code).collect(Collectors.toSet())));
    }

    Questionnaires(List<Questionnaire> all) {
        Map<String, Map<Integer, Questionnaire>> byCode = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparingInt(Questionnaire::position).thenComparing(Questionnaire::code)
                        .thenComparingInt(Questionnaire::version))
                .forEach(q -> {
                    Questionnaire previous = byCode.computeIfAbsent(q.code(), c -> new LinkedHashMap<>()).put(q.version(), q);
                    if (previous != null) {
                        throw new ReferenceDataException(q.file(), 0, "version " + q.version() + " of '" + q.code()
                                + "' is also in " + previous.file());
                    }
                });
        this.versions = byCode;
        log.info("Diagnostics: {} questionnaire(s) loaded ({})", byCode.size(), all.stream()
                .map(q -> q.code() + " v" + q.version()).collect(Collectors.joining(", ")));
    }

    /** Reads every file; throws on the first wrong one, before anything is kept. */
    static List<Questionnaire> read(String location, Set<String> themes) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new ReferenceDataException(location, 0, "cannot be listed: " + e.getMessage(), e);
        }
        List<Questionnaire> read = new ArrayList<>();
        for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            String name = "reference/diagnostics/" + resource.getFilename();
            read.add(QuestionnaireFile.read(ReferenceFile.read(name, resource), themes));
        }
        return read;
    }

    /** The questionnaires offered now: the latest version of each, in order. */
    public List<Questionnaire> current() {
        return versions.values().stream().map(v -> v.values().stream()
                .max(Comparator.comparingInt(Questionnaire::version)).orElseThrow()).toList();
    }

    /** The latest version of a questionnaire. */
    public Optional<Questionnaire> current(String code) {
        return current().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** A given version, as an assessment pinned it. */
    public Optional<Questionnaire> version(String code, int version) {
        return Optional.ofNullable(versions.getOrDefault(code, Map.of()).get(version));
    }
}
