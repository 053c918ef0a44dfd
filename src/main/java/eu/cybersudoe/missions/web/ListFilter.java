package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.MissionFilter;
import eu.cybersudoe.missions.internal.MissionState;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The list's filters as typed in the query string. Values that are not valid are ignored rather
 * than refused, and shown back as typed. An advisor's list shows their own missions unless they
 * choose "all" ({@code mine=false}).
 */
public class ListFilter {

    private String state = "";
    private String advisor = "";
    private String partner = "";
    private String theme = "";
    private String from = "";
    private String to = "";
    private String mine = "";

    MissionFilter criteria(String listedPartner, SignedInUser user) {
        String partnerShown = listedPartner != null ? listedPartner : partner.isBlank() ? null : partner;
        Long advisorId = number(advisor);
        if (advisorId == null && user.role() == Role.ADVISOR && !"false".equals(mine)) {
            advisorId = user.accountId();
        }
        MissionState stateShown = Arrays.stream(MissionState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        return new MissionFilter(partnerShown, stateShown, advisorId, theme.isBlank() ? null : theme, date(from), date(to), null);
    }

    /** The filters as a query string, for the pagination and export links. */
    public String query() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        add(builder, "state", state);
        add(builder, "advisor", advisor);
        add(builder, "partner", partner);
        add(builder, "theme", theme);
        add(builder, "from", from);
        add(builder, "to", to);
        add(builder, "mine", mine);
        String query = builder.build().encode().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException ignored) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state == null ? "" : state; }
    public String getAdvisor() { return advisor; }
    public void setAdvisor(String advisor) { this.advisor = advisor == null ? "" : advisor; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner == null ? "" : partner; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme == null ? "" : theme; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from == null ? "" : from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to == null ? "" : to; }
    public String getMine() { return mine; }
    public void setMine(String mine) { this.mine = mine == null ? "" : mine; }
}
