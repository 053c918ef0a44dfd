package gg.jte.generated.ondemand.layout;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.shared.LocalizedText;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtelocalizedGenerated {
	public static final String JTE_NAME = "layout/localized.jte";
	public static final int[] JTE_LINE_INFO = {1,1,2,0,0,0,0,0,0,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,0,0,3,4,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, LocalizedText text) {
		var shown = page.text(text);
		if (shown.fallback()) {
			jteOutput.writeContent("<span");
			var __jte_html_attribute_0 = shown.language().code();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
				jteOutput.writeContent(" lang=\"");
				jteOutput.setContext("span", "lang");
				jteOutput.writeUserContent(__jte_html_attribute_0);
				jteOutput.setContext("span", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">");
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(shown.text());
			jteOutput.writeContent("</span> <span class=\"fallback-marker\">");
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(page.t("layout.fallback", page.languageName(shown.language())));
			jteOutput.writeContent("</span>");
		} else {
			jteOutput.setContext("html", null);
			jteOutput.writeUserContent(shown.text());
		}
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		LocalizedText text = (LocalizedText)params.get("text");
		render(jteOutput, jteHtmlInterceptor, page, text);
	}
}
