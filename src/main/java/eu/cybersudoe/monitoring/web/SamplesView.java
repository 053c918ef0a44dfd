package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.internal.Samples;
import eu.cybersudoe.monitoring.internal.SurveyAnswers;
import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * The evaluator's samples of beneficiaries.
 *
 * @param population how many distinct companies with a consenting contact a sample is drawn from today
 * @param mayDraw    whether the reader may draw samples and send surveys (the evaluator, network admins)
 */
public record SamplesView(int population, List<Samples.Sample> samples, boolean mayDraw, String size, String sizeError) {

    /** One sample with its companies and the survey's results. */
    public record Detail(Samples.Sample sample, List<Member> members, SurveyAnswers.Results results, boolean maySend,
                         int notMailed, int threshold) {
    }

    /** A sampled company as shown: name and origin only. */
    public record Member(String companyName, LocalizedText.Shown origin, boolean mailed, boolean answered) {
    }
}
