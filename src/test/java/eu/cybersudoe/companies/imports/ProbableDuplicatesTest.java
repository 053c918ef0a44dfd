package eu.cybersudoe.companies.imports;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.companies.internal.Establishment;
import eu.cybersudoe.companies.internal.Establishments;
import eu.cybersudoe.companies.internal.MergedIdentifiers;
import eu.cybersudoe.companies.internal.OrganisationLinks;
import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static eu.cybersudoe.companies.CompanyRegistryTestSupport.frenchVat;
import static eu.cybersudoe.companies.CompanyRegistryTestSupport.siret;
import static eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueNie;
import static eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueNipc;
import static eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueSiren;
import static eu.cybersudoe.companies.CompanyRegistryTestSupport.uniqueSpanishCif;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each probable-duplicate rule sends the row to review instead of merging or creating it
 * silently; establishments of one company are never duplicates; a search by SIREN, SIRET or VAT
 * number finds them. On H2 and PostgreSQL.
 */
@DatabaseTest
class ProbableDuplicatesTest {

    static final String HEADER = "Raison sociale;SIREN;Code postal;Courriel\n";

    @Autowired
    Imports imports;
    @Autowired
    LeftRows leftRows;
    @Autowired
    OrganisationSearch search;
    @Autowired
    Establishments establishments;
    @Autowired
    CompanyOffice office;
    @Autowired
    OrganisationLinks links;
    @Autowired
    MergedIdentifiers merged;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;
    String tag;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
        tag = ImportTestFiles.unique();
    }

    ImportJob importRows(String partner, String... rows) {
        return files.importFile("f.csv", (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8), partner, Country.FR);
    }

    List<String> reviewReasons(ImportJob job) {
        return leftRows.of(job, RowOutcome.REVIEW, 1, 50).stream().map(LeftRow::reasonKey).toList();
    }

    @Test
    void sameNameAndPostcodeWithAnotherOrAMissingIdentifierGoesToReview() {
        importRows("cybermassif", "Scierie " + tag + ";" + uniqueSiren() + ";63000;");

        ImportJob other = importRows("cybermassif", "Scierie " + tag + " SARL;" + uniqueSiren() + ";63000;");
        ImportJob missing = importRows("cybermassif", "SCIERIE " + tag + ";;63000;");

        assertThat(List.of(other.created(), other.review())).containsExactly(0L, 1L);
        assertThat(reviewReasons(other)).containsExactly(RowDecisions.OTHER_IDENTIFIER);
        assertThat(List.of(missing.created(), missing.merged(), missing.review())).containsExactly(0L, 0L, 1L);
        assertThat(reviewReasons(missing)).containsExactly(RowDecisions.SAME_NAME);
        assertThat(leftRows.of(missing, RowOutcome.REVIEW, 1, 1).getFirst().candidateId()).isEqualTo(idOfName("scierie " + tag));
    }

    @Test
    void aFileWithoutIdentifiersImportedTwiceMergesIntoItself() {
        importRows("cybermassif", "Tonnellerie " + tag + ";;63000;");
        ImportJob again = importRows("cybermassif", "Tonnellerie " + tag + ";;63000;");

        assertThat(List.of(again.created(), again.merged(), again.review())).containsExactly(0L, 1L, 0L);
    }

    @Test
    void theSameEmailOnACompanyWithAnotherIdentifierGoesToReview() {
        importRows("cybermassif", "Vignoble " + tag + ";" + uniqueSiren() + ";33000;chai." + tag + "@example.fr");

        ImportJob job = importRows("leitat", "Domaine " + tag + ";" + uniqueSiren() + ";33000;chai." + tag + "@example.fr");

        assertThat(List.of(job.created(), job.merged(), job.review())).containsExactly(0L, 0L, 1L);
        assertThat(reviewReasons(job)).containsExactly(RowDecisions.SAME_EMAIL);
    }

    @Test
    void aMergeKeepsTheRowsIdentifierAddressAndConsentsOnTheSurvivorAndInItsHistory() {
        importRows("cybermassif", "Fromagerie " + tag + ";;15000;");
        long survivor = idOfName("fromagerie " + tag);
        String siren = uniqueSiren();
        String email = "cave." + tag + "@example.fr";
        ImportJob job = files.importFile("g.csv", ("Raison sociale;SIREN;Adresse;Code postal;Courriel\nFromagerie " + tag + ";" + siren
                + ";2 place du Marché;15000;" + email + "\n").getBytes(StandardCharsets.UTF_8), "leitat", Country.FR, true);
        LeftRow left = leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst();

        assertThat(leftRows.resolve(job, left.id(), ReviewDecision.MERGE, null)).isEqualTo(RowOutcome.MERGED);

        assertThat(jdbc.sql("select identifier, address, postcode from organisation where id = ?").param(survivor).query().singleRow())
                .containsEntry("identifier", siren).containsEntry("address", "2 place du Marché").containsEntry("postcode", "15000");
        assertThat(jdbc.sql("select organisation_id, newsletter_consent from contact where email_key = ?").param(email).query().singleRow())
                .containsEntry("organisation_id", survivor).containsEntry("newsletter_consent", true);
        assertThat(jdbc.sql("select summary from organisation_event where organisation_id = ? and kind = 'import.merged'").param(survivor)
                .query(String.class).single()).contains(siren).contains("2 place du Marché").contains("g.csv");
        assertThat(jdbc.sql("select partner_id from organisation_partner where organisation_id = ? order by partner_id").param(survivor)
                .query(String.class).list()).containsExactly("cybermassif", "leitat");
        assertThat(leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst().resolution()).isEqualTo("MERGED");
    }

    @Test
    void aMergeNeverReplacesWhatTheSurvivorHadButKeepsItInHistory() {
        String kept = uniqueSiren();
        importRows("cybermassif", "Coutellerie " + tag + ";" + kept + ";63300;");
        String other = uniqueSiren();
        ImportJob job = importRows("leitat", "Coutellerie " + tag + ";" + other + ";63300;");

        leftRows.resolve(job, leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst().id(), ReviewDecision.MERGE, null);

        long survivor = idOfIdentifier(kept);
        assertThat(jdbc.sql("select summary from organisation_event where organisation_id = ? and kind = 'import.merged'").param(survivor)
                .query(String.class).single()).contains(other);
        assertThat(jdbc.sql("select count(*) from organisation where identifier = ?").param(other).query(Long.class).single()).isZero();
        assertThat(found(other)).as("the merged record's identifier finds the survivor").containsExactly(kept);
        assertThat(found(frenchVat(other))).as("and so does its VAT number").containsExactly(kept);
        assertThat(found(other.substring(0, 3) + " " + other.substring(3, 6) + " " + other.substring(6))).containsExactly(kept);
    }

    @Test
    void aMergedVatNumberTheSurvivorDidNotTakeFindsIt() {
        String cif = uniqueSpanishCif();
        files.importFile("es.csv", ("Razón social;CIF/NIF;Código postal\nCarpintería " + tag + " S.L.;" + cif + ";33201\n")
                .getBytes(StandardCharsets.UTF_8), "leitat", Country.ES);
        String other = uniqueSpanishCif();
        ImportJob job = files.importFile("es2.csv", ("Razón social;NIF/CIF;Código postal\nCarpintería " + tag + " SL;" + other + ";33201\n")
                .getBytes(StandardCharsets.UTF_8), "leitat", Country.ES);

        leftRows.resolve(job, leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst().id(), ReviewDecision.MERGE, null);

        assertThat(found("ES" + other)).containsExactly(cif);
        assertThat(found("es " + other)).containsExactly(cif);
        assertThat(found(other)).containsExactly(cif);
        assertThat(merged.of(idOfIdentifier(cif))).containsExactly(new MergedIdentifiers.Alias("CIF", other, null));
    }

    @Test
    void linkedRecordsAreKeptApartAndListEachOther() {
        String first = uniqueSiren();
        importRows("cybermassif", "Imprimerie " + tag + ";" + first + ";31000;");
        String second = uniqueSiren();
        ImportJob job = importRows("cybermassif", "Imprimerie " + tag + ";" + second + ";31000;");

        assertThat(leftRows.resolve(job, leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst().id(), ReviewDecision.LINK, null))
                .isEqualTo(RowOutcome.CREATED);

        long one = idOfIdentifier(first);
        long two = idOfIdentifier(second);
        assertThat(links.linked(one, "cybermassif")).extracting(OrganisationLinks.Linked::id).containsExactly(two);
        assertThat(links.linked(two, null)).extracting(OrganisationLinks.Linked::id).containsExactly(one);
        assertThat(links.linked(two, "leitat")).isEmpty();
        assertThat(leftRows.of(job, RowOutcome.REVIEW, 1, 1).getFirst().resolution()).isEqualTo("LINKED");
        assertThat(imports.find(job.id()).orElseThrow().created()).isEqualTo(1);
    }

    @Test
    void siretsOfAKnownSirenAreEstablishmentsOfTheCompanyFoundByItsSiren() {
        String siren = uniqueSiren();
        String lyon = siret(siren, "0002");
        String paris = siret(siren, "0003");
        importRows("cybermassif", "Transports " + tag + ";" + siren + ";69001;");

        ImportJob job = importRows("cybermassif", "Transports " + tag + ";" + lyon + ";69001;",
                "Transports " + tag + " Paris;" + paris + ";75011;", "Transports " + tag + ";" + lyon + ";69001;");

        assertThat(List.of(job.created(), job.merged(), job.review(), job.rejected())).containsExactly(2L, 1L, 0L, 0L);
        long head = idOfIdentifier(siren);
        List<Establishment> same = establishments.sameCompany(company(head), null);
        assertThat(same).extracting(Establishment::identifier).containsExactly(lyon, paris);
        assertThat(same.getFirst().identifierShown()).isEqualTo(lyon.substring(0, 3) + " " + lyon.substring(3, 6) + " "
                + lyon.substring(6, 9) + " " + lyon.substring(9));
        assertThat(establishments.sameCompany(company(idOfIdentifier(paris)), null)).extracting(Establishment::identifier)
                .containsExactly(siren, lyon);
        assertThat(establishments.sameCompany(company(head), "leitat")).as("another partner's staff sees only what it knows").isEmpty();

        String spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
        for (String typed : List.of(siren, spaced, frenchVat(siren), "FR " + frenchVat(siren).substring(2, 4) + " " + spaced)) {
            assertThat(found(typed)).as(typed).containsExactlyInAnyOrder(siren, lyon, paris);
        }
        assertThat(found(lyon)).contains(lyon, siren).doesNotContain(paris);

        assertThat(companyOf(lyon)).as("each establishment is a child of its company").isEqualTo(head);
        assertThat(companyOf(paris)).isEqualTo(head);
        assertThat(companyOf(siren)).isNull();
        assertThat(jdbc.sql("select count(*) from organisation where company_id = ?").param(head).query(Long.class).single()).isEqualTo(2);
        OrganisationSearch.Page bySiren = search.search(SearchCriteria.fromParameters(Map.of("q", siren)), OrganisationSearch.Scope.all(), 1);
        assertThat(List.of(bySiren.total(), bySiren.companies())).as("three records, one company").containsExactly(3L, 1L);
        assertThat(bySiren.rows()).filteredOn(OrganisationSearch.Row::establishment).extracting(OrganisationSearch.Row::companyId)
                .containsExactly(head, head);
    }

    @Test
    void establishmentsArrivingBeforeTheirCompanyGoUnderItWhenItComes() {
        String siren = uniqueSiren();
        String first = siret(siren, "0004");
        String second = siret(siren, "0005");
        importRows("cybermassif", "Menuiserie " + tag + " Nord;" + first + ";59000;", "Menuiserie " + tag + " Sud;" + second + ";13001;");
        long firstId = idOfIdentifier(first);
        assertThat(companyOf(first)).as("the first establishment stands for the company the registry does not have yet").isNull();
        assertThat(companyOf(second)).isEqualTo(firstId);

        importRows("cybermassif", "Menuiserie " + tag + ";" + siren + ";75008;");

        long head = idOfIdentifier(siren);
        assertThat(companyOf(first)).isEqualTo(head);
        assertThat(companyOf(second)).isEqualTo(head);
        assertThat(jdbc.sql("select count(*) from organisation where company_id = ?").param(head).query(Long.class).single()).isEqualTo(2);
        assertThat(establishments.sameCompany(company(firstId), null)).extracting(Establishment::identifier).containsExactly(siren, second);
    }

    @Test
    void spanishAndPortugueseVatNumbersPostcodesAndLegalFormsFindCompanies() {
        String cif = uniqueSpanishCif();
        files.importFile("es.csv", ("Razón social;CIF/NIF;Código postal\nTaller " + tag + " S.L.;" + cif + ";33201\n")
                .getBytes(StandardCharsets.UTF_8), "leitat", Country.ES);

        assertThat(found("ES" + cif)).containsExactly(cif);
        assertThat(found("es " + cif.charAt(0) + "-" + cif.substring(1))).containsExactly(cif);
        assertThat(found(cif)).containsExactly(cif);
        assertThat(search.search(SearchCriteria.fromParameters(Map.of("q", "33201", "tag", "")), OrganisationSearch.Scope.partner("leitat"), 1)
                .rows()).extracting(OrganisationSearch.Row::legalName).contains("Taller " + tag + " S.L.");
        assertThat(search.search(SearchCriteria.fromParameters(Map.of("q", "S.L.")), OrganisationSearch.Scope.partner("leitat"), 1).total())
                .as("a legal form alone filters nothing").isEqualTo(search.search(SearchCriteria.NONE, OrganisationSearch.Scope.partner("leitat"), 1).total());
        assertThat(found("Taller " + tag + " SL")).containsExactly(cif);
    }

    @Test
    void nipcsNiesAndTheirVatNumbersFindCompaniesWithOrWithoutSpacesAndPrefix() {
        String nipc = uniqueNipc();
        files.importFile("pt.csv", ("Designação social;NIPC;Código postal\nHotel " + tag + " Lda;" + nipc + ";4000-123\n")
                .getBytes(StandardCharsets.UTF_8), "leitat", Country.PT);
        String nie = uniqueNie();
        files.importFile("nie.csv", ("Razón social;NIE;Código postal\nAsesoría " + tag + ";" + nie + ";28001\n")
                .getBytes(StandardCharsets.UTF_8), "leitat", Country.ES);

        String spaced = nipc.substring(0, 3) + " " + nipc.substring(3, 6) + " " + nipc.substring(6);
        for (String typed : List.of(nipc, spaced, "PT" + nipc, "pt " + spaced, "PT-" + nipc)) {
            assertThat(found(typed)).as(typed).containsExactly(nipc);
        }
        for (String typed : List.of(nie, nie.toLowerCase(), nie.charAt(0) + "-" + nie.substring(1, 8) + "-" + nie.charAt(8), "ES" + nie,
                "ES " + nie)) {
            assertThat(found(typed)).as(typed).containsExactly(nie);
        }
        assertThat(search.search(SearchCriteria.fromParameters(Map.of("q", "4000-123")), OrganisationSearch.Scope.partner("leitat"), 1)
                .rows()).extracting(OrganisationSearch.Row::legalName).contains("Hotel " + tag + " Lda");
        assertThat(search.search(SearchCriteria.fromParameters(Map.of("q", "Lda")), OrganisationSearch.Scope.partner("leitat"), 1).total())
                .as("a legal form alone filters nothing").isEqualTo(search.search(SearchCriteria.NONE, OrganisationSearch.Scope.partner("leitat"), 1).total());
    }

    private List<String> found(String typed) {
        return search.search(SearchCriteria.fromParameters(Map.of("q", typed)), OrganisationSearch.Scope.all(), 1).rows().stream()
                .map(row -> jdbc.sql("select identifier from organisation where id = ?").param(row.id()).query(String.class).single())
                .toList();
    }

    private Long companyOf(String identifier) {
        Object company = jdbc.sql("select company_id from organisation where identifier = ?").param(identifier).query().singleRow().get("company_id");
        return company == null ? null : ((Number) company).longValue();
    }

    private CompanyFile.Company company(long id) {
        return office.company(new CompanyId(id)).orElseThrow();
    }

    private long idOfIdentifier(String identifier) {
        return jdbc.sql("select id from organisation where identifier = ?").param(identifier).query(Long.class).single();
    }

    private long idOfName(String nameKey) {
        return jdbc.sql("select id from organisation where name_key = ?").param(nameKey).query(Long.class).single();
    }
}
