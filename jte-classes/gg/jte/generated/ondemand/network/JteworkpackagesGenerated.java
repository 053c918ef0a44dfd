package gg.jte.generated.ondemand.network;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.network.web.WorkPackagesPage;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JteworkpackagesGenerated {
	public static final String JTE_NAME = "network/work-packages.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,0,0,0,0,0,0,4,5,5,5,7,7,7,8,8,8,12,12,12,15,15,15,16,16,16,17,17,17,18,18,18,22,22,23,23,23,23,23,23,23,23,23,24,24,24,25,25,27,27,28,28,28,28,28,28,28,28,28,28,28,28,29,29,30,30,30,31,31,33,33,33,35,35,39,39,39,40,40,40,43,43,43,44,44,44,47,47,47,48,48,48,53,53,54,55,54,55,56,56,57,57,57,58,0,0,2,3,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, WorkPackagesPage workPackages) {
		var budget = workPackages.budget();
		jteOutput.writeContent("\n");
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t("network.workPackages.title"), page.t("network.workPackages.intro"), new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"hero\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t("network.workPackages.title"));
				jteOutput.writeContent("</h1>\n        <p class=\"lead\">");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("network.workPackages.intro"));
				jteOutput.writeContent("</p>\n    </section>\n    <div class=\"table-scroll\">\n        <table class=\"budget-table\">\n            <caption>");
				jteOutput.setContext("caption", null);
				jteOutput.writeUserContent(page.t("network.workPackages.caption"));
				jteOutput.writeContent("</caption>\n            <thead>\n                <tr>\n                    <th scope=\"col\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.code"));
				jteOutput.writeContent("</th>\n                    <th scope=\"col\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.name"));
				jteOutput.writeContent("</th>\n                    <th scope=\"col\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.coPilot"));
				jteOutput.writeContent("</th>\n                    <th scope=\"col\" class=\"number\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.budget"));
				jteOutput.writeContent("</th>\n                </tr>\n            </thead>\n            <tbody>\n                ");
				for (var line : workPackages.lines()) {
					jteOutput.writeContent("\n                    <tr");
					var __jte_html_attribute_0 = line.anchor();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
						jteOutput.writeContent(" id=\"");
						jteOutput.setContext("tr", "id");
						jteOutput.writeUserContent(__jte_html_attribute_0);
						jteOutput.setContext("tr", null);
						jteOutput.writeContent("\"");
					}
					jteOutput.writeContent(">\n                        <th scope=\"row\">");
					jteOutput.setContext("th", null);
					jteOutput.writeUserContent(line.workPackage().code());
					jteOutput.writeContent("</th>\n                        <td>");
					gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, line.workPackage().title());
					jteOutput.writeContent("</td>\n                        <td>\n                            ");
					if (line.coPilot() != null) {
						jteOutput.writeContent("\n                                <a");
						var __jte_html_attribute_1 = page.href("/network/" + line.coPilot().id().value());
						if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
							jteOutput.writeContent(" href=\"");
							jteOutput.setContext("a", "href");
							jteOutput.writeUserContent(__jte_html_attribute_1);
							jteOutput.setContext("a", null);
							jteOutput.writeContent("\"");
						}
						jteOutput.writeContent(">");
						jteOutput.setContext("a", null);
						jteOutput.writeUserContent(line.coPilot().shortName());
						jteOutput.writeContent("</a>\n                            ");
					} else {
						jteOutput.writeContent("\n                                <span class=\"muted\">");
						jteOutput.setContext("span", null);
						jteOutput.writeUserContent(page.t("network.workPackages.noCoPilot"));
						jteOutput.writeContent("</span>\n                            ");
					}
					jteOutput.writeContent("\n                        </td>\n                        <td class=\"number\">");
					jteOutput.setContext("td", null);
					jteOutput.writeUserContent(page.money(line.workPackage().budget()));
					jteOutput.writeContent("</td>\n                    </tr>\n                ");
				}
				jteOutput.writeContent("\n            </tbody>\n            <tfoot>\n                <tr>\n                    <th scope=\"row\" colspan=\"3\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.sum"));
				jteOutput.writeContent("</th>\n                    <td class=\"number\">");
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(page.money(budget.sum()));
				jteOutput.writeContent("</td>\n                </tr>\n                <tr>\n                    <th scope=\"row\" colspan=\"3\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.declared"));
				jteOutput.writeContent("</th>\n                    <td class=\"number\">");
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(page.money(budget.declaredTotal()));
				jteOutput.writeContent("</td>\n                </tr>\n                <tr>\n                    <th scope=\"row\" colspan=\"3\">");
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(page.t("network.workPackages.difference"));
				jteOutput.writeContent("</th>\n                    <td class=\"number\">");
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(page.money(budget.difference()));
				jteOutput.writeContent("</td>\n                </tr>\n            </tfoot>\n        </table>\n    </div>\n    ");
				if (!workPackages.difference().equals("none")) {
					jteOutput.writeContent("\n        <p class=\"budget-note\">");
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(page.t("network.workPackages.difference." + workPackages.difference(),
                page.money(budget.declaredTotal()), page.money(budget.sum()), page.money(budget.difference().abs())));
					jteOutput.writeContent("</p>\n    ");
				}
				jteOutput.writeContent("\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		WorkPackagesPage workPackages = (WorkPackagesPage)params.get("workPackages");
		render(jteOutput, jteHtmlInterceptor, page, workPackages);
	}
}
