package eu.cybersudoe.companies.identifiers;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validators agree with an independent implementation, python-stdnum 1.18 (Debian's
 * python3-stdnum), on {@code identifiers/identifiers.csv.gz}: about 10,500 generated and
 * mutated inputs per kind, each labelled by {@code make_fixture.py}, committed beside it.
 *
 * <p>Each row's basis says where its label comes from. {@code stdnum}: stdnum's verdict on
 * the input. {@code stdnum-cleaned}: stdnum's verdict on the input without the separators
 * and country prefix the platform removes but that stdnum module keeps (the platform reads
 * identifiers typed by people, with dashes, slashes and prefixes). Two rules deliberately
 * differ from stdnum, which accepts more; their rows are labelled invalid, with the rule's
 * name as basis, never skipped:
 * <ul>
 *   <li>{@code rule:cif-control}: stdnum takes a digit or a letter as the control character of
 *       any CIF; the platform applies the entity letter's rule (see {@link IdentifierKind#CIF});</li>
 *   <li>{@code rule:pt-first-digits}: stdnum takes any Portuguese number not starting with 0;
 *       the platform only the first digits that are issued (see {@link IdentifierKind#NIPC}).</li>
 * </ul>
 */
class IdentifiersAgainstStdnumTest {

    static final String FIXTURE = "/identifiers/identifiers.csv.gz";
    static final Set<String> BASES = Set.of("stdnum", "stdnum-cleaned", "rule:cif-control", "rule:pt-first-digits");

    record Row(int line, IdentifierKind kind, String input, boolean valid, String basis) {
    }

    static List<Row> rows;

    @BeforeAll
    static void readFixture() throws IOException {
        rows = new ArrayList<>();
        try (InputStream in = IdentifiersAgainstStdnumTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("kind,input,valid,basis");
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] fields = line.split(",", -1);
                assertThat(fields).as("line %d", number).hasSize(4);
                assertThat(fields[2]).as("line %d", number).isIn("true", "false");
                rows.add(new Row(number, IdentifierKind.valueOf(fields[0]), fields[1], Boolean.parseBoolean(fields[2]), fields[3]));
            }
        }
    }

    @Test
    void everyKindHasAtLeastTenThousandRowsBothValidAndInvalid() {
        Map<IdentifierKind, int[]> counts = new EnumMap<>(IdentifierKind.class);
        for (Row row : rows) {
            counts.computeIfAbsent(row.kind(), k -> new int[2])[row.valid() ? 0 : 1]++;
        }
        assertThat(counts).containsOnlyKeys(IdentifierKind.values());
        counts.forEach((kind, validAndNot) -> {
            assertThat(validAndNot[0] + validAndNot[1]).as(kind.name()).isGreaterThanOrEqualTo(10_000);
            assertThat(validAndNot[0]).as(kind + " valid").isGreaterThan(3_000);
            assertThat(validAndNot[1]).as(kind + " invalid").isGreaterThan(3_000);
        });
    }

    @Test
    void everyRowSaysWhereItsLabelComesFrom() {
        assertThat(rows).allSatisfy(row -> assertThat(row.basis()).as("line %d", row.line()).isIn(BASES));
        // the deliberate differences are labelled invalid: stdnum accepts those rows
        assertThat(rows).filteredOn(row -> row.basis().startsWith("rule:"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.valid()).as("line %d", row.line()).isFalse());
    }

    @Test
    void validatorsAgreeWithStdnumOnEveryRow() {
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> disagreementsByKind = new TreeMap<>();
        for (Row row : rows) {
            IdentifierCheck check = ourCheck(row);
            boolean ours = check.accepted().map(id -> id.kind() == row.kind()).orElse(false);
            if (ours != row.valid()) {
                disagreementsByKind.merge(row.kind().name(), 1, Integer::sum);
                if (disagreements.size() < 20) {
                    disagreements.add("line %d %s \"%s\": fixture %s (%s), ours %s".formatted(
                            row.line(), row.kind(), row.input(), row.valid(), row.basis(), describe(check)));
                }
            }
        }
        assertThat(disagreements)
                .as("%s disagreements by kind over %d rows, the first ones", disagreementsByKind, rows.size())
                .isEmpty();
    }

    /** VAT numbers carry their prefix; the national kinds are checked as a company of their country. */
    static IdentifierCheck ourCheck(Row row) {
        return row.kind() == IdentifierKind.VAT
                ? Identifiers.check(row.input())
                : Identifiers.check(row.kind().country().orElseThrow(), row.input());
    }

    static String describe(IdentifierCheck check) {
        return switch (check) {
            case IdentifierCheck.Valid(NationalIdentifier id) -> "valid " + id.kind() + " " + id.value();
            case IdentifierCheck.Refused refused -> refused.messageKey();
        };
    }
}
