package eu.cybersudoe.bench;

import eu.cybersudoe.companies.NewOrganisation;
import eu.cybersudoe.companies.demo.GeneratedContact;
import eu.cybersudoe.companies.demo.GeneratedOrganisation;
import eu.cybersudoe.companies.demo.OrganisationGenerator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the nine partners' files of the import benchmark: the generated organisations spread
 * over the partners (each in its partner's file), half as many again copied into another
 * partner's file (the same company known by two partners: same identifier, another contact half
 * of the time), and about 2 % of rows spoilt (a wrong check digit, an e-mail without domain, no
 * name). French files are semicolon-separated Windows-1252 with spaced SIRENs and size bands,
 * Spanish ones comma-separated UTF-8 with a byte-order mark, the Portuguese one an XLSX workbook.
 */
public final class PartnerFiles {

    static final List<String> FRENCH = List.of("cybermassif", "transferts-lr", "echangeur-bordeaux");
    static final List<String> SPANISH = List.of("insula-barataria", "ceei-burgos", "leitat", "camara-gijon", "cederna-garalur");
    static final String PORTUGUESE = "ciebi";

    private record Row(GeneratedOrganisation organisation, GeneratedContact contact, int spoilt) {
    }

    private PartnerFiles() {
    }

    /** Writes the files into {@code folder}; returns how many rows they hold in all. */
    public static long write(Path folder, int companies, long seed) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<Row>> rows = new HashMap<>();
        List<String> partners = new ArrayList<>(FRENCH);
        partners.addAll(SPANISH);
        partners.add(PORTUGUESE);
        new OrganisationGenerator(seed).stream(companies).forEach(o -> {
            add(rows, o.partnerId(), o, o.contacts().getFirst(), random);
            if (random.nextInt(2) == 0) {
                String other = partners.get(random.nextInt(partners.size()));
                GeneratedContact contact = o.contacts().size() > 1 && random.nextBoolean() ? o.contacts().get(1) : o.contacts().getFirst();
                add(rows, other.equals(o.partnerId()) ? partners.get((partners.indexOf(other) + 1) % partners.size()) : other, o,
                        contact, random);
            }
        });
        long total = 0;
        for (String partner : partners) {
            List<Row> partnerRows = rows.getOrDefault(partner, List.of());
            total += partnerRows.size();
            if (FRENCH.contains(partner)) {
                writeFrench(folder.resolve(partner + ".csv"), partnerRows);
            } else if (SPANISH.contains(partner)) {
                writeSpanish(folder.resolve(partner + ".csv"), partnerRows);
            } else {
                writePortuguese(folder.resolve(partner + ".xlsx"), partnerRows);
            }
        }
        return total;
    }

    private static void add(Map<String, List<Row>> rows, String partner, GeneratedOrganisation o, GeneratedContact contact,
                            SplittableRandom random) {
        int spoilt = random.nextInt(100) < 2 ? 1 + random.nextInt(3) : 0;
        rows.computeIfAbsent(partner, p -> new ArrayList<>()).add(new Row(o, contact, spoilt));
    }

    private static void writeFrench(Path file, List<Row> rows) throws IOException {
        try (Writer out = writer(file, Charset.forName("windows-1252"), false)) {
            out.write("Raison sociale;SIREN;Pays;Adresse;Code postal;Ville;Code NAF;Tranche effectif;Date de création;"
                    + "Prénom;Nom de famille;Fonction;Courriel;Téléphone;Newsletter;Invitations\r\n");
            for (Row row : rows) {
                NewOrganisation o = row.organisation().organisation();
                GeneratedContact c = row.contact();
                out.write(String.join(";", name(row), spaced(identifier(row)), o.country().name(), quoted(o.address()), o.postcode(),
                        o.city(), text(o.activityCode()), band(o.employees()), creation(o.creationYear()), c.firstName(), c.lastName(),
                        text(c.job()), email(row), text(c.phone()), c.newsletterConsent() ? "oui" : "non",
                        c.invitationConsent() ? "oui" : "non"));
                out.write("\r\n");
            }
        }
    }

    private static void writeSpanish(Path file, List<Row> rows) throws IOException {
        try (Writer out = writer(file, StandardCharsets.UTF_8, true)) {
            out.write("Razón social,NIF,País,Dirección,Código postal,Municipio,CNAE,Empleados,Año de creación,Nombre,Apellidos,"
                    + "Cargo,Email,Teléfono,Boletín,Invitaciones\n");
            for (Row row : rows) {
                NewOrganisation o = row.organisation().organisation();
                GeneratedContact c = row.contact();
                out.write(String.join(",", csv(name(row)), identifier(row), o.country().name(), csv(o.address()), o.postcode(),
                        csv(o.city()), text(o.activityCode()), o.employees() == null ? "" : o.employees().toString(),
                        o.creationYear() == null ? "" : o.creationYear().toString(), csv(c.firstName()), csv(c.lastName()),
                        csv(text(c.job())), email(row), text(c.phone()), c.newsletterConsent() ? "sí" : "no",
                        c.invitationConsent() ? "sí" : "no"));
                out.write("\n");
            }
        }
    }

    private static void writePortuguese(Path file, List<Row> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "CyberSudoe", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Empresas");
            List<String> header = List.of("Denominação social", "NIPC", "País", "Morada", "Código postal", "Localidade", "CAE",
                    "Trabalhadores", "Data de constituição", "Nome", "Apelido", "Função", "Email", "Telefone", "Newsletter", "Convites");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            int r = 1;
            for (Row row : rows) {
                NewOrganisation o = row.organisation().organisation();
                GeneratedContact c = row.contact();
                sheet.value(r, 0, name(row));
                String identifier = identifier(row);
                if (identifier.matches("\\d{1,15}")) {
                    sheet.value(r, 1, Long.parseLong(identifier));
                } else {
                    sheet.value(r, 1, identifier);
                }
                sheet.value(r, 2, o.country().name());
                sheet.value(r, 3, o.address());
                sheet.value(r, 4, o.postcode());
                sheet.value(r, 5, o.city());
                sheet.value(r, 6, text(o.activityCode()));
                if (o.employees() != null) {
                    sheet.value(r, 7, o.employees());
                }
                if (o.creationYear() != null) {
                    sheet.value(r, 8, LocalDate.of(o.creationYear(), 1 + r % 12, 1 + r % 28));
                    sheet.style(r, 8).format("dd/mm/yyyy").set();
                }
                sheet.value(r, 9, c.firstName());
                sheet.value(r, 10, c.lastName());
                sheet.value(r, 11, text(c.job()));
                sheet.value(r, 12, email(row));
                sheet.value(r, 13, text(c.phone()));
                sheet.value(r, 14, c.newsletterConsent() ? "sim" : "não");
                sheet.value(r, 15, c.invitationConsent() ? "sim" : "não");
                r++;
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
        }
    }

    private static String name(Row row) {
        return row.spoilt() == 3 ? "" : row.organisation().organisation().legalName();
    }

    /** The identifier; a spoilt one has its last digit changed, so that its check fails. */
    private static String identifier(Row row) {
        String identifier = text(row.organisation().organisation().identifier());
        if (row.spoilt() != 1 || identifier.isEmpty()) {
            return identifier;
        }
        char last = identifier.charAt(identifier.length() - 1);
        char other = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : (last == 'A' ? 'B' : 'A');
        return identifier.substring(0, identifier.length() - 1) + other;
    }

    private static String email(Row row) {
        String email = text(row.contact().email());
        return row.spoilt() == 2 ? email.replace("@", "-at-") : email;
    }

    private static String band(Integer employees) {
        if (employees == null) {
            return "";
        }
        if (employees == 0) {
            return "0 salarié";
        }
        int[] bounds = {1, 3, 6, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
        for (int i = 0; i < bounds.length - 1; i++) {
            if (employees < bounds[i + 1]) {
                return bounds[i] + " à " + (bounds[i + 1] - 1) + " salariés";
            }
        }
        return "10 000 salariés et plus";
    }

    private static String creation(Integer year) {
        return year == null ? "" : "01/07/" + year;
    }

    private static String spaced(String identifier) {
        return identifier.length() == 9 ? identifier.substring(0, 3) + " " + identifier.substring(3, 6) + " " + identifier.substring(6)
                : identifier;
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String csv(String value) {
        return value == null ? "" : value.contains(",") || value.contains("\"") ? quoted(value) : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Writer writer(Path file, Charset charset, boolean bom) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (bom) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        return new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
    }
}
