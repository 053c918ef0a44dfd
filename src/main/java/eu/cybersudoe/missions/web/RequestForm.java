package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.MissionOrigin;
import eu.cybersudoe.shared.Language;
import org.springframework.validation.BindingResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A request typed by partner staff: the company, where it was met, what it needs. */
public class RequestForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Long companyId;
    private String origin = MissionOrigin.STAFF.name();
    private Long conferenceId;
    private String contactEmail = "";
    private String language = "";
    private String message = "";
    private List<String> themes = new ArrayList<>();

    /** The request, or null with the problems added to the binding. */
    Mission.Request request(BindingResult binding, Instant now, Language fallback) {
        if (companyId == null) {
            binding.rejectValue("companyId", "missions.form.company.missing");
        }
        MissionOrigin chosen = MissionOrigin.CONFERENCE.name().equals(origin) ? MissionOrigin.CONFERENCE : MissionOrigin.STAFF;
        if (chosen == MissionOrigin.CONFERENCE && conferenceId == null) {
            binding.rejectValue("conferenceId", "missions.form.conference.missing");
        }
        if (contactEmail != null && !contactEmail.isBlank() && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail.strip()).matches())) {
            binding.rejectValue("contactEmail", "missions.form.email.invalid");
        }
        if (message != null && message.length() > 4000) {
            binding.rejectValue("message", "missions.form.message.tooLong");
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new Mission.Request(chosen, chosen == MissionOrigin.CONFERENCE ? conferenceId : null, null, null, contactEmail,
                Language.fromCode(language).orElse(fallback), message == null ? "" : message.strip(), themes, now);
    }

    public Long getCompanyId() { return companyId; }
    public void setCompanyId(Long companyId) { this.companyId = companyId; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public Long getConferenceId() { return conferenceId; }
    public void setConferenceId(Long conferenceId) { this.conferenceId = conferenceId; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
}
