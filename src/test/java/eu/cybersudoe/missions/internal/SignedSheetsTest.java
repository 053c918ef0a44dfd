package eu.cybersudoe.missions.internal;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.missions.MissionTestSupport;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A signed attendance sheet goes through the upload guard: its content, not the type the browser announces, decides. */
@DatabaseTest
@Import({TestClockConfiguration.class, MissionTestSupport.Doubles.class})
@TestPropertySource(properties = "cybersudoe.missions.scheduler=false")
class SignedSheetsTest {

    @Autowired
    MissionService missions;
    @Autowired
    Receipts receipts;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    AccountService accounts;

    final Actor manager = new Actor(null, "Claire Responsable");

    @Test
    void aSheetIsKeptOnlyWhenItsContentIsAPdfOrAnImage() {
        CompanyId company = MissionTestSupport.company(registry, "Scierie du Cantal", Country.FR, "15000", "cybermassif");
        long advisor = MissionTestSupport.staff(accounts, Role.ADVISOR, "cybermassif", "Paul Conseiller");
        long id = missions.request(company, new Mission.Request(MissionOrigin.STAFF, null, null, null, null, Language.FR,
                "Sauvegardes", List.of("security"), null), manager).id();
        missions.accept(id, manager);
        missions.schedule(id, manager, new Mission.Schedule(LocalDate.of(2026, 12, 3), DeliveryMode.ON_SITE, BigDecimal.ONE), advisor);
        missions.hold(id, manager, LocalDate.of(2026, 12, 3), BigDecimal.ONE);

        MockMultipartFile disguised = new MockMultipartFile("file", "feuille.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> receipts.storeSignedSheet(id, manager, disguised)).hasMessage("missions.refused.sheetType");
        assertThat(receipts.signedSheet(id)).isEmpty();

        MockMultipartFile scan = new MockMultipartFile("file", "feuille.bin", "application/octet-stream",
                "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        receipts.storeSignedSheet(id, manager, scan);
        assertThat(receipts.signedSheet(id)).hasValueSatisfying(file -> assertThat(file.size()).isEqualTo(scan.getSize()));
    }
}
