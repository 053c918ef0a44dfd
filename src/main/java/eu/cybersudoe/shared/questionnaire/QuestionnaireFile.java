package eu.cybersudoe.shared.questionnaire;

import eu.cybersudoe.shared.questionnaire.Question.Kind;
import eu.cybersudoe.shared.questionnaire.Question.Option;
import eu.cybersudoe.shared.questionnaire.Question.Step;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Band;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Condition;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Dimension;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Link;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Priority;
import eu.cybersudoe.shared.questionnaire.Questionnaire.Recommendation;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.reference.ReferenceFile;
import eu.cybersudoe.shared.reference.ReferenceNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks one questionnaire file (format in {@code reference/diagnostics/README.md}), for any module.
 * Every problem is a {@link eu.cybersudoe.shared.reference.ReferenceDataException} naming the
 * file and the line; nothing is returned unless the whole file is right.
 */
public final class QuestionnaireFile {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Set<String> themes;
    private final Map<String, Question> questions = new HashMap<>();

    private QuestionnaireFile(Set<String> themes) {
        this.themes = themes;
    }

    /**
     * Reads a questionnaire.
     *
     * @param themes the codes of the network's themes, which {@code theme} and recommendations may name
     */
    public static Questionnaire read(ReferenceFile file, Set<String> themes) {
        return new QuestionnaireFile(themes).questionnaire(file);
    }

    private Questionnaire questionnaire(ReferenceFile file) {
        ReferenceNode root = file.root().allowOnly("code", "version", "theme", "position", "minutes", "title",
                "description", "bands", "dimensions", "recommendations");
        String code = code(root, "code");
        int version = root.integer("version");
        if (version < 1) {
            throw root.problem("version", "must be 1 or more");
        }
        String theme = root.optionalText("theme").orElse(null);
        if (theme != null && !themes.contains(theme)) {
            throw root.problem("theme", "unknown theme '" + theme + "' (see reference/network/themes.yml)");
        }
        int minutes = root.optionalInteger("minutes").orElse(15);
        List<Band> bands = bands(root.get("bands"));
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> dimensionCodes = new HashSet<>();
        for (ReferenceNode node : nonEmpty(root, "dimensions")) {
            Dimension dimension = dimension(node);
            if (!dimensionCodes.add(dimension.code())) {
                throw node.problem("code", "dimension '" + dimension.code() + "' given twice");
            }
            dimensions.add(dimension);
        }
        List<Recommendation> recommendations = new ArrayList<>();
        Set<String> recommendationCodes = new HashSet<>();
        for (ReferenceNode node : root.optionalList("recommendations")) {
            Recommendation recommendation = recommendation(node, dimensionCodes);
            if (!recommendationCodes.add(recommendation.code())) {
                throw node.problem("code", "recommendation '" + recommendation.code() + "' given twice");
            }
            recommendations.add(recommendation);
        }
        return new Questionnaire(code, version, theme, root.optionalInteger("position").orElse(100), minutes,
                root.localized("title"), root.localized("description"), List.copyOf(dimensions), bands,
                List.copyOf(recommendations), file.name());
    }

    private Dimension dimension(ReferenceNode node) {
        node.allowOnly("code", "weight", "title", "intro", "bands", "questions");
        String code = code(node, "code");
        int weight = node.optionalInteger("weight").orElse(1);
        if (weight < 1) {
            throw node.problem("weight", "must be 1 or more");
        }
        List<Question> list = new ArrayList<>();
        for (ReferenceNode question : nonEmpty(node, "questions")) {
            list.add(question(question));
        }
        if (list.stream().noneMatch(Question::scored)) {
            throw node.problem("questions", "dimension '" + code + "' has no scored question");
        }
        List<Band> bands = node.has("bands") ? bands(node.get("bands")) : List.of();
        return new Dimension(code, weight, node.localized("title"), optionalLocalized(node, "intro"), List.copyOf(list), bands);
    }

    private Question question(ReferenceNode node) {
        node.allowOnly("code", "kind", "text", "help", "weight", "options", "dont-know", "not-applicable", "show-if",
                "min", "max", "steps");
        String code = code(node, "code");
        if (questions.containsKey(code)) {
            throw node.problem("code", "question '" + code + "' given twice");
        }
        Kind kind = node.choice("kind", Kind.class);
        int weight = node.optionalInteger("weight").orElse(1);
        if (weight < 1) {
            throw node.problem("weight", "must be 1 or more");
        }
        List<Option> options = options(node, kind);
        boolean scored = kind.choosesOptions();
        boolean dontKnow = node.flag("dont-know", false);
        boolean notApplicable = node.flag("not-applicable", false);
        if (!scored && (dontKnow || notApplicable)) {
            throw node.problem(dontKnow ? "dont-know" : "not-applicable", "only questions answered by choosing can offer it");
        }
        Condition showIf = node.has("show-if") ? answerCondition(node.get("show-if")) : null;
        BigDecimal min = null;
        BigDecimal max = null;
        List<Step> steps = List.of();
        if (kind == Kind.NUMBER) {
            min = node.find("min").map(ReferenceNode::decimal).orElse(BigDecimal.ZERO);
            max = node.decimal("max");
            if (max.compareTo(min) <= 0) {
                throw node.problem("max", "must be greater than min");
            }
            steps = steps(node);
        } else {
            for (String numberOnly : List.of("min", "max", "steps")) {
                if (node.has(numberOnly)) {
                    throw node.problem(numberOnly, "only number questions have it");
                }
            }
        }
        Question question = new Question(code, kind, node.localized("text"), optionalLocalized(node, "help"), weight,
                options, dontKnow, notApplicable, showIf, min, max, steps);
        questions.put(code, question);
        return question;
    }

