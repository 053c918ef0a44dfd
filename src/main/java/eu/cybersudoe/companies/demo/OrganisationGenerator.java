package eu.cybersudoe.companies.demo;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.classification.ActivityClassification;
import eu.cybersudoe.companies.demo.Places.Town;
import eu.cybersudoe.companies.demo.Words.Lexicon;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Makes realistic organisations of France, Spain and Portugal, the same ones for the same seed:
 * valid SIREN/SIRET, CIF and NIPC numbers (check digits computed), names from word lists per
 * country and trade, legal forms, postcodes mostly in the partners' regions (85 %), activities
 * chosen among the NACE classes of a sectoral theme (read from {@link Activities}), about 80 %
 * micro-enterprises, about 20 % woman-led, one or two contacts with consents.
 * <p>
 * Organisations go round the territories in turn, so each partner gets the same number. One
 * instance makes one sequence (identifiers and e-mail domains stay unique within it); it is not
 * thread-safe. Memory grows only with the set of e-mail domains used.
 */
public final class OrganisationGenerator implements Iterator<GeneratedOrganisation> {

    /** The tag every generated organisation carries. */
    public static final String TAG = "demo";

    private static final String SERVICE_SECTIONS = "HJLMNPQRS";
    private static final Map<String, Double> THEME_WEIGHTS = themeWeights();
    /** Well-known NAF rév. 2 subclasses; other classes get the letter Z. */
    private static final Map<String, Character> NAF_LETTERS = Map.of("10.71", 'C', "56.10", 'A', "43.22", 'A',
            "47.11", 'D', "62.02", 'A', "45.20", 'A', "10.13", 'B', "49.41", 'A', "43.21", 'A', "96.02", 'A');

    private final SplittableRandom random;
    private final int currentYear;
    private final Activities activities;
    private final List<Territory> territories;
    private final Map<Country, List<Town>> outside = new HashMap<>();
    private final Map<String, List<Town>> townsByRegion = new HashMap<>();
    private final Map<String, List<String>> classesByTheme = new HashMap<>();
    private final Map<String, List<String>> classesByHint = new HashMap<>();
    private final Map<String, List<String>> dividedCodes = new HashMap<>();
    private final Map<Country, Integer> counters = new HashMap<>();
    private final Set<String> domains = new HashSet<>();
    private long index;

    /** With the nine partners' territories, this year and the shipped classification. */
    public OrganisationGenerator(long seed) {
        this(seed, Year.now().getValue(), new Activities(), Territory.sudoePartners());
    }

    /**
     * @param seed        the same seed gives the same organisations
     * @param currentYear the latest creation year
     * @param activities  the classification the activities are drawn from
     * @param territories the partners to spread organisations over, in turn
     */
    public OrganisationGenerator(long seed, int currentYear, Activities activities, List<Territory> territories) {
        if (territories.isEmpty()) {
            throw new IllegalArgumentException("At least one territory is needed");
        }
        this.random = new SplittableRandom(seed);
        this.currentYear = currentYear;
        this.activities = Objects.requireNonNull(activities, "activities");
        this.territories = List.copyOf(territories);
        Set<String> covered = new HashSet<>();
        territories.forEach(t -> covered.addAll(t.regions()));
        for (Town town : Places.TOWNS) {
            townsByRegion.computeIfAbsent(town.nuts2(), r -> new ArrayList<>()).add(town);
            if (!covered.contains(town.nuts2())) {
                outside.computeIfAbsent(town.country(), c -> new ArrayList<>()).add(town);
            }
        }
        for (String naceClass : activities.nace().classes()) {
            String theme = activities.sectorThemes().of(naceClass).orElse(null);
            if (theme == null && SERVICE_SECTIONS.indexOf(activities.nace().section(naceClass).orElseThrow()) >= 0) {
                theme = Words.SERVICES;
            }
            if (theme != null) {
                classesByTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(naceClass);
            }
        }
    }

