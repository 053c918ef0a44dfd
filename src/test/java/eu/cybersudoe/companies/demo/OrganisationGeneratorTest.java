package eu.cybersudoe.companies.demo;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.companies.classification.Activity;
import eu.cybersudoe.companies.classification.PostcodeRegions;
import eu.cybersudoe.companies.classification.SizeClass;
import eu.cybersudoe.companies.identifiers.IdentifierCheck;
import eu.cybersudoe.companies.identifiers.IdentifierKind;
import eu.cybersudoe.companies.identifiers.Identifiers;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Generated organisations are the same for a seed, valid, and distributed as the network's are. */
class OrganisationGeneratorTest {

    static final int YEAR = 2026;
    static Activities activities;
    static PostcodeRegions regions;
    static List<GeneratedOrganisation> sample;

    @BeforeAll
    static void generate() {
        activities = new Activities();
        regions = new PostcodeRegions();
        sample = generator(42).stream(5_000).toList();
    }

    static OrganisationGenerator generator(long seed) {
        return new OrganisationGenerator(seed, YEAR, activities, Territory.sudoePartners());
    }

    @Test
    void theSameSeedGivesTheSameOrganisations() {
        assertThat(generator(42).stream(500).toList()).isEqualTo(sample.subList(0, 500));
        assertThat(generator(43).stream(50).toList()).doesNotContainAnyElementsOf(sample.subList(0, 50));
    }

    @Test
    void everyIdentifierPassesItsCheckAndIsUnique() {
        Set<String> seen = new HashSet<>();
        Map<IdentifierKind, Integer> kinds = new EnumMap<>(IdentifierKind.class);
        for (GeneratedOrganisation generated : sample) {
            NewOrganisation o = generated.organisation();
            IdentifierCheck check = Identifiers.check(o.country(), o.identifier());
            assertThat(check.isValid()).as(o.country() + " " + o.identifier()).isTrue();
            IdentifierKind kind = check.accepted().orElseThrow().kind();
            kinds.merge(kind, 1, Integer::sum);
            assertThat(kind.country()).contains(o.country());
            assertThat(seen.add(o.country() + o.identifier())).as("unique " + o.identifier()).isTrue();
        }
        assertThat(kinds).containsOnlyKeys(IdentifierKind.SIREN, IdentifierKind.SIRET, IdentifierKind.CIF, IdentifierKind.NIPC);
    }

    @Test
    void postcodesActivitiesAndYearsAreWhatTheRegistryAccepts() {
        int inTerritory = 0;
        Map<String, List<String>> territories = new HashMap<>();
        Territory.sudoePartners().forEach(t -> territories.put(t.partnerId(), t.regions()));
        for (GeneratedOrganisation generated : sample) {
            NewOrganisation o = generated.organisation();
            assertThat(regions.nuts2(o.country(), o.postcode())).as(o.postcode()).contains(generated.nuts2());
            if (territories.get(generated.partnerId()).contains(generated.nuts2())) {
                inTerritory++;
            }
            Activity activity = activities.classify(o.country(), o.activityCode()).orElseThrow(() -> new AssertionError(o.activityCode()));
            if (o.kind() != OrganisationKind.COMPANY) {
                assertThat(activity.sectorTheme()).isEmpty();
            }
            assertThat(o.creationYear()).isBetween(YEAR - 70, YEAR);
            assertThat(o.tags()).contains(OrganisationGenerator.TAG);
        }
        assertThat(inTerritory / (double) sample.size()).isCloseTo(0.85, within(0.03));
    }

    @Test
    void mostAreMicroCompaniesAndAFifthWomanLed() {
        long micro = sample.stream().filter(g -> SizeClass.of(g.organisation().employees()) == SizeClass.MICRO).count();
        long womanLed = sample.stream().filter(g -> g.organisation().womanLed()).count();
        long others = sample.stream().filter(g -> g.organisation().kind() != OrganisationKind.COMPANY).count();
        long themed = sample.stream().filter(g -> activities.classify(g.organisation().country(), g.organisation().activityCode())
                .orElseThrow().sectorTheme().isPresent()).count();
        assertThat(micro / 5000.0).isCloseTo(0.8, within(0.04));
        assertThat(womanLed / 5000.0).isCloseTo(0.2, within(0.03));
        assertThat(others / 5000.0).isCloseTo(0.06, within(0.02));
        assertThat(themed / 5000.0).isCloseTo(0.70, within(0.05));
    }