    private List<Option> options(ReferenceNode node, Kind kind) {
        if (!kind.listsOptions()) {
            if (node.has("options")) {
                throw node.problem("options", "a " + kind.name().toLowerCase().replace('_', '-') + " question has no options");
            }
            return Question.impliedOptions(kind);
        }
        List<ReferenceNode> nodes = node.list("options");
        if (nodes.size() < 2) {
            throw node.problem("options", "needs at least two options");
        }
        List<Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ReferenceNode option : nodes) {
            option.allowOnly("code", "label", "score");
            String code = code(option, "code");
            if (code.equals(Question.DONT_KNOW) || code.equals(Question.NOT_APPLICABLE)) {
                throw option.problem("code", "'" + code + "' is reserved: write dont-know: true or not-applicable: true on the question");
            }
            if (!codes.add(code)) {
                throw option.problem("code", "option '" + code + "' given twice");
            }
            int score = option.integer("score");
            if (score < 0 || score > 100) {
                throw option.problem("score", "must be between 0 and 100");
            }
            options.add(new Option(code, option.localized("label"), score));
        }
        if (options.stream().allMatch(o -> o.score() == 0)) {
            throw node.problem("options", "at least one option must score more than 0");
        }
        return List.copyOf(options);
    }

    private List<Step> steps(ReferenceNode node) {
        List<Step> steps = new ArrayList<>();
        for (ReferenceNode step : node.optionalList("steps")) {
            step.allowOnly("from", "score");
            BigDecimal from = step.decimal("from");
            int score = step.integer("score");
            if (score < 0 || score > 100) {
                throw step.problem("score", "must be between 0 and 100");
            }
            if (!steps.isEmpty() && from.compareTo(steps.getLast().from()) <= 0) {
                throw step.problem("from", "steps must go up");
            }
            steps.add(new Step(from, score));
        }
        return List.copyOf(steps);
    }

    /** An answer condition on an earlier question. */
    private Condition answerCondition(ReferenceNode node) {
        node.allowOnly("question", "answers");
        String code = node.text("question");
        Question earlier = questions.get(code);
        if (earlier == null) {
            throw node.problem("question", "'" + code + "' is not an earlier question of this questionnaire");
        }
        List<String> answers = node.texts("answers");
        if (answers.isEmpty()) {
            throw node.problem("answers", "must list at least one answer");
        }
        for (String answer : answers) {
            if (!earlier.answerCodes().contains(answer)) {
                throw node.problem("answers", "'" + answer + "' is not an answer of question '" + code
                        + "' (expected one of " + String.join(", ", earlier.answerCodes()) + ")");
            }
        }
        return Condition.answer(code, answers);
    }

    private Recommendation recommendation(ReferenceNode node, Set<String> dimensionCodes) {
        node.allowOnly("code", "priority", "when", "title", "why", "how", "themes", "links");
        String code = code(node, "code");
        ReferenceNode when = node.get("when");
        Condition condition;
        if (when.has("dimension")) {
            when.allowOnly("dimension", "below");
            String dimension = when.text("dimension");
            if (!dimensionCodes.contains(dimension)) {
                throw when.problem("dimension", "unknown dimension '" + dimension + "'");
            }
            int below = when.integer("below");
            if (below < 1 || below > 100) {
                throw when.problem("below", "must be between 1 and 100");
            }
            condition = Condition.dimensionBelow(dimension, below);
        } else {
            condition = answerCondition(when);
        }
        List<String> linked = node.texts("themes");
        for (String theme : linked) {
            if (!themes.contains(theme)) {
                throw node.problem("themes", "unknown theme '" + theme + "' (see reference/network/themes.yml)");
            }
        }
        List<Link> links = new ArrayList<>();
        for (ReferenceNode link : node.optionalList("links")) {
            link.allowOnly("href", "label");
            String href = link.text("href");
            if (!(href.startsWith("/") && !href.startsWith("//")) && !href.startsWith("https://")) {
                throw link.problem("href", "must be a path of the site (/…) or an https:// address");
            }
            links.add(new Link(href, link.localized("label")));
        }
        return new Recommendation(code, node.choice("priority", Priority.class), condition, node.localized("title"),
                node.localized("why"), node.localized("how"), List.copyOf(linked), List.copyOf(links));
    }

    private static List<Band> bands(ReferenceNode node) {
        List<ReferenceNode> nodes = node.elements();
        if (nodes.size() < 2) {
            throw node.problem("needs at least two maturity levels");
        }
        List<Band> bands = new ArrayList<>();
        for (ReferenceNode band : nodes) {
            band.allowOnly("from", "code", "name", "text");
            int from = band.integer("from");
            if (bands.isEmpty() && from != 0) {
                throw band.problem("from", "the first level must start from 0");
            }
            if (!bands.isEmpty() && from <= bands.getLast().from()) {
                throw band.problem("from", "levels must go up");
            }
            if (from > 100) {
                throw band.problem("from", "must be 100 or less");
            }
            bands.add(new Band(from, code(band, "code"), band.localized("name"), band.localized("text")));
        }
        return List.copyOf(bands);
    }

    private static List<ReferenceNode> nonEmpty(ReferenceNode node, String key) {
        List<ReferenceNode> list = node.list(key);
        if (list.isEmpty()) {
            throw node.problem(key, "must not be empty");
        }
        return list;
    }

    private static String code(ReferenceNode node, String key) {
        String code = node.text(key);
        if (!CODE.matcher(code).matches()) {
            throw node.problem(key, "'" + code + "' is not a code (lower-case letters, digits and hyphens)");
        }
        return code;
    }

    private static LocalizedText optionalLocalized(ReferenceNode node, String key) {
        return node.has(key) ? node.localized(key) : null;
    }
}
