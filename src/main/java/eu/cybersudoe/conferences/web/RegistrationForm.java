package eu.cybersudoe.conferences.web;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration.Problem;
import eu.cybersudoe.conferences.internal.Person;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registration form (public, and for walk-ins at the door): the person and their company,
 * found again in the registry by its national identifier when given. The newsletter is a
 * separate, unticked choice. {@code homepage} is a field people never see: robots fill it.
 */
public class RegistrationForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The registry's fields and the form's fields that hold them. */
    private static final Map<String, String> REGISTRY_FIELDS = Map.of("legalName", "companyName", "identifier", "identifier",
            "postcode", "postcode", "city", "city", "country", "country");

    /** The longest value each field may hold, as the registry stores it. */
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("companyName", 200, "firstName", 120, "lastName", 120,
            "job", 200, "city", 120, "phone", 40, "postcode", 12, "identifier", 40);

    private String companyName = "";
    private String identifier = "";
    private String country = "";
    private String postcode = "";
    private String city = "";
    private String firstName = "";
    private String lastName = "";
    private String job = "";
    private String email = "";
    private String phone = "";
    private String language = Language.DEFAULT.code();
    private boolean newsletter;
    private String homepage = "";

    public RegistrationForm() {
    }

    RegistrationForm(Language language) {
        this.language = language.code();
    }

    boolean filledByRobot() {
        return homepage != null && !homepage.isBlank();
    }

    /** The registrant, or null with the problems added to the binding. An e-mail address is required unless at the door. */
    Registrant registrant(boolean emailRequired, BindingResult binding) {
        required(companyName, "companyName", binding);
        required(lastName, "lastName", binding);
        Country countryValue = null;
        try {
            countryValue = Country.valueOf(country);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            binding.rejectValue("country", "conferences.register.required");
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() && emailRequired) {
            binding.rejectValue("email", "conferences.register.required");
        } else if (!address.isEmpty() && (!EMAIL.matcher(address).matches() || address.length() > 254)) {
            binding.rejectValue("email", "conferences.register.email.invalid");
        }
        Map<String, String> typed = Map.of("companyName", companyName, "firstName", firstName, "lastName", lastName,
                "job", job, "city", city, "phone", phone, "postcode", postcode, "identifier", identifier);
        typed.forEach((field, value) -> {
            if (value != null && value.strip().length() > MAX_LENGTHS.get(field)) {
                binding.rejectValue(field, "conferences.form.tooLong");
            }
        });
        if (binding.hasErrors()) {
            return null;
        }
        NewOrganisation company = new NewOrganisation(OrganisationKind.COMPANY, companyName.strip(), null, countryValue,
                clean(identifier), null, clean(postcode), clean(city), null, null, null, null, false, null, List.of());
        Person person = new Person(clean(firstName), lastName.strip(), clean(job), address.isEmpty() ? null : address, clean(phone),
                Language.fromCode(language).orElse(Language.DEFAULT));
        return new Registrant(company, person, newsletter);
    }

    /** Puts the registry's problems on the form's fields. */
    static void reject(List<Problem> problems, BindingResult binding) {
        for (Problem problem : problems) {
            binding.rejectValue(REGISTRY_FIELDS.getOrDefault(problem.field(), "companyName"), problem.messageKey(),
                    problem.arguments().toArray(), null);
        }
    }

    private static void required(String value, String field, BindingResult binding) {
        if (value == null || value.isBlank()) {
            binding.rejectValue(field, "conferences.register.required");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getIdentifier() { return identifier; }
    public void setIdentifier(String identifier) { this.identifier = identifier; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isNewsletter() { return newsletter; }
    public void setNewsletter(boolean newsletter) { this.newsletter = newsletter; }
    public String getHomepage() { return homepage; }
    public void setHomepage(String homepage) { this.homepage = homepage; }
}
