package gg.jte.generated.ondemand.portal;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.portal.web.HomeView;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtehomeGenerated {
	public static final String JTE_NAME = "portal/home.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,3,0,0,0,0,0,0,6,6,8,8,8,9,9,9,10,10,10,10,10,10,10,10,10,10,10,10,11,11,11,11,11,11,11,11,11,11,11,11,15,15,15,16,16,16,18,18,19,19,19,19,19,20,20,25,25,25,27,27,27,27,27,27,28,28,28,28,28,28,29,29,29,29,29,29,30,30,30,30,30,30,31,31,31,31,31,31,36,36,36,38,38,39,39,39,39,40,40,41,41,43,43,43,43,43,43,43,43,43,43,43,43,47,47,47,49,49,50,50,50,50,50,50,50,50,50,50,50,50,51,51,51,51,51,51,52,52,55,55,55,56,0,0,4,5,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, HomeView home) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("home.title"),  null, new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"hero\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("home.title"));
				jteOutput.writeContent("</h1>\n        <p class=\"lead\">");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("site.tagline"));
				jteOutput.writeContent("</p>\n        <p><a class=\"button\"");
				var __jte_html_attribute_0 = page.href("/register");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("home.cta.register"));
				jteOutput.writeContent("</a>\n           <a class=\"button secondary\"");
				var __jte_html_attribute_1 = page.href("/network");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_1);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("home.cta.network"));
				jteOutput.writeContent("</a></p>\n    </section>\n\n    <section aria-labelledby=\"goals\">\n        <h2 id=\"goals\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("home.goals.title"));
				jteOutput.writeContent("</h2>\n        <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.goals.text"));
				jteOutput.writeContent("</p>\n        <ul class=\"figures\">\n            ");
				for (HomeView.Figure figure : home.figures()) {
					jteOutput.writeContent("\n                <li class=\"figure\"><strong>");
					jteOutput.setContext("strong", null);
					jteOutput.writeUserContent(page.number(figure.value().longValue()));
					jteOutput.writeContent("</strong> ");
					gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, figure.label());
					jteOutput.writeContent("</li>\n            ");
				}
				jteOutput.writeContent("\n        </ul>\n    </section>\n\n    <section aria-labelledby=\"companies\">\n        <h2 id=\"companies\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("home.companies.title"));
				jteOutput.writeContent("</h2>\n        <ul class=\"cards\">\n            <li class=\"card\"><h3>");
				jteOutput.setContext("h3", null);
				jteOutput.writeUserContent(page.t("home.companies.diagnostic.title"));
				jteOutput.writeContent("</h3><p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.companies.diagnostic.text"));
				jteOutput.writeContent("</p></li>\n            <li class=\"card\"><h3>");
				jteOutput.setContext("h3", null);
				jteOutput.writeUserContent(page.t("home.companies.conferences.title"));
				jteOutput.writeContent("</h3><p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.companies.conferences.text"));
				jteOutput.writeContent("</p></li>\n            <li class=\"card\"><h3>");
				jteOutput.setContext("h3", null);
				jteOutput.writeUserContent(page.t("home.companies.mission.title"));
				jteOutput.writeContent("</h3><p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.companies.mission.text"));
				jteOutput.writeContent("</p></li>\n            <li class=\"card\"><h3>");
				jteOutput.setContext("h3", null);
				jteOutput.writeUserContent(page.t("home.companies.toolbox.title"));
				jteOutput.writeContent("</h3><p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.companies.toolbox.text"));
				jteOutput.writeContent("</p></li>\n            <li class=\"card\"><h3>");
				jteOutput.setContext("h3", null);
				jteOutput.writeUserContent(page.t("home.companies.newsletter.title"));
				jteOutput.writeContent("</h3><p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("home.companies.newsletter.text"));
				jteOutput.writeContent("</p></li>\n        </ul>\n    </section>\n\n    <section aria-labelledby=\"themes\">\n        <h2 id=\"themes\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("home.themes.title"));
				jteOutput.writeContent("</h2>\n        <ul class=\"theme-list\">\n            ");
				for (Theme theme : home.themes()) {
					jteOutput.writeContent("\n                <li><img class=\"pictogram\" src=\"/img/themes/");
					jteOutput.setContext("img", "src");
					jteOutput.writeUserContent(theme.pictogram());
					jteOutput.setContext("img", null);
					jteOutput.writeContent("\" alt=\"\" width=\"48\" height=\"48\">\n                    ");
					gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, theme.name());
					jteOutput.writeContent("</li>\n            ");
				}
				jteOutput.writeContent("\n        </ul>\n        <p><a");
				var __jte_html_attribute_2 = page.href("/themes");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("home.themes.more"));
				jteOutput.writeContent("</a></p>\n    </section>\n\n    <section aria-labelledby=\"partners\">\n        <h2 id=\"partners\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("home.partners.title", home.partners().size()));
				jteOutput.writeContent("</h2>\n        <ul class=\"partner-list\">\n            ");
				for (Partner partner : home.partners()) {
					jteOutput.writeContent("\n                <li><a");
					var __jte_html_attribute_3 = page.href("/network/" + partner.id().value());
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
						jteOutput.writeContent(" href=\"");
						jteOutput.setContext("a", "href");
						jteOutput.writeUserContent(__jte_html_attribute_3);
						jteOutput.setContext("a", null);
						jteOutput.writeContent("\"");
					}
					jteOutput.writeContent(">");
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(partner.shortName());
					jteOutput.writeContent("</a>\n                    <span class=\"muted\">");
					jteOutput.setContext("span", null);
					jteOutput.writeUserContent(partner.city());
					jteOutput.writeContent(", ");
					jteOutput.setContext("span", null);
					jteOutput.writeUserContent(page.t("network.country." + partner.country().name()));
					jteOutput.writeContent("</span></li>\n            ");
				}
				jteOutput.writeContent("\n        </ul>\n    </section>\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		HomeView home = (HomeView)params.get("home");
		render(jteOutput, jteHtmlInterceptor, page, home);
	}
}
