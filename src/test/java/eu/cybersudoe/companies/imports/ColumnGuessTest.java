package eu.cybersudoe.companies.imports;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static eu.cybersudoe.companies.imports.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The first guess of the mapping on headers of real exports of each country, and what the mapping page says of the rest. */
class ColumnGuessTest {

    static Map<Integer, ImportField> guess(String... header) {
        return ColumnMapping.guess(List.of(header), Map.of()).columns();
    }

    @Test
    void aFrenchChamberExport() {
        assertThat(guess("Raison sociale", "N° SIRET", "Code NAF/APE", "Adresse", "Code postal", "Ville", "Département",
                "Tranche d'effectif salarié", "Civilité", "Prénom", "Nom", "Courriel", "Téléphone"))
                .containsEntry(0, LEGAL_NAME).containsEntry(1, IDENTIFIER).containsEntry(2, ACTIVITY_CODE).containsEntry(3, ADDRESS)
                .containsEntry(4, POSTCODE).containsEntry(5, CITY).doesNotContainKey(6).containsEntry(7, SIZE_BAND)
                .doesNotContainKey(8).containsEntry(9, FIRST_NAME).containsEntry(10, LAST_NAME).containsEntry(11, EMAIL)
                .containsEntry(12, PHONE);
    }

    @Test
    void aSpanishCrmExport() {
        assertThat(guess("Razón Social", "CIF/NIF", "C.N.A.E.", "Dirección", "C.P.", "Población", "Provincia", "Nº empleados",
                "Persona de contacto", "Correo electrónico", "Móvil"))
                .containsEntry(0, LEGAL_NAME).containsEntry(1, IDENTIFIER).containsEntry(2, ACTIVITY_CODE).containsEntry(3, ADDRESS)
                .containsEntry(4, POSTCODE).containsEntry(5, CITY).doesNotContainKey(6).containsEntry(7, EMPLOYEES)
                .containsEntry(8, FULL_NAME).containsEntry(9, EMAIL).containsEntry(10, PHONE);
        assertThat(guess("NIF/CIF")).containsEntry(0, IDENTIFIER);
    }

    @Test
    void aPortugueseAssociationExport() {
        assertThat(guess("Designação social", "NIPC", "CAE Rev.3", "Morada", "Código Postal", "Localidade", "Distrito",
                "N.º trabalhadores", "Nome completo", "E-mail", "Telemóvel"))
                .containsEntry(0, LEGAL_NAME).containsEntry(1, IDENTIFIER).containsEntry(2, ACTIVITY_CODE).containsEntry(3, ADDRESS)
                .containsEntry(4, POSTCODE).containsEntry(5, CITY).doesNotContainKey(6).containsEntry(7, EMPLOYEES)
                .containsEntry(8, FULL_NAME).containsEntry(9, EMAIL).containsEntry(10, PHONE);
        assertThat(guess("N.º Contribuinte")).containsEntry(0, IDENTIFIER);
    }

    @Test
    void anEnglishExport() {
        assertThat(guess("Company name", "VAT number", "NACE code", "Postcode", "Town", "Employees", "First name", "Surname",
                "Email address")).containsValues(LEGAL_NAME, VAT_NUMBER, ACTIVITY_CODE, POSTCODE, CITY, EMPLOYEES, FIRST_NAME,
                LAST_NAME, EMAIL).hasSize(9);
    }

    @Test
    void theMappingPageNamesTheColumnsLeftOutAndWarnsWithoutIdentifier() {
        List<String> header = List.of("Designação social", "Distrito", "Observações", "Código Postal", "");
        ColumnMapping mapping = ColumnMapping.guess(header, Map.of());
        Imports.Preview preview = new Imports.Preview(null, header, List.of(new SheetRow(2, List.of("Pastelaria Belém", "Lisboa",
                "cliente antigo", "1300-085", ""))), mapping);

        assertThat(preview.unmapped()).containsExactly("Observações");
        assertThat(preview.derived()).containsExactly("Distrito");
        assertThat(preview.noIdentifier()).isTrue();
        assertThat(preview.replacementCharacters()).isFalse();
        assertThat(new Imports.Preview(null, header, List.of(new SheetRow(2, List.of("Pastelaria Bel\uFFFDm"))), mapping)
                .replacementCharacters()).isTrue();
        assertThat(new Imports.Preview(null, List.of("NIPC", "Nome"), List.of(), ColumnMapping.guess(List.of("NIPC", "Nome"), Map.of()))
                .noIdentifier()).isFalse();
    }
}
