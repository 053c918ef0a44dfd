package gg.jte.generated.ondemand.layout;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.shared.web.FieldErrors;
import org.springframework.context.MessageSourceResolvable;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtefieldGenerated {
	public static final String JTE_NAME = "layout/field.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,0,0,0,0,0,0,13,13,13,13,13,13,13,13,13,13,13,13,14,14,15,15,15,15,15,15,15,16,16,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,18,18,18,18,18,18,18,18,18,18,18,18,18,19,19,19,19,19,19,19,19,19,20,20,20,20,20,20,20,20,20,21,21,22,22,22,22,23,23,24,24,24,25,25,27,27,29,0,0,3,4,5,6,7,8,9,10,11,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, FieldErrors errors, String name, String label, String value, String type, String autocomplete, boolean required, String hint) {
		jteOutput.writeContent("<div class=\"field\">\n    <label");
		var __jte_html_attribute_0 = name;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
			jteOutput.writeContent(" for=\"");
			jteOutput.setContext("label", "for");
			jteOutput.writeUserContent(__jte_html_attribute_0);
			jteOutput.setContext("label", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("label", null);
		jteOutput.writeUserContent(label);
		jteOutput.writeContent("</label>\n    ");
		if (hint != null) {
			jteOutput.writeContent("\n        <p class=\"muted\" id=\"");
			jteOutput.setContext("p", "id");
			jteOutput.writeUserContent(name);
			jteOutput.setContext("p", null);
			jteOutput.writeContent("-hint\">");
			jteOutput.setContext("p", null);
			jteOutput.writeUserContent(hint);
			jteOutput.writeContent("</p>\n    ");
		}
		jteOutput.writeContent("\n    <input");
		var __jte_html_attribute_1 = name;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
			jteOutput.writeContent(" id=\"");
			jteOutput.setContext("input", "id");
			jteOutput.writeUserContent(__jte_html_attribute_1);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_2 = name;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
			jteOutput.writeContent(" name=\"");
			jteOutput.setContext("input", "name");
			jteOutput.writeUserContent(__jte_html_attribute_2);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_3 = type;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
			jteOutput.writeContent(" type=\"");
			jteOutput.setContext("input", "type");
			jteOutput.writeUserContent(__jte_html_attribute_3);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_4 = type.equals("password") ? "" : value;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
			jteOutput.writeContent(" value=\"");
			jteOutput.setContext("input", "value");
			jteOutput.writeUserContent(__jte_html_attribute_4);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent("\n          ");
		var __jte_html_attribute_5 = autocomplete;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
			jteOutput.writeContent(" autocomplete=\"");
			jteOutput.setContext("input", "autocomplete");
			jteOutput.writeUserContent(__jte_html_attribute_5);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_6 = required;
		if (__jte_html_attribute_6) {
		jteOutput.writeContent(" required");
		}
		jteOutput.writeContent("\n          ");
		var __jte_html_attribute_7 = errors.has(name) ? "true" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_7)) {
			jteOutput.writeContent(" aria-invalid=\"");
			jteOutput.setContext("input", "aria-invalid");
			jteOutput.writeUserContent(__jte_html_attribute_7);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent("\n          ");
		var __jte_html_attribute_8 = errors.has(name) ? name + "-error" : hint != null ? name + "-hint" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_8)) {
			jteOutput.writeContent(" aria-describedby=\"");
			jteOutput.setContext("input", "aria-describedby");
			jteOutput.writeUserContent(__jte_html_attribute_8);
			jteOutput.setContext("input", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n    ");
		if (errors.has(name)) {
			jteOutput.writeContent("\n        <div class=\"field-error\" id=\"");
			jteOutput.setContext("div", "id");
			jteOutput.writeUserContent(name);
			jteOutput.setContext("div", null);
			jteOutput.writeContent("-error\">\n            ");
			for (MessageSourceResolvable error : errors.of(name)) {
				jteOutput.writeContent("\n                <p>");
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.t(error));
				jteOutput.writeContent("</p>\n            ");
			}
			jteOutput.writeContent("\n        </div>\n    ");
		}
		jteOutput.writeContent("\n</div>\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		FieldErrors errors = (FieldErrors)params.get("errors");
		String name = (String)params.get("name");
		String label = (String)params.get("label");
		String value = (String)params.getOrDefault("value",  "");
		String type = (String)params.getOrDefault("type",  "text");
		String autocomplete = (String)params.getOrDefault("autocomplete",  null);
		boolean required = (boolean)params.getOrDefault("required",  true);
		String hint = (String)params.getOrDefault("hint",  null);
		render(jteOutput, jteHtmlInterceptor, page, errors, name, label, value, type, autocomplete, required, hint);
	}
}
