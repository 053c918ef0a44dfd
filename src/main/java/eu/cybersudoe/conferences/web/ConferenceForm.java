package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.VenueZones;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.validation.BindingResult;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conference form as typed: every value kept as text so that nothing typed is lost when the
 * form comes back with errors. Times are typed in the venue's time zone.
 */
public class ConferenceForm {

    private String kind = ConferenceKind.AWARENESS_CONFERENCE.name();
    private Map<String, String> title = new HashMap<>();
    private Map<String, String> description = new HashMap<>();
    private String sourceLanguage = Language.DEFAULT.code();
    private List<String> coOrganisers = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String format = ConferenceFormat.IN_PERSON.name();
    private String venue = "";
    private String address = "";
    private String postcode = "";
    private String city = "";
    private String country = "";
    private String nuts2 = "";
    private String onlineLink = "";
    private String zone = "";
    private String day = "";
    private String startTime = "09:30";
    private String endTime = "12:00";
    private String capacity = "40";
    private String opensOn = "";
    private String closesOn = "";
    private String speakers = "";

    /** An empty form for a partner's new conference, in its country and zone. */
    static ConferenceForm empty(Language language, Country country) {
        ConferenceForm form = new ConferenceForm();
        form.sourceLanguage = language.code();
        form.languages = new ArrayList<>(List.of(country.language().code()));
        form.country = country.name();
        form.zone = VenueZones.of(country).getId();
        return form;
    }

    static ConferenceForm of(Conference conference) {
        ConferenceDetails d = conference.details();
        ConferenceForm form = new ConferenceForm();
        form.kind = d.kind().name();
        d.title().texts().forEach((language, text) -> form.title.put(language.code(), text));
        d.description().texts().forEach((language, text) -> form.description.put(language.code(), text));
        form.sourceLanguage = d.title().source().code();
        form.coOrganisers = new ArrayList<>(d.coOrganisers());
        form.themes = new ArrayList<>(d.themes());
        form.languages = new ArrayList<>(d.languages().stream().map(Language::code).toList());
        form.format = d.format().name();
        form.venue = nz(d.venue());
        form.address = nz(d.address());
        form.postcode = nz(d.postcode());
        form.city = nz(d.city());
        form.country = d.country().name();
        form.nuts2 = nz(d.nuts2());
        form.onlineLink = nz(d.onlineLink());
        form.zone = d.zone().getId();
        form.day = d.startsAt().atZone(d.zone()).toLocalDate().toString();
        form.startTime = d.startsAt().atZone(d.zone()).toLocalTime().toString();
        form.endTime = d.endsAt().atZone(d.zone()).toLocalTime().toString();
        form.capacity = String.valueOf(d.capacity());
        form.opensOn = d.registrationOpensAt() == null ? "" : d.registrationOpensAt().atZone(d.zone()).toLocalDate().toString();
        form.closesOn = d.registrationClosesAt() == null ? ""
                : d.registrationClosesAt().atZone(d.zone()).toLocalDate().minusDays(1).toString();
        form.speakers = nz(d.speakers());
        return form;
    }

