package gg.jte.generated.ondemand.accounts;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.accounts.web.LoginView;
import eu.cybersudoe.accounts.internal.DemoAccounts;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JteloginGenerated {
	public static final String JTE_NAME = "accounts/login.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,0,0,0,0,0,0,5,5,7,7,7,8,8,9,9,9,10,10,11,11,11,11,11,11,11,11,11,12,12,13,13,13,13,13,13,13,13,13,15,15,15,16,16,16,16,16,16,16,16,16,19,19,19,22,22,22,24,24,24,24,24,24,24,24,24,24,24,24,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,26,26,28,28,28,29,29,29,31,31,31,31,31,31,31,31,31,33,33,34,34,34,34,34,34,34,34,34,35,35,39,39,41,41,41,42,0,0,3,4,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, LoginView login) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("login.title"),  null, new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"narrow\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("login.title"));
				jteOutput.writeContent("</h1>\n        ");
				if (login.errorKey() != null) {
					jteOutput.writeContent("\n            <div class=\"flash error\" role=\"alert\">");
					jteOutput.setContext("div", null);
					jteOutput.writeUserContent(page.t(login.errorKey(), login.waitMinutes()));
					jteOutput.writeContent("</div>\n        ");
				}
				jteOutput.writeContent("\n        <form method=\"post\"");
				var __jte_html_attribute_0 = page.href("/login");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeContent(" action=\"");
					jteOutput.setContext("form", "action");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("form", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">\n            ");
				gg.jte.generated.ondemand.layout.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, page);
				jteOutput.writeContent("\n            <input type=\"hidden\" name=\"lang\"");
				var __jte_html_attribute_1 = page.language().code();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
					jteOutput.writeContent(" value=\"");
					jteOutput.setContext("input", "value");
					jteOutput.writeUserContent(__jte_html_attribute_1);
					jteOutput.setContext("input", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">\n            <div class=\"field\">\n                <label for=\"email\">");
				jteOutput.setContext("label", null);
				jteOutput.writeUserContent(page.t("account.email"));
				jteOutput.writeContent("</label>\n                <input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required");
				var __jte_html_attribute_2 = login.email() == null ? "" : login.email();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeContent(" value=\"");
					jteOutput.setContext("input", "value");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("input", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">\n            </div>\n            <div class=\"field\">\n                <label for=\"password\">");
				jteOutput.setContext("label", null);
				jteOutput.writeUserContent(page.t("account.password"));
				jteOutput.writeContent("</label>\n                <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n            </div>\n            <button type=\"submit\">");
				jteOutput.setContext("button", null);
				jteOutput.writeUserContent(page.t("login.submit"));
				jteOutput.writeContent("</button>\n        </form>\n        <p><a");
				var __jte_html_attribute_3 = page.href("/password/forgot");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_3);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("login.forgot"));
				jteOutput.writeContent("</a></p>\n        <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("login.noAccount"));
				jteOutput.writeContent(" <a");
				var __jte_html_attribute_4 = page.href("/register");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_4);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("layout.register"));
				jteOutput.writeContent("</a></p>\n        ");
				if (!login.demoAccounts().isEmpty()) {
					jteOutput.writeContent("\n            <section class=\"demo\" aria-labelledby=\"demo-title\">\n                <h2 id=\"demo-title\">");
					jteOutput.setContext("h2", null);
					jteOutput.writeUserContent(page.t("login.demo.title"));
					jteOutput.writeContent("</h2>\n                <p>");
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(page.t("login.demo.text", login.demoPassword()));
					jteOutput.writeContent("</p>\n                <table>\n                    <thead><tr><th scope=\"col\">");
					jteOutput.setContext("th", null);
					jteOutput.writeUserContent(page.t("account.email"));
					jteOutput.writeContent("</th><th scope=\"col\">");
					jteOutput.setContext("th", null);
					jteOutput.writeUserContent(page.t("account.role"));
					jteOutput.writeContent("</th><th scope=\"col\">");
					jteOutput.setContext("th", null);
					jteOutput.writeUserContent(page.t("account.partner"));
					jteOutput.writeContent("</th></tr></thead>\n                    <tbody>\n                    ");
					for (DemoAccounts.Listed demo : login.demoAccounts()) {
						jteOutput.writeContent("\n                        <tr><td>");
						jteOutput.setContext("td", null);
						jteOutput.writeUserContent(demo.email());
						jteOutput.writeContent("</td><td>");
						jteOutput.setContext("td", null);
						jteOutput.writeUserContent(page.t("role." + demo.role().name()));
						jteOutput.writeContent("</td><td>");
						jteOutput.setContext("td", null);
						jteOutput.writeUserContent(demo.partnerId() == null ? "" : demo.partnerId());
						jteOutput.writeContent("</td></tr>\n                    ");
					}
					jteOutput.writeContent("\n                    </tbody>\n                </table>\n            </section>\n        ");
				}
				jteOutput.writeContent("\n    </section>\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		LoginView login = (LoginView)params.get("login");
		render(jteOutput, jteHtmlInterceptor, page, login);
	}
}
