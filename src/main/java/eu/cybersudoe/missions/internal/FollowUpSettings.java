package eu.cybersudoe.missions.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * The follow-up of delivered missions ({@code cybersudoe.missions.*}).
 *
 * @param followUpAfter how long after delivery the company is asked what it implemented (six months by default)
 * @param questionnaire the diagnostic the company is invited to take again, when the mission did not start from one
 */
@ConfigurationProperties("cybersudoe.missions")
public record FollowUpSettings(Period followUpAfter, String questionnaire) {
    public FollowUpSettings {
        followUpAfter = followUpAfter == null ? Period.ofMonths(6) : followUpAfter;
        questionnaire = questionnaire == null || questionnaire.isBlank() ? "digital-maturity" : questionnaire;
    }
}