    /** The next {@code count} organisations, made as the stream is read. */
    public Stream<GeneratedOrganisation> stream(long count) {
        return Stream.generate(this::next).limit(count);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public GeneratedOrganisation next() {
        Territory territory = territories.get((int) (index++ % territories.size()));
        Country country = territory.country();
        Lexicon words = Words.BY_COUNTRY.get(country);
        Town town = town(territory);
        OrganisationKind kind = kind();
        boolean womanLed = kind == OrganisationKind.COMPANY && random.nextDouble() < 0.2
                || kind != OrganisationKind.COMPANY && random.nextDouble() < 0.3;
        Name name = name(kind, country, words, town);
        String activity = nationalCode(country, name.naceClass());
        int serial = counters.merge(country, 1, Integer::sum);
        String identifier = identifier(country, kind, name.legalForm(), town, serial);
        String domain = domain(name.brand(), town, country);
        List<GeneratedContact> contacts = contacts(country, words, womanLed, domain, town);
        NewOrganisation organisation = new NewOrganisation(kind, name.legalName(), null, country, identifier,
                address(country, words), postcode(town), town.name(), activity, employees(kind), null,
                creationYear(), womanLed, random.nextDouble() < 0.6 ? "https://www." + domain : null, List.of(TAG));
        return new GeneratedOrganisation(organisation, contacts, territory.partnerId(), town.nuts2());
    }

    private Town town(Territory territory) {
        List<Town> elsewhere = outside.getOrDefault(territory.country(), List.of());
        if (elsewhere.isEmpty() || random.nextDouble() < 0.85) {
            String region = pick(territory.regions());
            List<Town> towns = townsByRegion.get(region);
            if (towns != null) {
                return pick(towns);
            }
        }
        return pick(elsewhere.isEmpty() ? Places.TOWNS.stream().filter(t -> t.country() == territory.country()).toList() : elsewhere);
    }

    private OrganisationKind kind() {
        double r = random.nextDouble();
        if (r < 0.03) {
            return OrganisationKind.SOLUTION_PROVIDER;
        }
        if (r < 0.045) {
            return OrganisationKind.SOFTWARE_EDITOR;
        }
        if (r < 0.06) {
            return OrganisationKind.SUPPORT_STRUCTURE;
        }
        return OrganisationKind.COMPANY;
    }

    /** A legal name, the word its e-mail domain is made from, its legal form and its NACE class. */
    private record Name(String legalName, String brand, String legalForm, String naceClass) {
    }

    private Name name(OrganisationKind kind, Country country, Lexicon words, Town town) {
        String form = legalForm(country, kind);
        return switch (kind) {
            case SOLUTION_PROVIDER -> {
                String brand = pick(Words.BRANDS);
                yield new Name(withForm(country, brand + " " + words.providerSuffix(), form), brand + " " + town.name(), form,
                        pickClass(Words.SERVICES, pick(List.of("62.02", "62.01", "62.09", "63.11", "95.11"))));
            }
            case SOFTWARE_EDITOR -> {
                String brand = pick(Words.BRANDS);
                yield new Name(withForm(country, brand + " " + words.editorSuffix(), form), brand + " software", form,
                        pickClass(Words.SERVICES, pick(List.of("58.29", "62.01"))));
            }
            case SUPPORT_STRUCTURE -> {
                String pattern = pick(words.structurePatterns());
                String name = String.format(pattern, of(country, town.name()));
                yield new Name(name, name, form, pickClass(Words.SERVICES, pick(List.of("94.11", "94.12", "70.22"))));
            }
            case COMPANY -> company(country, words, town, form);
        };
    }

    private Name company(Country country, Lexicon words, Town town, String form) {
        String theme = weighted(THEME_WEIGHTS);
        String entry = pick(words.tradesByTheme().get(theme));
        String trade = entry.substring(0, entry.indexOf('='));
        String naceClass = pickClass(theme, entry.substring(entry.indexOf('=') + 1));
        String family = pick(words.lastNames());
        double pattern = random.nextDouble();
        String base;
        if (pattern < 0.55) {
            base = trade + " " + family;
        } else if (pattern < 0.8) {
            List<String> areas = Words.AREAS.get(town.nuts2());
            base = trade + " " + (areas == null ? of(country, town.name()) : pick(areas));
        } else if (pattern < 0.9) {
            base = String.format(words.familyPattern(), family);
        } else {
            base = trade + " " + pick(words.lastNames()) + (country == Country.FR ? " et " : " y ") + family;
            if (country == Country.PT) {
                base = trade + " " + pick(words.lastNames()) + " & " + family;
            }
        }
        return new Name(withForm(country, base, form), base, form, naceClass);
    }

    private static String of(Country country, String town) {
        return switch (country) {
            case FR -> "AEIOUÉÈÂÎH".indexOf(Character.toUpperCase(town.charAt(0))) >= 0 ? "d'" + town : "de " + town;
            case ES, PT -> "de " + town;
        };
    }

    private String legalForm(Country country, OrganisationKind kind) {
        if (kind == OrganisationKind.SUPPORT_STRUCTURE) {
            return "ASSOCIATION";
        }
        double r = random.nextDouble();
        return switch (country) {
            case FR -> r < 0.35 ? "SARL" : r < 0.6 ? "SAS" : r < 0.7 ? "EURL" : r < 0.73 ? "SA" : "EI";
            case ES -> r < 0.7 ? "S.L." : r < 0.78 ? "S.A." : r < 0.85 ? "S.L.U." : r < 0.9 ? "S.Coop." : r < 0.95 ? "S.C." : "C.B.";
            case PT -> r < 0.65 ? "Lda." : r < 0.85 ? "Unipessoal, Lda." : r < 0.95 ? "S.A." : "CRL";
        };
    }

    private String withForm(Country country, String base, String form) {
        return switch (country) {
            case FR -> form.equals("EI") || random.nextDouble() < 0.4 ? base : base + " " + form;
            case ES -> base + " " + form;
            case PT -> base + ", " + form;
        };
    }

    /** A class of the theme starting with the hint; any class of the theme when none does. */
    private String pickClass(String theme, String hint) {
        return pick(classesByHint.computeIfAbsent(theme + "=" + hint, key -> {
            List<String> classes = classesByTheme.getOrDefault(theme, List.of());
            List<String> matching = classes.stream().filter(c -> c.startsWith(hint)).toList();
            return matching.isEmpty() ? classes : matching;
        }));
    }

    private String nationalCode(Country country, String naceClass) {
        String digits = naceClass.replace(".", "");
        return switch (country) {
            case FR -> NAF_LETTERS.containsKey(naceClass) ? naceClass + NAF_LETTERS.get(naceClass)
                    : activities.titles().nafSubclassesOf(naceClass).getFirst();
            case ES -> pick(codesOf(Country.ES, digits));
            case PT -> pick(codesOf(Country.PT, digits + "0"));
        };
    }

    /** The code itself, or the national classes replacing a NACE class the country divides (their first subclass in Portugal). */
    private List<String> codesOf(Country country, String code) {
        return dividedCodes.computeIfAbsent(country + code, key ->
                activities.examine(country, code) instanceof ActivityClassification.Refused refused && !refused.alternatives().isEmpty()
                        ? refused.alternatives().stream().map(c -> country == Country.PT ? c + "1" : c).toList() : List.of(code));
    }

    private String identifier(Country country, OrganisationKind kind, String form, Town town, int serial) {
        long spread = (serial * 7_919_993L + 1_234_567L);
        return switch (country) {
            case FR -> {
                String siren = CheckDigits.siren(String.valueOf(30_000_000L + spread % 60_000_000L));
                yield random.nextDouble() < 0.2 ? CheckDigits.siret(siren, String.format("%04d", 1 + random.nextInt(30))) : siren;
            }
            case ES -> CheckDigits.cif(cifLetter(kind, form), town.postcode().substring(0, 2) + String.format("%05d", spread % 100_000L));
            case PT -> CheckDigits.nipc(String.valueOf(50_000_000L + spread % 2_000_000L));
        };
    }

    private static char cifLetter(OrganisationKind kind, String form) {
        if (kind == OrganisationKind.SUPPORT_STRUCTURE) {
            return 'G';
        }
        return switch (form) {
            case "S.A." -> 'A';
            case "S.Coop." -> 'F';
            case "S.C." -> 'J';
            case "C.B." -> 'E';
            default -> 'B';
        };
    }

    private String postcode(Town town) {
        return town.country() == Country.PT ? town.postcode() + "-" + String.format("%03d", 1 + random.nextInt(400)) : town.postcode();
    }

    private String address(Country country, Lexicon words) {
        int number = 1 + random.nextInt(120);
        String street = pick(words.streets());
        return country == Country.FR ? number + " " + street : street + ", " + number;
    }

    private Integer employees(OrganisationKind kind) {
        if (kind == OrganisationKind.SUPPORT_STRUCTURE) {
            return 2 + random.nextInt(19);
        }
        double r = random.nextDouble();
        if (r < 0.8) {
            return (int) Math.min(9, Math.floor(-Math.log(1 - random.nextDouble()) * 2.5));
        }
        if (r < 0.95) {
            return 10 + (int) Math.min(39, Math.floor(-Math.log(1 - random.nextDouble()) * 10));
        }
        if (r < 0.995) {
            return 50 + random.nextInt(200);
        }
        return 250 + random.nextInt(400);
    }

    private Integer creationYear() {
        int age = (int) Math.min(70, Math.floor(-Math.log(1 - random.nextDouble()) * 12));
        return currentYear - age;
    }

    private List<GeneratedContact> contacts(Country country, Lexicon words, boolean womanLed, String domain, Town town) {
        int count = random.nextDouble() < 0.7 ? 1 : 2;
        List<GeneratedContact> contacts = new ArrayList<>(count);
        Set<String> locals = new HashSet<>();
        for (int i = 0; i < count; i++) {
            boolean woman = i == 0 ? womanLed : random.nextBoolean();
            String first = pick(woman ? words.femaleFirstNames() : words.maleFirstNames());
            String last = pick(words.lastNames());
            List<String> jobs = woman ? words.femaleJobs() : words.maleJobs();
            String job = i == 0 ? jobs.get(random.nextInt(3)) : jobs.get(3 + random.nextInt(jobs.size() - 3));
            String local = slug(first, ".") + "." + slug(last, ".");
            if (!locals.add(local)) {
                local = local + (i + 1);
            }
            Language language = random.nextDouble() < 0.05 ? Language.EN : country.language();
            contacts.add(new GeneratedContact(first, last, job, local + "@" + domain, phone(country, town), language,
                    random.nextDouble() < 0.75, random.nextDouble() < 0.5));
        }
        return contacts;
    }

    private String phone(Country country, Town town) {
        return switch (country) {
            case FR -> "+33 " + (random.nextDouble() < 0.3 ? "6" : frenchArea(town.nuts2())) + pairs(4);
            case ES -> "+34 " + (random.nextDouble() < 0.3 ? "6" : "9") + String.format("%02d %03d %03d", random.nextInt(100),
                    random.nextInt(1000), random.nextInt(1000));
            case PT -> "+351 " + (random.nextDouble() < 0.3 ? "91" : "2" + random.nextInt(10))
                    + String.format("%01d %03d %03d", random.nextInt(10), random.nextInt(1000), random.nextInt(1000));
        };
    }

    private static String frenchArea(String nuts2) {
        return switch (nuts2) {
            case "FR10" -> "1";
            case "FRI1", "FRI2", "FRI3", "FRJ2" -> "5";
            case "FRG0" -> "2";
            default -> "4";
        };
    }

    private String pairs(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(' ').append(String.format("%02d", random.nextInt(100)));
        }
        return text.toString();
    }

    /** A domain made from the organisation's name, unique within this sequence. */
    private String domain(String brand, Town town, Country country) {
        String tld = random.nextDouble() < 0.25 ? "com" : country.name().toLowerCase(Locale.ROOT);
        String base = slug(brand, "-");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-+$", "");
        }
        String domain = base + "." + tld;
        if (!domains.add(domain)) {
            domain = base + "-" + slug(town.name(), "-") + "." + tld;
            for (int n = 2; !domains.add(domain); n++) {
                domain = base + "-" + slug(town.name(), "-") + "-" + n + "." + tld;
            }
        }
        return domain;
    }

    static String slug(String text, String separator) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", separator).replaceAll("^[.-]+|[.-]+$", "");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String weighted(Map<String, Double> weights) {
        double r = random.nextDouble();
        String last = null;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            r -= entry.getValue();
            last = entry.getKey();
            if (r < 0) {
                return last;
            }
        }
        return last;
    }

    private static Map<String, Double> themeWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("building", 0.18);
        weights.put("tourism", 0.13);
        weights.put("commerce", 0.22);
        weights.put("agri-food", 0.12);
        weights.put("industry", 0.10);
        weights.put(Words.SERVICES, 0.25);
        return weights;
    }
}
