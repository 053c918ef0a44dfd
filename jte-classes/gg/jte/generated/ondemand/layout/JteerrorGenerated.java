package gg.jte.generated.ondemand.layout;
import eu.cybersudoe.shared.web.PageContext;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JteerrorGenerated {
	public static final String JTE_NAME = "layout/error.jte";
	public static final int[] JTE_LINE_INFO = {0,0,0,0,0,0,0,0,4,4,6,6,6,7,7,7,8,8,8,9,9,9,9,9,9,9,9,9,9,9,9,11,11,11,12,0,0,1,2,3,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, int status, String messageKey) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, page, page.t(messageKey + ".title"),  null, new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeContent("\n    <section class=\"prose\">\n        <h1>");
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.t(messageKey + ".title"));
				jteOutput.writeContent("</h1>\n        <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t(messageKey + ".text"));
				jteOutput.writeContent("</p>\n        <p class=\"muted\">");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t("error.status", status));
				jteOutput.writeContent("</p>\n        <p><a class=\"button\"");
				var __jte_html_attribute_0 = page.href("/");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("error.back"));
				jteOutput.writeContent("</a></p>\n    </section>\n");
			}
		});
		jteOutput.writeContent("\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		int status = (int)params.get("status");
		String messageKey = (String)params.get("messageKey");
		render(jteOutput, jteHtmlInterceptor, page, status, messageKey);
	}
}
