package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.reference.ReferenceDataException;
import eu.cybersudoe.shared.reference.ReferenceFile;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped reference files, and the problems the reader reports in broken ones. */
class NetworkFilesTest {

    static final List<String> FILES = List.of(NetworkFiles.PARTNERS, NetworkFiles.REGIONS, NetworkFiles.WORK_PACKAGES,
            NetworkFiles.THEMES, NetworkFiles.CALENDAR);

    /** The shipped files' text, to edit in tests. */
    static Map<String, String> shipped() {
        Map<String, String> files = new HashMap<>();
        for (String name : FILES) {
            try {
                files.put(name, new ClassPathResource("reference/network/" + name).getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static NetworkData read(Map<String, String> files) {
        return NetworkFiles.read(name -> ReferenceFile.read("reference/network/" + name, new StringReader(files.get(name))));
    }

    static ReferenceDataException problem(Map<String, String> files) {
        try {
            read(files);
        } catch (ReferenceDataException e) {
            return e;
        }
        throw new AssertionError("the files were accepted");
    }

    static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as("fragment %s", fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theShippedFilesDescribeTheNetwork() {
        NetworkData data = read(shipped());
        assertThat(data.partners()).hasSize(9);
        assertThat(data.partners()).filteredOn(Partner::lead).extracting(p -> p.id().value()).containsExactly("cybermassif");
        assertThat(data.partners()).filteredOn(p -> p.country() == Country.FR).hasSize(3);
        assertThat(data.partners()).filteredOn(p -> p.country() == Country.ES).hasSize(5);
        assertThat(data.partners()).filteredOn(p -> p.country() == Country.PT).hasSize(1);
        assertThat(data.partners()).allSatisfy(p -> {
            for (Language language : Language.values()) {
                assertThat(p.description().has(language)).as("%s in %s", p.id(), language).isTrue();
            }
        });
        assertThat(data.regions()).hasSize(10);
        assertThat(data.regions()).filteredOn(r -> r.code().equals("FRJ1")).singleElement().satisfies(r -> {
            assertThat(r.partners()).containsExactlyInAnyOrder(new PartnerId("cybermassif"), new PartnerId("transferts-lr"));
            assertThat(r.primary()).contains(new PartnerId("transferts-lr"));
        });
        assertThat(data.workPackages()).extracting(WorkPackage::code).containsExactly("GT0", "GT1", "GT2", "GT3", "GT4", "GT5", "GT6");
        assertThat(data.workPackages().stream().map(WorkPackage::budget).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1641382");
        assertThat(data.declaredTotal()).isEqualByComparingTo("1641383");
        assertThat(data.themes()).hasSize(10);
        assertThat(data.themes()).filteredOn(t -> t.kind() == Theme.Kind.GENERAL).hasSize(5);
        assertThat(data.themes()).allSatisfy(t -> assertThat(new ClassPathResource("static/img/themes/" + t.pictogram()).exists())
                .as(t.pictogram()).isTrue());
        assertThat(data.calendar().start()).isEqualTo(LocalDate.of(2008, 7, 1));
        assertThat(data.calendar().semesters()).hasSize(5);
        assertThat(data.calendar().meetings()).extracting(m -> m.city())
                .containsExactly("Clermont-Ferrand", "Toledo", "Lisboa", "Barcelona", "Pamplona", "Montpellier");
    }

    @Test
    void aBrokenFileStopsWithItsNameAndLine() {
        Map<String, String> files = shipped();
        String themes = files.get(NetworkFiles.THEMES).replace("    kind: sectoral\n    position: 7", "    kind: sectoral\n   position: 7");
        files.put(NetworkFiles.THEMES, themes);
        ReferenceDataException e = problem(files);
        assertThat(e.file()).isEqualTo("reference/network/themes.yml");
        assertThat(e.line()).isEqualTo(lineOf(themes, "   position: 7"));
        assertThat(e.getMessage()).startsWith("reference/network/themes.yml, line " + e.line() + ": not valid YAML");
    }

    @Test
    void aMissingFieldIsReported() {
        Map<String, String> files = shipped();
        String partners = files.get(NetworkFiles.PARTNERS).replace("    city: Burgos\n", "");
        files.put(NetworkFiles.PARTNERS, partners);
        ReferenceDataException e = problem(files);
        assertThat(e.getMessage()).isEqualTo("reference/network/partners.yml, line " + lineOf(partners, "- id: ceei-burgos") + ": "
                + "partners[5]: missing required field 'city'");
    }

    @Test
    void anUnknownPartnerReferenceIsReported() {
        Map<String, String> files = shipped();
        String workPackages = files.get(NetworkFiles.WORK_PACKAGES).replace("co-pilot: leitat", "co-pilot: leitatt");
        files.put(NetworkFiles.WORK_PACKAGES, workPackages);
        assertThat(problem(files).getMessage()).isEqualTo("reference/network/work-packages.yml, line "
                + lineOf(workPackages, "co-pilot: leitatt") + ": work-packages[6].co-pilot: unknown partner 'leitatt': declare it in partners.yml");

        files = shipped();
        String regions = files.get(NetworkFiles.REGIONS).replace("primary: transferts-lr", "primary: transfert-lr");
        files.put(NetworkFiles.REGIONS, regions);
        assertThat(problem(files).getMessage()).isEqualTo("reference/network/regions.yml, line "
                + lineOf(regions, "primary: transfert-lr") + ": regions[4].primary: unknown partner 'transfert-lr': declare it in partners.yml");
    }

    @Test
    void anUnknownRegionIsReported() {
        Map<String, String> files = shipped();
        String partners = files.get(NetworkFiles.PARTNERS).replace("regions: [ES41]", "regions: [ES41, ES30]");
        files.put(NetworkFiles.PARTNERS, partners);
        ReferenceDataException e = problem(files);
        assertThat(e.line()).isEqualTo(lineOf(partners, "regions: [ES41, ES30]"));
        assertThat(e.problem()).isEqualTo("partners[5].regions[2]: unknown region 'ES30': declare it in regions.yml");
    }

    @Test
    void duplicatesAreReported() {
        Map<String, String> files = shipped();
        String partners = files.get(NetworkFiles.PARTNERS).replace("- id: leitat", "- id: ceei-burgos");
        files.put(NetworkFiles.PARTNERS, partners);
        ReferenceDataException e = problem(files);
        assertThat(e.problem()).isEqualTo("partners[6].id: partner 'ceei-burgos' is given twice (first on line "
                + lineOf(partners, "- id: ceei-burgos") + ")");

        files = shipped();
        files.put(NetworkFiles.THEMES, files.get(NetworkFiles.THEMES).replace("code: industry", "code: tourism"));
        assertThat(problem(files).problem()).startsWith("themes[10].code: theme 'tourism' is given twice");
    }

    @Test
    void aRegionCoveredTwiceNeedsAPrimary() {
        Map<String, String> files = shipped();
        files.put(NetworkFiles.REGIONS, files.get(NetworkFiles.REGIONS).replace("    primary: transferts-lr\n", ""));
        assertThat(problem(files).problem()).isEqualTo("regions[4]: region FRJ1 is covered by 2 partners (cybermassif, transferts-lr): "
                + "say which one answers its requests with 'primary'");
    }

    @Test
    void coPilotsMustAgreeBetweenFiles() {
        Map<String, String> files = shipped();
        files.put(NetworkFiles.WORK_PACKAGES, files.get(NetworkFiles.WORK_PACKAGES).replace("co-pilot: camara-gijon", "co-pilot: ceei-burgos"));
        assertThat(problem(files).problem())
                .isEqualTo("work-packages[4].co-pilot: names 'ceei-burgos' as co-pilot, but partners.yml gives it no work package");
    }

    @Test
    void oneLeadPartnerExactly() {
        Map<String, String> files = shipped();
        files.put(NetworkFiles.PARTNERS, files.get(NetworkFiles.PARTNERS).replace("    lead: true\n", ""));
        assertThat(problem(files).problem()).isEqualTo("partners: no partner is the lead partner: give one 'lead: true'");
    }

    @Test
    void retiredThemesAreInactive() {
        Map<String, String> files = shipped();
        files.put(NetworkFiles.THEMES, files.get(NetworkFiles.THEMES).replace("    pictogram: industry.svg\n",
                "    pictogram: industry.svg\n    retired: true\n"));
        assertThat(read(files).themes()).filteredOn(t -> !t.active()).extracting(Theme::code).containsExactly("industry");
    }

    @Test
    void partnerForFollowsTheRules() {
        NetworkData data = read(shipped());
        NetworkSnapshot network = new NetworkSnapshot(data.partners(), List.of(), data.regions(), data.workPackages(),
                data.declaredTotal(), data.themes(), data.calendar());
        assertThat(network.partnerFor("FRJ1")).isEqualTo(new PartnerId("transferts-lr"));
        assertThat(network.partnerFor("FRK1")).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partnerFor("PT16")).isEqualTo(new PartnerId("ciebi"));
        assertThat(network.partnerFor("ES30")).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partnerFor("pt16")).isEqualTo(new PartnerId("ciebi"));
        assertThat(network.partnerFor(null)).isEqualTo(new PartnerId("cybermassif"));
        assertThat(network.partners().getFirst().lead()).isTrue();
        assertThat(network.partner(new PartnerId("leitat")).map(Partner::coPilotedWorkPackage)).isEqualTo(Optional.of("GT5"));
        assertThat(network.budget().sum()).isEqualByComparingTo("1641382");
        assertThat(network.budget().difference()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> network.partners().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
