package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.classification.SizeClass;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The company list's search: each filter, the text search, paging, order and the partner scope. */
@DatabaseTest
class OrganisationSearchTest {

    @Autowired
    OrganisationSearch search;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;

    RegistryTestData data;

    @BeforeEach
    void uniqueData() {
        data = new RegistryTestData(registry, jdbc);
    }

    SearchCriteria criteria(String... parameters) {
        Map<String, String> map = new HashMap<>();
        map.put("tag", data.marker);
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return SearchCriteria.fromParameters(map);
    }

    List<Long> ids(SearchCriteria criteria) {
        return search.search(criteria, OrganisationSearch.Scope.all(), 1).rows().stream().map(OrganisationSearch.Row::id).toList();
    }

    List<Long> ids(CompanyId... companies) {
        return java.util.Arrays.stream(companies).map(CompanyId::value).toList();
    }

    @Test
    void filtersByEachCriterion() {
        CompanyId bakery = data.register("cybermassif", OrganisationKind.COMPANY, "Boulangerie " + data.marker, Country.FR,
                null, "63000", "10.71C", 4, true);
        CompanyId hotel = data.register("leitat", OrganisationKind.COMPANY, "Hotel " + data.marker, Country.ES,
                null, "33201", "5510", 60, false);
        CompanyId editor = data.register("ciebi", OrganisationKind.SOFTWARE_EDITOR, "Software " + data.marker, Country.PT,
                null, null, null, null, false);
        data.contact(hotel, data.email("news"), true, false, false);
        data.contact(editor, data.email("erased"), true, false, true);

        assertThat(ids(criteria())).containsExactlyInAnyOrderElementsOf(ids(bakery, hotel, editor));
        assertThat(ids(criteria("country", "es"))).containsExactlyElementsOf(ids(hotel));
        assertThat(ids(criteria("region", "FRK1"))).containsExactlyElementsOf(ids(bakery));
        assertThat(ids(criteria("sector", "agri-food"))).containsExactlyElementsOf(ids(bakery));
        assertThat(ids(criteria("sector", "tourism"))).containsExactlyElementsOf(ids(hotel));
        assertThat(ids(criteria("size", "MEDIUM"))).containsExactlyElementsOf(ids(hotel));
        assertThat(ids(criteria("micro", "1"))).containsExactlyElementsOf(ids(bakery));
        assertThat(ids(criteria("priority", "1"))).contains(bakery.value()).doesNotContain(editor.value());
        assertThat(ids(criteria("young", "1"))).containsExactlyElementsOf(ids(bakery));
        assertThat(ids(criteria("partner", "leitat"))).containsExactlyElementsOf(ids(hotel));
        assertThat(ids(criteria("consent", "1"))).as("the erased contact's consent does not count").containsExactlyElementsOf(ids(hotel));
        assertThat(ids(criteria("kind", "software_editor"))).containsExactlyElementsOf(ids(editor));
        assertThat(ids(criteria("country", "FR", "size", "LARGE"))).isEmpty();
        assertThat(ids(criteria("tag", data.marker + "x"))).isEmpty();
    }

    @Test
    void findsNamesWhateverTheAccentsAndCase() {
        CompanyId cafe = data.register("cybermassif", OrganisationKind.COMPANY, "Café de l'Étoile " + data.marker + " SARL",
                Country.FR, null, null, null, null, false);
        data.company("cybermassif", "Autre");

        assertThat(ids(criteria("q", "cafe de l etoile"))).containsExactlyElementsOf(ids(cafe));
        assertThat(ids(criteria("q", "CAFÉ DE L'ÉTOILE"))).containsExactlyElementsOf(ids(cafe));
        assertThat(ids(criteria("q", "étoile " + data.marker.toUpperCase()))).containsExactlyElementsOf(ids(cafe));
        assertThat(ids(criteria("q", "%"))).isEmpty();
    }