    /** The checked details, or null with the problems added to the binding. */
    ConferenceDetails details(Network network, String organiser, BindingResult binding) {
        ConferenceKind kindValue = parse(ConferenceKind.class, kind, "kind", binding);
        ConferenceFormat formatValue = parse(ConferenceFormat.class, format, "format", binding);
        Country countryValue = parse(Country.class, country, "country", binding);
        Language source = Language.fromCode(sourceLanguage).orElse(Language.DEFAULT);
        LocalizedText titleText = text(title, source);
        LocalizedText descriptionText = text(description, source);
        if (titleText.isEmpty()) {
            binding.rejectValue("title", "conferences.form.title.required");
        } else if (titleText.texts().values().stream().anyMatch(t -> t.length() > 200)) {
            binding.rejectValue("title", "conferences.form.tooLong");
        }
        if (descriptionText.isEmpty()) {
            binding.rejectValue("description", "conferences.form.description.required");
        }
        List<String> themeCodes = themes.stream().filter(t -> !t.isBlank()).distinct().toList();
        if (themeCodes.isEmpty()) {
            binding.rejectValue("themes", "conferences.form.themes.required");
        } else if (themeCodes.stream().anyMatch(t -> network.theme(t).isEmpty())) {
            binding.rejectValue("themes", "conferences.form.invalid");
        }
        List<Language> spoken = languages.stream().map(Language::fromCode).flatMap(java.util.Optional::stream).distinct().toList();
        if (spoken.isEmpty()) {
            binding.rejectValue("languages", "conferences.form.languages.required");
        }
        List<String> partners = coOrganisers.stream().filter(p -> !p.isBlank() && !p.equals(organiser)).distinct().toList();
        if (partners.stream().anyMatch(p -> network.partners().stream().noneMatch(known -> known.id().value().equals(p)))) {
            binding.rejectValue("coOrganisers", "conferences.form.invalid");
        }
        if (formatValue != null && formatValue.hasVenue() && (blank(venue) || blank(city))) {
            binding.rejectValue(blank(venue) ? "venue" : "city", "conferences.form.venue.required");
        }
        String link = onlineLink.strip();
        if (formatValue != null && formatValue.hasLink() && !link.isEmpty() && !httpLink(link)) {
            binding.rejectValue("onlineLink", "conferences.form.link.invalid");
        }
        if (!blank(nuts2) && (network.region(nuts2.strip()).isEmpty()
                || countryValue != null && network.region(nuts2.strip()).get().country() != countryValue)) {
            binding.rejectValue("nuts2", "conferences.form.invalid");
        }
        ZoneId zoneValue = VenueZones.known(zone) ? ZoneId.of(zone) : null;
        if (zoneValue == null) {
            binding.rejectValue("zone", "conferences.form.invalid");
        }
        LocalDate dayValue = date(day, "day", true, binding);
        LocalTime start = time(startTime, "startTime", binding);
        LocalTime end = time(endTime, "endTime", binding);
        if (start != null && end != null && !end.isAfter(start)) {
            binding.rejectValue("endTime", "conferences.form.endBeforeStart");
        }
        Integer seats = null;
        try {
            seats = Integer.parseInt(capacity.strip());
            if (seats < 1 || seats > 10_000) {
                binding.rejectValue("capacity", "conferences.form.capacity.range");
            }
        } catch (NumberFormatException notANumber) {
            binding.rejectValue("capacity", "conferences.form.capacity.range");
        }
        LocalDate opens = date(opensOn, "opensOn", false, binding);
        LocalDate closes = date(closesOn, "closesOn", false, binding);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            binding.rejectValue("closesOn", "conferences.form.closesBeforeOpens");
        }
        if (dayValue != null && closes != null && closes.isAfter(dayValue)) {
            binding.rejectValue("closesOn", "conferences.form.closesAfterDay");
        }
        if (binding.hasErrors()) {
            return null;
        }
        Instant startsAt = dayValue.atTime(start).atZone(zoneValue).toInstant();
        Instant endsAt = dayValue.atTime(end).atZone(zoneValue).toInstant();
        Instant opensAt = opens == null ? null : opens.atStartOfDay(zoneValue).toInstant();
        Instant closesAt = closes == null ? null : closes.plusDays(1).atStartOfDay(zoneValue).toInstant();
        boolean hasVenue = formatValue.hasVenue();
        return new ConferenceDetails(kindValue, titleText, descriptionText, partners, themeCodes, spoken, formatValue,
                hasVenue ? clean(venue) : null, hasVenue ? clean(address) : null, hasVenue ? clean(postcode) : null,
                hasVenue ? clean(city) : null, countryValue, blank(nuts2) ? null : nuts2.strip(),
                formatValue.hasLink() && !link.isEmpty() ? link : null, zoneValue, startsAt, endsAt, seats, opensAt, closesAt,
                clean(speakers));
    }

    private static boolean httpLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static LocalizedText text(Map<String, String> texts, Language source) {
        Map<Language, String> clean = new EnumMap<>(Language.class);
        texts.forEach((code, text) -> Language.fromCode(code).ifPresent(language -> clean.put(language, text)));
        LocalizedText text = new LocalizedText(clean, source);
        return text.has(source) || text.isEmpty() ? text
                : new LocalizedText(text.texts(), text.texts().keySet().iterator().next());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, BindingResult binding) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException unknown) {
            binding.rejectValue(field, "conferences.form.invalid");
            return null;
        }
    }

    private static LocalDate date(String value, String field, boolean required, BindingResult binding) {
        if (blank(value)) {
            if (required) {
                binding.rejectValue(field, "conferences.form.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException malformed) {
            binding.rejectValue(field, "conferences.form.date.invalid");
            return null;
        }
    }

    private static LocalTime time(String value, String field, BindingResult binding) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeException malformed) {
            binding.rejectValue(field, "conferences.form.time.invalid");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clean(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Map<String, String> getTitle() { return title; }
    public void setTitle(Map<String, String> title) { this.title = title; }
    public Map<String, String> getDescription() { return description; }
    public void setDescription(Map<String, String> description) { this.description = description; }
    public String getSourceLanguage() { return sourceLanguage; }
    public void setSourceLanguage(String sourceLanguage) { this.sourceLanguage = sourceLanguage; }
    public List<String> getCoOrganisers() { return coOrganisers; }
    public void setCoOrganisers(List<String> coOrganisers) { this.coOrganisers = coOrganisers; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getNuts2() { return nuts2; }
    public void setNuts2(String nuts2) { this.nuts2 = nuts2; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getOpensOn() { return opensOn; }
    public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
    public String getSpeakers() { return speakers; }
    public void setSpeakers(String speakers) { this.speakers = speakers; }
}