    @Test
    void partnersGetTheSameShareAndCountriesFollowThem() {
        Map<String, Long> byPartner = new HashMap<>();
        Map<Country, Long> byCountry = new EnumMap<>(Country.class);
        sample.forEach(g -> {
            byPartner.merge(g.partnerId(), 1L, Long::sum);
            byCountry.merge(g.organisation().country(), 1L, Long::sum);
        });
        assertThat(byPartner).hasSize(9).allSatisfy((partner, count) -> assertThat(count).isBetween(555L, 556L));
        assertThat(byCountry.get(Country.FR)).isBetween(1666L, 1668L);
        assertThat(byCountry.get(Country.ES)).isBetween(2777L, 2779L);
        assertThat(byCountry.get(Country.PT)).isBetween(555L, 556L);
    }

    @Test
    void contactsHaveUniqueAddressesAtTheOrganisationsDomainAndTheCountrysLanguage() {
        Set<String> emails = new HashSet<>();
        int english = 0;
        int contacts = 0;
        for (GeneratedOrganisation generated : sample) {
            assertThat(generated.contacts()).hasSizeBetween(1, 2);
            for (GeneratedContact contact : generated.contacts()) {
                contacts++;
                assertThat(contact.email()).matches("[a-z0-9.]+@[a-z0-9-]+\\.(fr|es|pt|com)");
                assertThat(emails.add(contact.email())).as(contact.email()).isTrue();
                assertThat(contact.language()).isIn(generated.organisation().country().language(), Language.EN);
                english += contact.language() == Language.EN ? 1 : 0;
                assertThat(contact.firstName()).isNotBlank();
                assertThat(contact.lastName()).isNotBlank();
            }
        }
        assertThat(english / (double) contacts).isBetween(0.02, 0.08);
    }

    @Test
    void namesReadLikeTheCountrysCompanies() {
        List<String> names = sample.stream().map(g -> g.organisation().legalName()).toList();
        assertThat(names).anyMatch(n -> n.matches("Boulangerie \\p{L}+( SARL| SAS| EURL| SA)?"))
                .anyMatch(n -> n.endsWith(" S.L."))
                .anyMatch(n -> n.endsWith(", Lda."))
                .anyMatch(n -> n.matches("\\p{L}+ d[ao] [\\p{L} ]+, Lda\\."));
    }

    @Test
    void everyTradeWordHintsAtClassesOfItsTheme() {
        Words.BY_COUNTRY.forEach((country, words) -> words.tradesByTheme().forEach((theme, entries) -> {
            for (String entry : entries) {
                String hint = entry.substring(entry.indexOf('=') + 1);
                assertThat(activities.nace().classes()).as(country + " " + entry).anyMatch(c -> c.startsWith(hint)
                        && activities.sectorThemes().of(c).orElse(Words.SERVICES).equals(theme));
            }
        }));
    }

    @Test
    void townsLieInTheRegionsTheyAreListedIn() {
        for (Places.Town town : Places.TOWNS) {
            String postcode = town.country() == Country.PT ? town.postcode() + "-001" : town.postcode();
            assertThat(regions.nuts2(town.country(), postcode)).as(town.name()).contains(town.nuts2());
        }
    }

    @Test
    void makesTheBenchmarksVolumeQuickly() {
        long start = System.nanoTime();
        long count = generator(7).stream(135_000).filter(g -> !g.contacts().isEmpty()).count();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Generated " + count + " organisations in " + millis + " ms");
        assertThat(count).isEqualTo(135_000);
        assertThat(millis).isLessThan(30_000);
    }

    @Test
    void checkDigitsFollowTheNationalRules() {
        assertThat(CheckDigits.siren("73282932")).isEqualTo("732829320");
        assertThat(CheckDigits.cif('A', "2801586")).isEqualTo("A28015865");
        assertThat(CheckDigits.nipc("50000000")).matches("50000000[0-9]");
        assertThat(Identifiers.check(Country.PT, CheckDigits.nipc("50000000")).isValid()).isTrue();
        assertThat(Identifiers.check(Country.ES, CheckDigits.cif('Q', "2826000")).isValid()).isTrue();
    }
}
