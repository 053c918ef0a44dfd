package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.mail.Outbox;
import eu.cybersudoe.shared.mail.OutboxEntry;
import eu.cybersudoe.shared.mail.OutboxMessage;
import eu.cybersudoe.shared.mail.OutboxPage;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import eu.cybersudoe.testing.WithSignedInUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WithSignedInUser
@WebMvcTest(OutboxController.class)
class OutboxControllerTest {

    static final String ID = "20261126T090000000Z-0123456789abcdef0123456789abcdef";
    static final Instant SENT = Instant.parse("2026-11-26T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Outbox outbox;

    @Test
    void listsTheOutboxAPageAtATime() throws Exception {
        given(outbox.list(2, OutboxController.PAGE_SIZE)).willReturn(new OutboxPage(
                List.of(new OutboxEntry(ID, SENT, "João Conceição <joao@example.pt>", "Confirmação da sua conta", "account.confirmation")),
                2, OutboxController.PAGE_SIZE, 120));

        MvcResult result = mvc.perform(get("/pt/office/outbox").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/outbox"))
                .andExpect(content().string(containsString("<html lang=\"pt\">")))
                .andExpect(content().string(containsString("Caixa de saída")))
                .andExpect(content().string(containsString("href=\"/pt/office/outbox/" + ID + "\"")))
                .andExpect(content().string(containsString("Confirmação da sua conta")))
                .andExpect(content().string(containsString("João Conceição &lt;joao@example.pt&gt;")))
                .andExpect(content().string(containsString("datetime=\"2026-11-26T09:00:00Z\"")))
                .andExpect(content().string(containsString("account.confirmation")))
                .andExpect(content().string(containsString("Página 2 de 3")))
                .andReturn();
        OutboxListView outbox = (OutboxListView) result.getModelAndView().getModel().get("outbox");
        assertThat(outbox).usingRecursiveComparison().ignoringFields("rows").isEqualTo(
                new OutboxListView(List.of(), 2, 3, 120, "/pt/office/outbox?page=1", "/pt/office/outbox?page=3"));
        assertThat(outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.href()).isEqualTo("/pt/office/outbox/" + ID);
            assertThat(row.subject()).isEqualTo("Confirmação da sua conta");
            assertThat(row.to()).isEqualTo("João Conceição <joao@example.pt>");
            assertThat(row.category()).isEqualTo("account.confirmation");
            assertThat(row.dateIso()).isEqualTo("2026-11-26T09:00:00Z");
            assertThat(row.date()).contains("2026");
        });
    }

    @Test
    void showsAnEmptyOutbox() throws Exception {
        given(outbox.list(1, OutboxController.PAGE_SIZE)).willReturn(new OutboxPage(List.of(), 1, OutboxController.PAGE_SIZE, 0));

        mvc.perform(get("/en/office/outbox").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("outbox", new OutboxListView(List.of(), 1, 1, 0, null, null)))
                .andExpect(content().string(containsString("The outbox is empty.")));
    }

    @Test
    void showsOneMessageWithItsHtmlEscaped() throws Exception {
        String html = "<script>alert('x')</script><p onclick=\"steal()\">Olá <b>João</b></p>";
        given(outbox.find(ID)).willReturn(Optional.of(new OutboxMessage(ID, SENT, "CyberSudoe <no-reply@cybersudoe.eu>",
                "João Conceição <joao@example.pt>", "", "Confirmação da sua conta", "account.confirmation", "pt",
                "<abc@cybersudoe.eu>", List.of(new OutboxMessage.Header("Subject", "Confirmação da sua conta")),
                "Olá João,\n<confirme> a sua conta", html, List.of("relatório.pdf"))));

        MvcResult result = mvc.perform(get("/fr/office/outbox/" + ID))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/outbox-message"))
                .andExpect(content().string(containsString("<title>Confirmação da sua conta · CyberSudoe</title>")))
                .andExpect(content().string(containsString("Retour à la boîte d'envoi")))
                .andExpect(content().string(containsString("<pre class=\"mail-text\">Olá João,\n&lt;confirme&gt; a sua conta</pre>")))
                .andExpect(content().string(containsString("<pre class=\"mail-source\">&lt;script&gt;alert('x')&lt;/script&gt;&lt;p onclick=\"steal()\"&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>João</b>"))))
                .andExpect(content().string(not(containsString("<p onclick"))))
                .andExpect(content().string(containsString("relatório.pdf")))
                .andReturn();
        OutboxMessageView message = (OutboxMessageView) result.getModelAndView().getModel().get("message");
        assertThat(message.subject()).isEqualTo("Confirmação da sua conta");
        assertThat(message.html()).isEqualTo(html);
        assertThat(message.attachments()).containsExactly("relatório.pdf");
        assertThat(message.headers()).containsExactly(new OutboxMessageView.Line("Subject", "Confirmação da sua conta"));
        assertThat(message.backHref()).isEqualTo("/fr/office/outbox");
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        given(outbox.find(anyString())).willReturn(Optional.empty());

        mvc.perform(get("/en/office/outbox/" + ID)).andExpect(status().isNotFound());
        // The firewall refuses encoded slashes before the controller is reached.
        mvc.perform(get("/en/office/outbox/..%2F..%2Fetc%2Fpasswd")).andExpect(status().isBadRequest());
        mvc.perform(get("/en/office/outbox/..")).andExpect(status().is4xxClientError());
    }

    @Test
    void isForNetworkAdminsOnly() {
        Access access = OutboxController.class.getAnnotation(Access.class);
        assertThat(access.value()).isEqualTo(Access.Audience.ROLES);
        assertThat(access.roles()).containsExactly(Role.NETWORK_ADMIN);
    }
}
