package gg.jte.generated.ondemand.network;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.network.web.PartnerPage;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtepartnerGenerated {
	public static final String JTE_NAME = "network/partner.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,0,0,0,0,0,0,4,5,5,5,6,6,6,6,6,6,6,6,6,8,8,8,8,8,8,8,8,8,8,8,8,9,9,9,12,12,12,13,13,14,14,14,15,15,17,17,17,18,18,18,19,19,19,20,20,20,21,21,22,22,22,23,23,23,23,23,23,23,23,23,23,23,23,24,24,25,25,25,27,27,28,28,28,28,28,28,28,28,28,28,28,29,29,30,30,31,31,31,32,32,37,37,37,38,38,42,42,42,44,44,46,46,46,46,46,46,47,47,48,48,48,49,49,51,51,55,55,57,57,57,59,59,61,61,62,62,62,62,62,62,62,62,62,62,62,62,63,63,64,64,64,65,65,66,66,67,67,67,68,68,70,70,73,73,76,76,76,77,77,77,79,79,80,80,80,80,80,81,81,84,84,84,85,0,0,2,3,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, PartnerPage partnerPage) {
		var partner = partnerPage.partner();
		jteOutput.writeContent("\n");
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, partner.name(), page.text(partner.description()).text(), new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <nav class=\"breadcrumb\"");
				var __jte_html_attribute_0 = page.t("network.breadcrumb");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeContent(" aria-label=\"");
					jteOutput.setContext("nav", "aria-label");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("nav", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">\n        <ol>\n            <li><a");
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
				jteOutput.writeUserContent(page.t("network.directory.title"));
				jteOutput.writeContent("</a></li>\n            <li aria-current=\"page\">");
				jteOutput.setContext("li", null);
				jteOutput.writeUserContent(partner.shortName());
				jteOutput.writeContent("</li>\n        </ol>\n    </nav>\n    <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(partner.name());
				jteOutput.writeContent("</h1>\n    ");
				if (partner.lead()) {
					jteOutput.writeContent("\n        <p class=\"badge\">");
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(page.t("network.partner.lead"));
					jteOutput.writeContent("</p>\n    ");
				}
				jteOutput.writeContent("\n    <dl class=\"facts\">\n        <dt>");
				jteOutput.setContext("dt", null);
				jteOutput.writeUserContent(page.t("network.partner.country"));
				jteOutput.writeContent("</dt>\n        <dd>");
				jteOutput.setContext("dd", null);
				jteOutput.writeUserContent(page.t("network.country." + partner.country().name()));
				jteOutput.writeContent("</dd>\n        <dt>");
				jteOutput.setContext("dt", null);
				jteOutput.writeUserContent(page.t("network.partner.city"));
				jteOutput.writeContent("</dt>\n        <dd>");
				jteOutput.setContext("dd", null);
				jteOutput.writeUserContent(partner.city());
				jteOutput.writeContent("</dd>\n        ");
				if (partner.website() != null) {
					jteOutput.writeContent("\n            <dt>");
					jteOutput.setContext("dt", null);
					jteOutput.writeUserContent(page.t("network.partner.website"));
					jteOutput.writeContent("</dt>\n            <dd><a");
					var __jte_html_attribute_2 = partner.website();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
						jteOutput.writeContent(" href=\"");
						jteOutput.setContext("a", "href");
						jteOutput.writeUserContent(__jte_html_attribute_2);
						jteOutput.setContext("a", null);
						jteOutput.writeContent("\"");
					}
					jteOutput.writeContent(" rel=\"noopener\">");
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(partnerPage.websiteHost());
					jteOutput.writeContent("</a></dd>\n        ");
				}
				jteOutput.writeContent("\n        <dt>");
				jteOutput.setContext("dt", null);
				jteOutput.writeUserContent(page.t("network.partner.workPackage"));
				jteOutput.writeContent("</dt>\n        <dd>\n            ");
				if (partnerPage.workPackage() != null) {
					jteOutput.writeContent("\n                <a href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(page.href("/work-packages"));
					jteOutput.setContext("a", null);
					jteOutput.writeContent("#");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(partnerPage.workPackage().code().toLowerCase());
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\">");
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(partnerPage.workPackage().code());
					jteOutput.writeContent("</a>\n                · ");
					gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, partnerPage.workPackage().title());
					jteOutput.writeContent("\n            ");
				} else {
					jteOutput.writeContent("\n                ");
					jteOutput.setContext("dd", null);
					jteOutput.writeUserContent(page.t("network.partner.noWorkPackage"));
					jteOutput.writeContent("\n            ");
				}
				jteOutput.writeContent("\n        </dd>\n    </dl>\n\n    <section aria-labelledby=\"about\">\n        <h2 id=\"about\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("network.partner.about"));
				jteOutput.writeContent("</h2>\n        <p class=\"prose\">");
				gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, partner.description());
				jteOutput.writeContent("</p>\n    </section>\n\n    <section aria-labelledby=\"regions\">\n        <h2 id=\"regions\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("network.partner.regions"));
				jteOutput.writeContent("</h2>\n        <ul>\n            ");
				for (var covered : partnerPage.regions()) {
					jteOutput.writeContent("\n                <li>\n                    ");
					jteOutput.setContext("li", null);
					jteOutput.writeUserContent(covered.region().name());
					jteOutput.writeContent(" <span class=\"code\">");
					jteOutput.setContext("span", null);
					jteOutput.writeUserContent(covered.region().code());
					jteOutput.writeContent("</span>\n                    ");
					if (covered.isShared()) {
						jteOutput.writeContent("\n                        <br><span class=\"muted\">");
						jteOutput.setContext("span", null);
						jteOutput.writeUserContent(page.t("network.partner.region.shared", covered.sharedWithNames(), covered.answeredBy().shortName()));
						jteOutput.writeContent("</span>\n                    ");
					}
					jteOutput.writeContent("\n                </li>\n            ");
				}
				jteOutput.writeContent("\n        </ul>\n    </section>\n\n    ");
				if (!partnerPage.memberStructures().isEmpty()) {
					jteOutput.writeContent("\n        <section aria-labelledby=\"members\">\n            <h2 id=\"members\">");
					jteOutput.setContext("h2", null);
					jteOutput.writeUserContent(page.t("network.partner.memberStructures"));
					jteOutput.writeContent("</h2>\n            <ul>\n                ");
					for (var member : partnerPage.memberStructures()) {
						jteOutput.writeContent("\n                    <li>\n                        ");
						if (member.website() != null) {
							jteOutput.writeContent("\n                            <a");
							var __jte_html_attribute_3 = member.website();
							if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
								jteOutput.writeContent(" href=\"");
								jteOutput.setContext("a", "href");
								jteOutput.writeUserContent(__jte_html_attribute_3);
								jteOutput.setContext("a", null);
								jteOutput.writeContent("\"");
							}
							jteOutput.writeContent(" rel=\"noopener\">");
							jteOutput.setContext("a", null);
							jteOutput.writeUserContent(member.name());
							jteOutput.writeContent("</a>\n                        ");
						} else {
							jteOutput.writeContent("\n                            ");
							jteOutput.setContext("li", null);
							jteOutput.writeUserContent(member.name());
							jteOutput.writeContent("\n                        ");
						}
						jteOutput.writeContent("\n                        ");
						if (member.city() != null) {
							jteOutput.writeContent("\n                            <span class=\"muted\">· ");
							jteOutput.setContext("span", null);
							jteOutput.writeUserContent(member.city());
							jteOutput.writeContent("</span>\n                        ");
						}
						jteOutput.writeContent("\n                    </li>\n                ");
					}
					jteOutput.writeContent("\n            </ul>\n        </section>\n    ");
				}
				jteOutput.writeContent("\n\n    <section aria-labelledby=\"targets\">\n        <h2 id=\"targets\">");
				jteOutput.setContext("h2", null);
				jteOutput.writeUserContent(page.t("network.partner.targets.title"));
				jteOutput.writeContent("</h2>\n        <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("network.partner.targets.intro"));
				jteOutput.writeContent("</p>\n        <ul class=\"figures\">\n            ");
				for (var target : partnerPage.targets()) {
					jteOutput.writeContent("\n                <li class=\"figure\"><strong>");
					jteOutput.setContext("strong", null);
					jteOutput.writeUserContent(page.number(target.target()));
					jteOutput.writeContent("</strong> ");
					gg.jte.generated.ondemand.layout.JtelocalizedGenerated.render(jteOutput, jteHtmlInterceptor, page, target.label());
					jteOutput.writeContent("</li>\n            ");
				}
				jteOutput.writeContent("\n        </ul>\n    </section>\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		PartnerPage partnerPage = (PartnerPage)params.get("partnerPage");
		render(jteOutput, jteHtmlInterceptor, page, partnerPage);
	}
}