    @Test
    void findsByIdentifierAndByContactEmail() {
        String siren = RegistryTestData.uniqueSiren();
        CompanyId identified = data.register("cybermassif", OrganisationKind.COMPANY, "Menuiserie " + data.marker, Country.FR,
                siren, null, null, null, false);
        CompanyId withContact = data.company("cybermassif", "Garage");
        data.contact(withContact, data.email("Maria_Silva"), false, false, false);

        String spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + "." + siren.substring(6);
        assertThat(ids(criteria("q", spaced))).containsExactlyElementsOf(ids(identified));
        assertThat(ids(criteria("q", data.email("maria_silva").toUpperCase()))).containsExactlyElementsOf(ids(withContact));
        assertThat(ids(criteria("q", "maria_silva." + data.marker + "@"))).containsExactlyElementsOf(ids(withContact));
        assertThat(ids(criteria("q", "mariaxsilva." + data.marker + "@"))).as("an underscore is not a wildcard").isEmpty();
    }

    @Test
    void pagesThroughResultsWithTheTotal() {
        List<Long> registered = new ArrayList<>();
        IntStream.range(0, 27).forEach(i -> registered.add(data.company("cybermassif", String.format("Firm %02d", i)).value()));

        OrganisationSearch.Page first = search.search(criteria(), OrganisationSearch.Scope.all(), 1);
        OrganisationSearch.Page second = search.search(criteria(), OrganisationSearch.Scope.all(), 2);
        assertThat(first.total()).isEqualTo(27);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.rows()).hasSize(OrganisationSearch.PAGE_SIZE);
        assertThat(second.rows()).extracting(OrganisationSearch.Row::id).containsExactlyElementsOf(registered.subList(25, 27));
        assertThat(search.search(criteria(), OrganisationSearch.Scope.all(), 0).page()).isEqualTo(1);
        assertThat(search.search(criteria(), OrganisationSearch.Scope.all(), Integer.MAX_VALUE).page())
                .isEqualTo(OrganisationSearch.MAX_PAGE);

        List<Long> streamed = new ArrayList<>();
        search.forEach(criteria(), OrganisationSearch.Scope.all(), row -> streamed.add(row.id()));
        assertThat(streamed).containsExactlyElementsOf(registered);
    }

    @Test
    void sortsByNameNewestAndCountry() {
        CompanyId zulu = data.register("cybermassif", OrganisationKind.COMPANY, "Zulu " + data.marker, Country.FR, null, null, null, null, false);
        CompanyId alpha = data.register("cybermassif", OrganisationKind.COMPANY, "Alpha " + data.marker, Country.PT, null, null, null, null, false);
        CompanyId mike = data.register("cybermassif", OrganisationKind.COMPANY, "Mike " + data.marker, Country.ES, null, null, null, null, false);

        assertThat(ids(criteria())).containsExactlyElementsOf(ids(alpha, mike, zulu));
        assertThat(ids(criteria("sort", "newest"))).containsExactlyElementsOf(ids(mike, alpha, zulu));
        assertThat(ids(criteria("sort", "country"))).containsExactlyElementsOf(ids(mike, zulu, alpha));
        assertThat(ids(criteria("sort", "name; drop table organisation"))).containsExactlyElementsOf(ids(alpha, mike, zulu));
    }

    @Test
    void aPartnerSeesOnlyTheOrganisationsItBroughtOrServed() {
        CompanyId ours = data.company("leitat", "Nuestra");
        CompanyId theirs = data.company("ciebi", "Deles");
        jdbc.sql("insert into organisation_partner (organisation_id, partner_id, relation, since) values (?, 'leitat', 'SERVED', ?)")
                .params(data.company("ciebi", "Servida").value(), java.sql.Timestamp.from(java.time.Instant.now())).update();

        OrganisationSearch.Page leitat = search.search(criteria(), OrganisationSearch.Scope.partner("leitat"), 1);
        assertThat(leitat.total()).isEqualTo(2);
        assertThat(leitat.rows()).extracting(OrganisationSearch.Row::id).contains(ours.value()).doesNotContain(theirs.value());
        assertThat(search.search(criteria("partner", "ciebi"), OrganisationSearch.Scope.partner("leitat"), 1).rows())
                .extracting(OrganisationSearch.Row::partners).containsExactly(List.of("ciebi", "leitat"));
        assertThat(search.search(criteria(), OrganisationSearch.Scope.partner(null), 1).total()).isZero();
        assertThat(search.search(criteria(), OrganisationSearch.Scope.all(), 1).total()).isEqualTo(3);
    }
}
