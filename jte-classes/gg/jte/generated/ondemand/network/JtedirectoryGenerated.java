package gg.jte.generated.ondemand.network;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.network.web.DirectoryPage;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtedirectoryGenerated {
	public static final String JTE_NAME = "network/directory.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,0,0,0,0,0,0,4,4,6,6,6,7,7,7,9,9,10,10,10,10,10,10,10,10,10,11,11,11,11,11,11,11,11,11,11,11,11,13,13,15,15,15,15,15,15,15,15,15,15,15,15,16,16,17,17,17,18,18,19,19,20,20,20,21,21,23,23,23,24,24,24,25,25,25,28,28,29,29,29,29,29,29,30,30,33,33,33,35,35,36,36,36,36,36,36,36,36,36,36,36,37,37,38,38,39,39,39,40,40,44,44,47,47,48,48,48,49,0,0,2,3,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, DirectoryPage directory) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("network.directory.title"), page.t("network.directory.description"), new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"hero\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("network.directory.title"));
				jteOutput.writeContent("</h1>\n        <p class=\"lead\">");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("network.directory.intro", directory.partnerCount()));
				jteOutput.writeContent("</p>\n    </section>\n    ");
				for (var section : directory.countries()) {
					jteOutput.writeContent("\n        <section");
					var __jte_html_attribute_0 = section.anchor();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
						jteOutput.writeContent(" aria-labelledby=\"");
						jteOutput.setContext("section", "aria-labelledby");
						jteOutput.writeUserContent(__jte_html_attribute_0);
						jteOutput.setContext("section", null);
						jteOutput.writeContent("\"");
					}
					jteOutput.writeContent(">\n            <h2");
					var __jte_html_attribute_1 = section.anchor();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
						jteOutput.writeContent(" id=\"");
						jteOutput.setContext("h2", "id");
						jteOutput.writeUserContent(__jte_html_attribute_1);
						jteOutput.setContext("h2", null);
						jteOutput.writeContent("\"");
					}
					jteOutput.writeContent(">");
					jteOutput.setContext("h2", null);
					jteOutput.writeUserContent(page.t("network.country." + section.country().name()));
					jteOutput.writeContent("</h2>\n            <ul class=\"cards partner-cards\">\n                ");
					for (var summary : section.partners()) {
						jteOutput.writeContent("\n                    <li class=\"card partner-card\">\n                        <h3><a");
						var __jte_html_attribute_2 = page.href(summary.path());
						if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
							jteOutput.writeContent(" href=\"");
							jteOutput.setContext("a", "href");
							jteOutput.writeUserContent(__jte_html_attribute_2);
							jteOutput.setContext("a", null);
							jteOutput.writeContent("\"");
						}
						jteOutput.writeContent(">");
						jteOutput.setContext("a", null);
						jteOutput.writeUserContent(summary.partner().shortName());
						jteOutput.writeContent("</a></h3>\n                        ");
						if (!summary.partner().name().equals(summary.partner().shortName())) {
							jteOutput.writeContent("\n                            <p class=\"muted\">");
							jteOutput.setContext("p", null);
							jteOutput.writeUserContent(summary.partner().name());
							jteOutput.writeContent("</p>\n                        ");
						}
						jteOutput.writeContent("\n                        ");
						if (summary.partner().lead()) {
							jteOutput.writeContent("\n                            <p class=\"badge\">");
							jteOutput.setContext("p", null);
							jteOutput.writeUserContent(page.t("network.partner.lead"));
							jteOutput.writeContent("</p>\n                        ");
						}
						jteOutput.writeContent("\n                        <dl class=\"facts\">\n                            <dt>");
						jteOutput.setContext("dt", null);
						jteOutput.writeUserContent(page.t("network.partner.city"));
						jteOutput.writeContent("</dt>\n                            <dd>");
						jteOutput.setContext("dd", null);
						jteOutput.writeUserContent(summary.partner().city());
						jteOutput.writeContent("</dd>\n                            <dt>");
						jteOutput.setContext("dt", null);
						jteOutput.writeUserContent(page.t("network.partner.regions"));
						jteOutput.writeContent("</dt>\n                            <dd>\n                                <ul class=\"inline-list\">\n                                    ");
						for (var region : summary.regions()) {
							jteOutput.writeContent("\n                                        <li>");
							jteOutput.setContext("li", null);
							jteOutput.writeUserContent(region.name());
							jteOutput.writeContent(" <span class=\"code\">");
							jteOutput.setContext("span", null);
							jteOutput.writeUserContent(region.code());
							jteOutput.writeContent("</span></li>\n                                    ");
						}
						jteOutput.writeContent("\n                                </ul>\n                            </dd>\n                            <dt>");
						jteOutput.setContext("dt", null);
						jteOutput.writeUserContent(page.t("network.partner.workPackage"));
						jteOutput.writeContent("</dt>\n                            <dd>\n                                ");
						if (summary.workPackage() != null) {
							jteOutput.writeContent("\n                                    <a href=\"");
							jteOutput.setContext("a", "href");
							jteOutput.writeUserContent(page.href("/work-packages"));
							jteOutput.setContext("a", null);
							jteOutput.writeContent("#");
							jteOutput.setContext("a", "href");
							jteOutput.writeUserContent(summary.workPackage().code().toLowerCase());
							jteOutput.setContext("a", null);
							jteOutput.writeContent("\">");
							jteOutput.setContext("a", null);
							jteOutput.writeUserContent(summary.workPackage().code());
							jteOutput.writeContent("</a>\n                                    · ");
							gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, summary.workPackage().title());
							jteOutput.writeContent("\n                                ");
						} else {
							jteOutput.writeContent("\n                                    ");
							jteOutput.setContext("dd", null);
							jteOutput.writeUserContent(page.t("network.partner.noWorkPackage"));
							jteOutput.writeContent("\n                                ");
						}
						jteOutput.writeContent("\n                            </dd>\n                        </dl>\n                    </li>\n                ");
					}
					jteOutput.writeContent("\n            </ul>\n        </section>\n    ");
				}
				jteOutput.writeContent("\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		DirectoryPage directory = (DirectoryPage)params.get("directory");
		render(jteOutput, jteHtmlInterceptor, page, directory);
	}
}
