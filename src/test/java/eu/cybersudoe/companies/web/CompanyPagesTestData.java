package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.Organisation;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/** An organisation's file as the mocked back-office service hands it to the pages. */
final class CompanyPagesTestData {

    static final long ID = 42;
    static final long CONTACT = 7;

    private CompanyPagesTestData() {
    }

    static CompanyFile.Company company() {
        return new CompanyFile.Company(ID, 3, OrganisationKind.COMPANY, "Boulangerie Dupont SARL", "Au Bon Pain", "FR", "SIREN",
                "732829320", "FR44732829320", "12 rue des Gras", "63000", "Clermont-Ferrand", "FRK1", "10.71C", "10.71", "agri-food", "MICRO",
                4, 2023, true, true, true, true, "https://boulangerie.example", List.of("bakery", "export"));
    }

    static CompanyFile file() {
        List<ConsentRecord> history = List.of(
                new ConsentRecord(ConsentPurpose.NEWSLETTER, true, LawfulBasis.CONSENT, "cybermassif", "form: Cybermassif",
                        Instant.parse("2026-10-01T09:00:00Z")),
                new ConsentRecord(ConsentPurpose.NEWSLETTER, false, LawfulBasis.CONSENT, null, "unsubscribe link",
                        Instant.parse("2026-11-02T09:00:00Z")));
        CompanyFile.ContactEntry contact = new CompanyFile.ContactEntry(CONTACT, "Claire", "Dupont", "Gérante",
                "claire@boulangerie.example", "+33 4 73 00 00 00", Language.FR, false, true, false, history);
        return new CompanyFile(company(),
                List.of(new CompanyFile.Provenance("cybermassif", Organisation.Relation.BROUGHT, Instant.parse("2026-09-15T10:00:00Z"))),
                List.of(contact),
                List.of(new CompanyFile.TimelineEntry("conference.attended", "cybermassif", Instant.parse("2026-11-20T10:00:00Z"),
                        LocalizedText.of(Language.FR, "A participé à la matinée cybersécurité"), "/conferences/1")),
                List.of(new CompanyFile.Note(1, "Rappeler en janvier", Instant.parse("2026-11-21T10:00:00Z"))));
    }

    static void network(Network network) {
        given(network.partner(any())).willAnswer(call -> {
            String id = call.<PartnerId>getArgument(0).value();
            return Optional.of(new Partner(new PartnerId(id), id.equals("cybermassif") ? "Cybermassif" : id,
                    id.equals("cybermassif") ? "Cybermassif" : id, Country.FR, "", null, false, null, List.of(), null));
        });
        given(network.region("FRK1")).willReturn(Optional.of(new eu.cybersudoe.network.Region("FRK1", "Auvergne", Country.FR,
                List.of(new PartnerId("cybermassif")), Optional.of(new PartnerId("cybermassif")))));
        given(network.theme("agri-food")).willReturn(Optional.of(new eu.cybersudoe.network.Theme("agri-food",
                eu.cybersudoe.network.Theme.Kind.SECTORAL, LocalizedText.of(Language.FR, "Agroalimentaire"), null, true, 4)));
    }
}
