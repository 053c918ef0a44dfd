package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyActivityRecorded;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.diagnostics.AssistanceRequested;
import eu.cybersudoe.diagnostics.internal.Assessment.CompanyContext;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.questionnaire.AnswerCheck;
import eu.cybersudoe.shared.questionnaire.Questionnaire;
import eu.cybersudoe.shared.questionnaire.Scoring;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Starting, answering, completing and reading assessments. */
@Service
public class DiagnosticsService {

    /** The timeline kind of a completed assessment. */
    public static final String COMPLETED_ACTIVITY = "diagnostic.completed";

    private final AssessmentTable table;
    private final Questionnaires questionnaires;
    private final CompanyUsers companyUsers;
    private final CompanyRegistry registry;
    private final Network network;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    DiagnosticsService(AssessmentTable table, Questionnaires questionnaires, CompanyUsers companyUsers,
                       CompanyRegistry registry, Network network, ApplicationEventPublisher events, MessageSource messages,
                       Clock clock) {
        this.table = table;
        this.questionnaires = questionnaires;
        this.companyUsers = companyUsers;
        this.registry = registry;
        this.network = network;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** An assessment with the questionnaire version it was started with. */
    public record Opened(Assessment assessment, Questionnaire questionnaire) {

        public Scoring.Result result() {
            return Scoring.score(questionnaire, assessment.answers());
        }
    }

    /** The sectors of the context form that a network theme of the registry names. */
    private static final java.util.Map<String, String> SECTOR_OF_THEME = java.util.Map.of("industry", "industry",
            "building", "construction", "commerce", "commerce", "tourism", "tourism", "agri-food", "agri-food",
            "mobility", "transport");

    /** The company context the registry already knows: size class, sector and region, each when known. */
    static CompanyContext contextOf(CompanyRegistry.OrganisationSummary summary) {
        String size = summary.sizeClass() == null ? null : summary.sizeClass().toLowerCase(java.util.Locale.ROOT);
        return new CompanyContext(size != null && CompanyContext.SIZES.contains(size) ? size : null,
                summary.sectorTheme() == null ? null : SECTOR_OF_THEME.get(summary.sectorTheme()), summary.nuts2());
    }

    /** A new assessment and the token of its private link (given once, never stored). */
    public record Started(Opened opened, String token) {
    }

    /**
     * Starts an assessment of the current version of a questionnaire. A company user's is linked
     * to their company, whose size, sector and region are filled in when the registry knows them.
     *
     * @param user the signed-in person, or null
     * @throws NoSuchElementException when there is no such questionnaire
     */
    @Transactional
    public Started start(String code, Language language, SignedInUser user) {
        CompanyId company = user != null && user.role() == Role.COMPANY_USER
                ? companyUsers.companyOf(user.accountId()).orElse(null) : null;
        return start(code, language, user == null ? null : user.accountId(), company, null);
    }

    /**
     * Starts an assessment that partner staff fill in with a company: it is linked to the company,
     * whose region is filled in, and counts for the partner they act for.
     *
     * @param partnerId the partner they act for, or null (a network admin who has chosen none)
     * @throws NoSuchElementException when there is no such questionnaire
     */
    @Transactional
    public Started startFor(CompanyId company, String code, Language language, long accountId, String partnerId) {
        return start(code, language, accountId, company, partnerId);
    }

    private Started start(String code, Language language, Long accountId, CompanyId company, String partnerId) {
        Questionnaire questionnaire = questionnaires.current(code).orElseThrow();
        String token = PrivateLinks.newToken();
        long id = table.insert(code, questionnaire.version(), PrivateLinks.hash(token), language, accountId, company,
                partnerId, clock.instant());
        if (company != null) {
            registry.find(company).ifPresent(summary -> table.saveContext(id, contextOf(summary), clock.instant()));
        }
        return new Started(open(table.byId(id).orElseThrow()), token);
    }

    /** The assessments linked to a company, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> ofCompany(CompanyId company) {
        return table.ofCompany(company);
    }

    /**
     * A company's later assessment compared with its first of the same questionnaire; empty for an
     * assessment not linked to a company, not completed, or that is the company's first.
     */
    @Transactional(readOnly = true)
    public Optional<Reassessment> progress(Opened later) {
        Assessment assessment = later.assessment();
        if (assessment.company() == null || !assessment.completed()) {
            return Optional.empty();
        }
        return table.completedOf(assessment.company(), assessment.questionnaire()).stream().findFirst()
                .filter(first -> first.id() != assessment.id())
                .map(first -> Reassessment.of(open(table.byId(first.id()).orElseThrow()), later));
    }

    /**
     * The change of overall score since the company's first completed assessment of the same
     * questionnaire, for those of the given assessments that are later ones.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> changesSinceFirst(List<Assessment> assessments) {
        Map<Long, Integer> changes = new java.util.HashMap<>();
        Map<String, Assessment> firsts = new java.util.HashMap<>();
        for (Assessment assessment : assessments) {
            if (assessment.company() == null || !assessment.completed() || assessment.overallScore() == null) {
                continue;
            }
            Assessment first = firsts.computeIfAbsent(assessment.company().value() + "/" + assessment.questionnaire(),
                    key -> table.completedOf(assessment.company(), assessment.questionnaire()).getFirst());
            if (first.id() != assessment.id() && first.overallScore() != null) {
                changes.put(assessment.id(), assessment.overallScore() - first.overallScore());
            }
        }
        return changes;
    }

    /** The assessment a private link opens, if the link is right. */
    @Transactional(readOnly = true)
    public Optional<Opened> byToken(String token) {
        if (!PrivateLinks.wellFormed(token)) {
            return Optional.empty();
        }
        return table.byTokenHash(PrivateLinks.hash(token)).map(this::open);
    }

    /** An assessment by its identifier, for the platform's own use (never from a visitor's input). */
    @Transactional(readOnly = true)
    public Optional<Opened> byId(long id) {
        return table.byId(id).map(this::open);
    }

    /** The assessments a person started, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> ofAccount(long accountId) {
        return table.ofAccount(accountId);
    }

    /**
     * A new private link for one of the person's own assessments, to resume it from their
     * account: the previous link stops working.
     *
     * @throws NoSuchElementException when the assessment is not theirs
     */
    @Transactional
    public String renewLink(long assessmentId, long accountId) {
        Assessment assessment = table.byId(assessmentId).filter(a -> Long.valueOf(accountId).equals(a.accountId()))
                .orElseThrow();
        String token = PrivateLinks.newToken();
        table.replaceToken(assessment.id(), PrivateLinks.hash(token));
        return token;
    }

    @Transactional
    public void saveContext(Opened opened, CompanyContext context) {
        requireOpen(opened);
        table.saveContext(opened.assessment().id(), context, clock.instant());
    }

    /**
     * Saves the answers given on one dimension's page, if they are valid.
     *
     * @param given the form's values by question code (multiple choices joined with commas)
     * @return the message keys of the problems by question code; nothing is saved when there is one
     */
    @Transactional
    public Map<String, String> saveAnswers(Opened opened, Questionnaire.Dimension dimension, Map<String, String> given) {
        requireOpen(opened);
        Map<String, String> errors = AnswerCheck.check(dimension, given);
        if (errors.isEmpty()) {
            table.saveAnswers(opened.assessment().id(), AnswerCheck.normalised(dimension, given), clock.instant());
        }
        return errors;
    }

    /**
     * Completes an assessment: its score and level are kept, the partner answering for its
     * region noted (unless a partner's staff started it with the company), and a company's
     * timeline told.
     */
    @Transactional
    public Opened complete(Opened opened) {
        Assessment assessment = opened.assessment();
        if (assessment.completed()) {
            return opened;
        }
        Scoring.Result result = opened.result();
        String region = regionOf(assessment);
        String partner = assessment.partnerId() != null ? assessment.partnerId()
                : region == null ? null : network.partnerFor(region).value();
        var now = clock.instant();
        if (table.complete(assessment.id(), result.overall(), result.band() == null ? null : result.band().code(), partner, now)
                && assessment.company() != null) {
            events.publishEvent(new CompanyActivityRecorded(assessment.company(), COMPLETED_ACTIVITY, partner, now,
                    summary(opened.questionnaire(), result), null));
        }
        return open(table.byId(assessment.id()).orElseThrow());
    }

    /** Asks for an expert: publishes {@link AssistanceRequested} for the module that handles such requests. */
    @Transactional
    public void requestAssistance(Opened opened, String email, String message) {
        Assessment assessment = opened.assessment();
        if (!assessment.completed()) {
            throw new IllegalStateException("An expert is asked after the assessment is completed");
        }
        String region = regionOf(assessment);
        String partner = assessment.partnerId() != null ? assessment.partnerId()
                : region != null ? network.partnerFor(region).value() : network.leadPartner().id().value();
        events.publishEvent(new AssistanceRequested(assessment.company(), region, partner, assessment.id(),
                assessment.questionnaire(), clock.instant(), email, message == null ? "" : message.strip()));
    }

    private String regionOf(Assessment assessment) {
        if (assessment.context().region() != null && network.region(assessment.context().region()).isPresent()) {
            return assessment.context().region();
        }
        return assessment.company() == null ? null
                : registry.find(assessment.company()).map(CompanyRegistry.OrganisationSummary::nuts2)
                .filter(r -> network.region(r).isPresent()).orElse(null);
    }

    private LocalizedText summary(Questionnaire questionnaire, Scoring.Result result) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, messages.getMessage("diagnostics.timeline.completed",
                    new Object[]{questionnaire.title().in(language).text(), result.overall() == null ? "–" : result.overall()},
                    language.locale()));
        }
        return new LocalizedText(texts, Language.EN);
    }

    private Opened open(Assessment assessment) {
        Questionnaire questionnaire = questionnaires.version(assessment.questionnaire(), assessment.version())
                .orElseThrow(() -> new IllegalStateException("Version " + assessment.version() + " of questionnaire '"
                        + assessment.questionnaire() + "' is no longer in reference/diagnostics: keep the files of old versions"));
        return new Opened(assessment, questionnaire);
    }

    private static void requireOpen(Opened opened) {
        if (opened.assessment().completed()) {
            throw new AssessmentCompleted();
        }
    }

    /** A completed assessment cannot be changed. */
    public static final class AssessmentCompleted extends RuntimeException {
        public AssessmentCompleted() {
            super("The assessment is completed");
        }
    }
}
