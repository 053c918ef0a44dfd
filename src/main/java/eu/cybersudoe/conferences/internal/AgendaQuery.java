package eu.cybersudoe.conferences.internal;

import java.time.LocalDate;

/**
 * The public agenda's filters; nulls mean "any".
 *
 * @param past     true for past conferences (latest first), false for upcoming ones (soonest first)
 * @param from     the first day shown, or null
 * @param to       the last day shown, or null
 * @param page     the page, from 1
 */
public record AgendaQuery(boolean past, String country, String region, String theme, String language, String partner,
                          ConferenceFormat format, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 12;

    public AgendaQuery {
        page = Math.max(1, page);
    }

    public static AgendaQuery upcoming() {
        return new AgendaQuery(false, null, null, null, null, null, null, null, null, 1);
    }
}
