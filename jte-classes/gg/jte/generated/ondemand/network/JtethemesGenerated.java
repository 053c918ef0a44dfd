package gg.jte.generated.ondemand.network;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.network.web.ThemesPage;
import eu.cybersudoe.network.Theme;
import java.util.List;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtethemesGenerated {
	public static final String JTE_NAME = "network/themes.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,3,0,0,0,0,0,0,6,6,8,8,8,9,9,9,11,11,12,12,13,13,14,14,14,14,15,15,15,15,15,15,15,16,16,16,18,18,19,19,19,19,19,19,19,19,19,20,20,20,20,21,21,23,23,26,26,27,27,28,28,28,29,0,0,4,5,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, ThemesPage themes) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("network.themes.title"), page.t("network.themes.intro"), new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"hero\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("network.themes.title"));
				jteOutput.writeContent("</h1>\n        <p class=\"lead\">");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("network.themes.intro"));
				jteOutput.writeContent("</p>\n    </section>\n    ");
				for (String kind : List.of("general", "sectoral")) {
					jteOutput.writeContent("\n        ");
					List<Theme> list = kind.equals("general") ? themes.general() : themes.sectoral();
					jteOutput.writeContent("\n        ");
					if (!list.isEmpty()) {
						jteOutput.writeContent("\n            <section aria-labelledby=\"themes-");
						jteOutput.setContext("section", "aria-labelledby");
						jteOutput.writeUserContent(kind);
						jteOutput.setContext("section", null);
						jteOutput.writeContent("\">\n                <h2 id=\"themes-");
						jteOutput.setContext("h2", "id");
						jteOutput.writeUserContent(kind);
						jteOutput.setContext("h2", null);
						jteOutput.writeContent("\">");
						jteOutput.setContext("h2", null);
						jteOutput.writeUserContent(page.t("network.themes." + kind));
						jteOutput.writeContent("</h2>\n                <p>");
						jteOutput.setContext("p", null);
						jteOutput.writeUserContent(page.t("network.themes." + kind + ".intro"));
						jteOutput.writeContent("</p>\n                <ul class=\"cards theme-cards\">\n                    ");
						for (var theme : list) {
							jteOutput.writeContent("\n                        <li class=\"card theme-card\"");
							var __jte_html_attribute_0 = theme.code();
							if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
								jteOutput.writeContent(" id=\"");
								jteOutput.setContext("li", "id");
								jteOutput.writeUserContent(__jte_html_attribute_0);
								jteOutput.setContext("li", null);
								jteOutput.writeContent("\"");
							}
							jteOutput.writeContent(">\n                            <img class=\"pictogram\" src=\"/img/themes/");
							jteOutput.setContext("img", "src");
							jteOutput.writeUserContent(theme.pictogram());
							jteOutput.setContext("img", null);
							jteOutput.writeContent("\" alt=\"\" width=\"48\" height=\"48\">\n                            <h3>");
							gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, theme.name());
							jteOutput.writeContent("</h3>\n                        </li>\n                    ");
						}
						jteOutput.writeContent("\n                </ul>\n            </section>\n        ");
					}
					jteOutput.writeContent("\n    ");
				}
				jteOutput.writeContent("\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		ThemesPage themes = (ThemesPage)params.get("themes");
		render(jteOutput, jteHtmlInterceptor, page, themes);
	}
}
