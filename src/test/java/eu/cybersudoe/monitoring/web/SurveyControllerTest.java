package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EvaluationRefused;
import eu.cybersudoe.monitoring.internal.EvaluationQuestionnaires;
import eu.cybersudoe.monitoring.internal.SurveyAnswers;
import eu.cybersudoe.shared.web.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.reflect.Constructor;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The public survey page of a personal link, without an account: open, answered, unknown, wrong answers kept, too many tries. */
@WebMvcTest(SurveyController.class)
class SurveyControllerTest {

    static final String TOKEN = "A".repeat(43);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SurveyAnswers answers;
    @MockitoBean
    RateLimiter limiter;

    @BeforeEach
    void aSurvey() throws Exception {
        Constructor<EvaluationQuestionnaires> constructor = EvaluationQuestionnaires.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        when(answers.questionnaire()).thenReturn(constructor.newInstance().survey());
        when(limiter.tryAcquire(anyString(), any(), anyInt(), any())).thenReturn(true);
    }

    @Test
    void anOpenLinkShowsTheQuestionsInTheReadersLanguage() throws Exception {
        when(answers.state(TOKEN)).thenReturn(SurveyAnswers.LinkState.OPEN);

        mvc.perform(get("/es/evaluation/survey/" + TOKEN))
                .andExpect(status().isOk())
                .andExpect(view().name("monitoring/evaluation/survey"))
                .andExpect(content().string(containsString("¿Recomendaría la red a otra empresa?")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anUnknownOrAnsweredLinkShowsNoForm() throws Exception {
        when(answers.state(anyString())).thenReturn(SurveyAnswers.LinkState.UNKNOWN);
        mvc.perform(get("/en/evaluation/survey/forged"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This link is not valid")))
                .andExpect(content().string(not(containsString("name=\"q-overall\""))));
        when(answers.state(TOKEN)).thenReturn(SurveyAnswers.LinkState.ANSWERED);
        mvc.perform(get("/en/evaluation/survey/" + TOKEN))
                .andExpect(content().string(containsString("already been answered")));
    }

    @Test
    void wrongAnswersComeBackWithTheirMessageAndNothingIsRecorded() throws Exception {
        when(answers.check(anyMap())).thenReturn(Map.of("overall", "questionnaire.answer.unknown"));

        mvc.perform(post("/en/evaluation/survey/" + TOKEN).with(csrf()).param("q-overall", "9"))
                .andExpect(redirectedUrl("/en/evaluation/survey/" + TOKEN))
                .andExpect(flash().attributeExists("form"));
        verify(answers, never()).answer(anyString(), anyMap());
    }

    @Test
    void answersAreRecordedOnceAndASecondTryIsRefused() throws Exception {
        when(answers.check(anyMap())).thenReturn(Map.of());
        mvc.perform(post("/en/evaluation/survey/" + TOKEN).with(csrf()).param("q-overall", "4").param("q-other", "x"))
                .andExpect(redirectedUrl("/en/evaluation/survey/" + TOKEN))
                .andExpect(flash().attribute("thanks", true));
        verify(answers).answer(eq(TOKEN), eq(Map.of("overall", "4")));

        doThrow(new EvaluationRefused("evaluation.survey.refused.answered")).when(answers).answer(anyString(), anyMap());
        mvc.perform(post("/en/evaluation/survey/" + TOKEN).with(csrf()).param("q-overall", "4"))
                .andExpect(flash().attribute("refused", "evaluation.survey.refused.answered"));
    }

    @Test
    void tooManyTriesFromOneAddressAreRefused() throws Exception {
        when(limiter.tryAcquire(anyString(), any(), anyInt(), any())).thenReturn(false);
        mvc.perform(get("/en/evaluation/survey/" + TOKEN)).andExpect(status().isTooManyRequests());
    }
}
