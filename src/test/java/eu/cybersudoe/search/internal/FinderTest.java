package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchQuery;
import eu.cybersudoe.search.SearchResults;
import eu.cybersudoe.search.SearchScope;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index's answers: words found in every language despite plurals and accents, order, facets, snippets, scope. */
class FinderTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static Searchable doc(String id, Language language, String title, String text, List<String> themes,
                                  List<String> countries) {
        return new Searchable("conference", id, language, title, text, "/conferences/" + id, themes, countries,
                List.of("cybermassif"), null, false);
    }

    private void index(Searchable... documents) {
        index.rebuild(Stream.of(documents), 0, () -> { });
    }

    private SearchResults find(String text, Language reader) {
        return find(new SearchQuery(text, reader, null, null, null, 1, SearchScope.PUBLIC));
    }

    private SearchResults find(SearchQuery query) {
        return index.find(query);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void frenchPluralsFindTheSingularAndElisionsAreDropped() {
        index(doc("1", Language.FR, "Sécuriser l'entreprise", "Un atelier pour chaque entreprise du Massif central.",
                List.of(), List.of("FR")));
        assertThat(ids(find("entreprises", Language.FR))).containsExactly("1");
        assertThat(ids(find("securiser", Language.FR))).containsExactly("1");
        assertThat(ids(find("hôpital", Language.FR))).isEmpty();
    }

    @Test
    void portugueseAndSpanishAccentsAreFolded() {
        index(doc("1", Language.PT, "Formacao em Cibersegurança", "Sessões de formacao para PME.", List.of(), List.of("PT")),
                doc("2", Language.ES, "Jornada de ciberseguridad", "Formación para las pymes de Castilla y León.",
                        List.of(), List.of("ES")));
        assertThat(ids(find("formação", Language.PT))).containsExactly("1");
        assertThat(ids(find("cibersegurança", Language.PT))).containsExactly("1");
        assertThat(ids(find("CIBERSEGURANCA", Language.PT))).containsExactly("1");
        assertThat(ids(find("formacion", Language.ES))).containsExactly("2");
        assertThat(ids(find("leon", Language.ES))).containsExactly("2");
    }

    @Test
    void englishStemsAndPossessives() {
        index(doc("1", Language.EN, "Protecting small businesses", "The company's backups and its passwords.", List.of(), List.of()));
        assertThat(ids(find("business protection", Language.EN))).containsExactly("1");
        assertThat(ids(find("company password", Language.EN))).containsExactly("1");
    }

    @Test
    void theReadersLanguageComesFirstAndAnItemShowsOnceInItsBestLanguage() {
        index(doc("1", Language.FR, "Cybersécurité cybersécurité cybersécurité", "cybersécurité", List.of(), List.of("FR")),
                doc("2", Language.ES, "Ciberseguridad y cybersécurité", "Jornada", List.of(), List.of("ES")),
                doc("2", Language.FR, "Cybersécurité", "Journée", List.of(), List.of("ES")));
        SearchResults spanish = find("cybersécurité", Language.ES);
        assertThat(ids(spanish)).containsExactly("2", "1");
        assertThat(spanish.hits().getFirst().language()).isEqualTo(Language.ES);
        assertThat(spanish.total()).isEqualTo(2);
        SearchResults french = find("cybersécurité", Language.FR);
        assertThat(french.hits()).extracting(SearchResults.Hit::language).containsOnly(Language.FR);
    }

    @Test
    void facetsCountItemsByKindThemeAndCountryAndFilter() {
        index(doc("1", Language.FR, "Atelier sauvegarde", "", List.of("security", "cloud"), List.of("FR")),
                doc("2", Language.FR, "Atelier RGPD", "", List.of("security"), List.of("ES")),
                new Searchable("theme", "security", Language.FR, "Atelier sécurité", "", "/themes#security",
                        List.of("security"), List.of(), List.of(), null, false));
        SearchResults all = find("atelier", Language.FR);
        assertThat(all.facet("kind")).containsExactly(new SearchResults.FacetValue("conference", 2),
                new SearchResults.FacetValue("theme", 1));
        assertThat(all.facet("theme")).containsExactly(new SearchResults.FacetValue("security", 3),
                new SearchResults.FacetValue("cloud", 1));
        assertThat(all.facet("country")).containsExactly(new SearchResults.FacetValue("ES", 1),
                new SearchResults.FacetValue("FR", 1));
        SearchResults spain = find(new SearchQuery("atelier", Language.FR, "conference", null, "ES", 1, SearchScope.PUBLIC));
        assertThat(ids(spain)).containsExactly("2");
        assertThat(ids(find(new SearchQuery("atelier", Language.FR, null, "cloud", null, 1, SearchScope.PUBLIC))))
                .containsExactly("1");
    }

    @Test
    void snippetsMarkTheWordsAndEscapeTheText() {
        index(doc("1", Language.EN, "Phishing", "Beware of <script>alert(1)</script> & phishing e-mails.", List.of(), List.of()));
        String snippet = find("phishing", Language.EN).hits().getFirst().snippet();
        assertThat(snippet).contains("<mark>phishing</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aMisspeltWordGetsASuggestionAndAKnownOneNone() {
        index(doc("1", Language.ES, "Ciberseguridad para pymes", "Jornada sobre ciberseguridad.", List.of(), List.of()));
        SearchResults misspelt = find("ciberseguirdad", Language.ES);
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.suggestion()).isEqualTo("ciberseguridad");
        assertThat(find("ciberseguridad", Language.ES).suggestion()).isNull();
    }

    @Test
    void pagesOfTen() {
        index(Stream.iterate(1, i -> i + 1).limit(23)
                .map(i -> doc(String.valueOf(i), Language.EN, "Workshop " + i, "", List.of(), List.of()))
                .toArray(Searchable[]::new));
        SearchResults third = find(new SearchQuery("workshop", Language.EN, null, null, null, 3, SearchScope.PUBLIC));
        assertThat(third.total()).isEqualTo(23);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.hits()).hasSize(3);
    }

    @Test
    void staffDocumentsAreSeenByTheirPartnersStaffOnly() {
        index(doc("1", Language.FR, "Atelier publié", "", List.of(), List.of()),
                new Searchable("conference", "2", Language.FR, "Atelier en brouillon", "", "/office/conferences/2",
                        List.of(), List.of(), List.of("cybermassif"), null, true),
                new Searchable("newsletter", "3", Language.FR, "Atelier dans le numéro à venir", "", "/office/newsletters/3",
                        List.of(), List.of(), List.of(), null, true));
        assertThat(ids(find(new SearchQuery("atelier", Language.FR, null, null, null, 1, SearchScope.PUBLIC))))
                .containsExactly("1");
        assertThat(ids(find(new SearchQuery("atelier", Language.FR, null, null, null, 1, SearchScope.staffOf(List.of("cybermassif"))))))
                .containsExactlyInAnyOrder("1", "2");
        assertThat(ids(find(new SearchQuery("atelier", Language.FR, null, null, null, 1, SearchScope.staffOf(List.of("ceei-burgos"))))))
                .containsExactly("1");
        assertThat(ids(find(new SearchQuery("atelier", Language.FR, null, null, null, 1, SearchScope.networkAdmin()))))
                .containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void replacingAnItemsDocumentsRemovesTheOldOnesAndRecordsTheCursor() {
        index(doc("1", Language.FR, "Atelier", "", List.of(), List.of()));
        index.replace(Map.of("conference:1", List.of()), 7);
        assertThat(find("atelier", Language.FR).total()).isZero();
        assertThat(index.cursor()).contains(7L);
    }
}
