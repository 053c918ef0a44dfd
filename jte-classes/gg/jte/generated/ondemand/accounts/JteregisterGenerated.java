package gg.jte.generated.ondemand.accounts;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.accounts.web.RegistrationForm;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JteregisterGenerated {
	public static final String JTE_NAME = "accounts/register.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,0,0,0,0,0,0,6,6,8,8,8,9,9,9,10,10,11,11,11,12,12,13,13,13,13,13,13,13,13,13,14,14,15,15,16,16,17,17,18,18,20,20,20,24,24,24,24,24,25,25,25,25,25,25,25,25,25,26,26,26,26,26,26,26,26,26,26,26,26,26,26,26,27,27,28,28,28,29,29,31,31,31,34,34,34,35,0,0,3,4,5,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, RegistrationForm form, FieldErrors errors) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("register.title"),  null, new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"narrow\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("register.title"));
				jteOutput.writeContent("</h1>\n        <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("register.intro"));
				jteOutput.writeContent("</p>\n        ");
				if (errors.any()) {
					jteOutput.writeContent("\n            <div class=\"flash error\" role=\"alert\">");
					jteOutput.setContext("div", null);
					jteOutput.writeUserContent(page.t("form.hasErrors"));
					jteOutput.writeContent("</div>\n        ");
				}
				jteOutput.writeContent("\n        <form method=\"post\"");
				var __jte_html_attribute_0 = page.href("/register");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeContent(" action=\"");
					jteOutput.setContext("form", "action");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("form", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(" novalidate>\n            ");
				gg.jte.generated.ondemand.layout.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, page);
				jteOutput.writeContent("\n            ");
				gg.jte.generated.ondemand.layout.JtefieldGenerated.render(jteOutput, jteHtmlInterceptor, page, errors, "displayName", page.t("account.displayName"), form.displayName(),  "text", "name",  true,  null);
				jteOutput.writeContent("\n            ");
				gg.jte.generated.ondemand.layout.JtefieldGenerated.render(jteOutput, jteHtmlInterceptor, page, errors, "email", page.t("account.email"), form.email(), "email", "email",  true,  null);
				jteOutput.writeContent("\n            ");
				gg.jte.generated.ondemand.layout.JtefieldGenerated.render(jteOutput, jteHtmlInterceptor, page, errors, "password", page.t("account.newPassword"),  "", "password", "new-password",  true, page.t("account.password.rule"));
				jteOutput.writeContent("\n            ");
				gg.jte.generated.ondemand.layout.JtefieldGenerated.render(jteOutput, jteHtmlInterceptor, page, errors, "passwordRepeat", page.t("account.passwordRepeat"),  "", "password", "new-password",  true,  null);
				jteOutput.writeContent("\n            <div class=\"trap\" aria-hidden=\"true\">\n                <label for=\"website\">");
				jteOutput.setContext("label", null);
				jteOutput.writeUserContent(page.t("register.trap"));
				jteOutput.writeContent("</label>\n                <input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\" value=\"\">\n            </div>\n            <div class=\"field\">\n                <input id=\"acceptTerms\" name=\"acceptTerms\" type=\"checkbox\"");
				var __jte_html_attribute_1 = Boolean.TRUE.equals(form.acceptTerms());
				if (__jte_html_attribute_1) {
				jteOutput.writeContent(" checked");
				}
				jteOutput.writeContent("\n                      ");
				var __jte_html_attribute_2 = errors.has("acceptTerms") ? "true" : null;
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeContent(" aria-invalid=\"");
					jteOutput.setContext("input", "aria-invalid");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("input", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">\n                <label for=\"acceptTerms\" class=\"inline-label\">");
				jteOutput.setContext("label", null);
				jteOutput.writeUserContent(page.t("register.acceptTerms"));
				jteOutput.writeContent(" <a");
				var __jte_html_attribute_3 = page.href("/privacy");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_3);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("nav.privacy"));
				jteOutput.writeContent("</a></label>\n                ");
				if (errors.has("acceptTerms")) {
					jteOutput.writeContent("\n                    <p class=\"field-error\">");
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(page.t("register.acceptTerms.required"));
					jteOutput.writeContent("</p>\n                ");
				}
				jteOutput.writeContent("\n            </div>\n            <button type=\"submit\">");
				jteOutput.setContext("button", null);
				jteOutput.writeUserContent(page.t("register.submit"));
				jteOutput.writeContent("</button>\n        </form>\n    </section>\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		RegistrationForm form = (RegistrationForm)params.get("form");
		FieldErrors errors = (FieldErrors)params.get("errors");
		render(jteOutput, jteHtmlInterceptor, page, form, errors);
	}
}
