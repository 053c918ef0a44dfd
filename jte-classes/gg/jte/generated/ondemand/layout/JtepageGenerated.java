package gg.jte.generated.ondemand.layout;
import eu.cybersudoe.shared.web.PageContext;
import eu.cybersudoe.shared.Language;
import gg.jte.Content;
@SuppressWarnings("unchecked")
@javax.annotation.processing.Generated("gg.jte.TemplateEngine")
public final class JtepageGenerated {
	public static final String JTE_NAME = "layout/page.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,0,0,0,0,0,0,8,8,8,8,8,8,8,8,8,12,12,12,13,13,13,13,13,13,13,13,13,16,16,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,18,18,19,19,19,19,19,19,19,19,19,25,25,25,28,28,28,28,28,28,28,28,28,29,29,29,29,29,29,29,29,29,31,31,31,31,31,31,31,31,31,33,33,34,34,35,35,35,35,35,35,35,35,35,35,35,35,36,36,37,37,37,37,37,37,37,37,37,37,37,37,39,39,39,39,39,39,39,39,39,40,40,41,41,41,44,44,45,45,45,45,45,45,45,45,45,45,45,45,46,46,46,46,46,46,46,46,46,46,46,46,47,47,50,50,50,50,50,50,50,50,50,52,52,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,53,54,54,54,54,54,54,54,54,54,54,54,54,55,55,59,59,59,59,59,59,59,59,59,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,61,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,62,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,63,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,69,69,70,70,70,71,71,72,72,72,76,76,76,78,78,78,78,78,78,78,78,78,78,78,78,79,79,79,79,79,79,79,79,79,79,79,79,85,0,0,3,4,5,6,0,0,0};
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, PageContext page, String title, String description, Content content) {
		jteOutput.writeContent("<!DOCTYPE html>\n<html");
		var __jte_html_attribute_0 = page.language().code();
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
			jteOutput.writeContent(" lang=\"");
			jteOutput.setContext("html", "lang");
			jteOutput.writeUserContent(__jte_html_attribute_0);
			jteOutput.setContext("html", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n<head>\n    <meta charset=\"utf-8\">\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n    <title>");
		jteOutput.setContext("title", null);
		jteOutput.writeUserContent(title);
		jteOutput.writeContent(" · CyberSudoe</title>\n    <meta name=\"description\"");
		var __jte_html_attribute_1 = description != null ? description : page.t("site.tagline");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
			jteOutput.writeContent(" content=\"");
			jteOutput.setContext("meta", "content");
			jteOutput.writeUserContent(__jte_html_attribute_1);
			jteOutput.setContext("meta", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n    <link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">\n    <link rel=\"stylesheet\" href=\"/css/site.css\">\n    ");
		for (Language other : page.languages()) {
			jteOutput.writeContent("\n        <link rel=\"alternate\"");
			var __jte_html_attribute_2 = other.code();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
				jteOutput.writeContent(" hreflang=\"");
				jteOutput.setContext("link", "hreflang");
				jteOutput.writeUserContent(__jte_html_attribute_2);
				jteOutput.setContext("link", null);
				jteOutput.writeContent("\"");
			}
			var __jte_html_attribute_3 = page.alternateUrl(other);
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
				jteOutput.writeContent(" href=\"");
				jteOutput.setContext("link", "href");
				jteOutput.writeUserContent(__jte_html_attribute_3);
				jteOutput.setContext("link", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">\n    ");
		}
		jteOutput.writeContent("\n    <link rel=\"alternate\" hreflang=\"x-default\"");
		var __jte_html_attribute_4 = page.alternateUrl(Language.DEFAULT);
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("link", "href");
			jteOutput.writeUserContent(__jte_html_attribute_4);
			jteOutput.setContext("link", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n    <meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false}'>\n    <script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>\n    <script src=\"/js/site.js\" defer></script>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("layout.skip"));
		jteOutput.writeContent("</a>\n<header class=\"site-header\">\n    <div class=\"wrap header-row\">\n        <a class=\"brand\"");
		var __jte_html_attribute_5 = page.href("/");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_5);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n            <img src=\"/img/logo.svg\"");
		var __jte_html_attribute_6 = page.t("layout.logo.alt");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_6)) {
			jteOutput.writeContent(" alt=\"");
			jteOutput.setContext("img", "alt");
			jteOutput.writeUserContent(__jte_html_attribute_6);
			jteOutput.setContext("img", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(" width=\"190\" height=\"48\">\n        </a>\n        <nav class=\"account-nav\"");
		var __jte_html_attribute_7 = page.t("layout.account");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_7)) {
			jteOutput.writeContent(" aria-label=\"");
			jteOutput.setContext("nav", "aria-label");
			jteOutput.writeUserContent(__jte_html_attribute_7);
			jteOutput.setContext("nav", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n            <ul>\n                ");
		if (page.signedIn()) {
			jteOutput.writeContent("\n                    ");
			if (!page.is(eu.cybersudoe.shared.security.Role.COMPANY_USER)) {
				jteOutput.writeContent("\n                        <li><a");
				var __jte_html_attribute_8 = page.href("/office");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_8)) {
					jteOutput.writeContent(" href=\"");
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(__jte_html_attribute_8);
					jteOutput.setContext("a", null);
					jteOutput.writeContent("\"");
				}
				jteOutput.writeContent(">");
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.t("layout.office"));
				jteOutput.writeContent("</a></li>\n                    ");
			}
			jteOutput.writeContent("\n                    <li><a");
			var __jte_html_attribute_9 = page.href("/account");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_9)) {
				jteOutput.writeContent(" href=\"");
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(__jte_html_attribute_9);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">");
			jteOutput.setContext("a", null);
			jteOutput.writeUserContent(page.t("layout.account"));
			jteOutput.writeContent("</a></li>\n                    <li>\n                        <form method=\"post\"");
			var __jte_html_attribute_10 = page.href("/logout");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_10)) {
				jteOutput.writeContent(" action=\"");
				jteOutput.setContext("form", "action");
				jteOutput.writeUserContent(__jte_html_attribute_10);
				jteOutput.setContext("form", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(" class=\"inline\">\n                            ");
			gg.jte.generated.ondemand.layout.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, page);
			jteOutput.writeContent("\n                            <button type=\"submit\" class=\"link\">");
			jteOutput.setContext("button", null);
			jteOutput.writeUserContent(page.t("layout.signOut"));
			jteOutput.writeContent("</button>\n                        </form>\n                    </li>\n                ");
		} else {
			jteOutput.writeContent("\n                    <li><a");
			var __jte_html_attribute_11 = page.href("/login");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_11)) {
				jteOutput.writeContent(" href=\"");
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(__jte_html_attribute_11);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">");
			jteOutput.setContext("a", null);
			jteOutput.writeUserContent(page.t("layout.signIn"));
			jteOutput.writeContent("</a></li>\n                    <li><a");
			var __jte_html_attribute_12 = page.href("/register");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_12)) {
				jteOutput.writeContent(" href=\"");
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(__jte_html_attribute_12);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">");
			jteOutput.setContext("a", null);
			jteOutput.writeUserContent(page.t("layout.register"));
			jteOutput.writeContent("</a></li>\n                ");
		}
		jteOutput.writeContent("\n            </ul>\n        </nav>\n        <nav class=\"languages\"");
		var __jte_html_attribute_13 = page.t("layout.languages");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_13)) {
			jteOutput.writeContent(" aria-label=\"");
			jteOutput.setContext("nav", "aria-label");
			jteOutput.writeUserContent(__jte_html_attribute_13);
			jteOutput.setContext("nav", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n            <ul>\n                ");
		for (Language other : page.languages()) {
			jteOutput.writeContent("\n                    <li><a");
			var __jte_html_attribute_14 = page.switchHref(other);
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_14)) {
				jteOutput.writeContent(" href=\"");
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(__jte_html_attribute_14);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			var __jte_html_attribute_15 = other.code();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_15)) {
				jteOutput.writeContent(" hreflang=\"");
				jteOutput.setContext("a", "hreflang");
				jteOutput.writeUserContent(__jte_html_attribute_15);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			var __jte_html_attribute_16 = other.code();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_16)) {
				jteOutput.writeContent(" lang=\"");
				jteOutput.setContext("a", "lang");
				jteOutput.writeUserContent(__jte_html_attribute_16);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent("\n                          ");
			var __jte_html_attribute_17 = other == page.language() ? "true" : null;
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_17)) {
				jteOutput.writeContent(" aria-current=\"");
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_17);
				jteOutput.setContext("a", null);
				jteOutput.writeContent("\"");
			}
			jteOutput.writeContent(">");
			jteOutput.setContext("a", null);
			jteOutput.writeUserContent(page.languageName(other));
			jteOutput.writeContent("</a></li>\n                ");
		}
		jteOutput.writeContent("\n            </ul>\n        </nav>\n    </div>\n    <nav class=\"main-nav\"");
		var __jte_html_attribute_18 = page.t("layout.nav");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_18)) {
			jteOutput.writeContent(" aria-label=\"");
			jteOutput.setContext("nav", "aria-label");
			jteOutput.writeUserContent(__jte_html_attribute_18);
			jteOutput.setContext("nav", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">\n        <ul class=\"wrap\">\n            <li><a");
		var __jte_html_attribute_19 = page.href("/");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_19)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_19);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_20 = page.path().equals("/") ? "page" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_20)) {
			jteOutput.writeContent(" aria-current=\"");
			jteOutput.setContext("a", "aria-current");
			jteOutput.writeUserContent(__jte_html_attribute_20);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.home"));
		jteOutput.writeContent("</a></li>\n            <li><a");
		var __jte_html_attribute_21 = page.href("/network");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_21)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_21);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_22 = page.isCurrent("/network") ? "page" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_22)) {
			jteOutput.writeContent(" aria-current=\"");
			jteOutput.setContext("a", "aria-current");
			jteOutput.writeUserContent(__jte_html_attribute_22);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.network"));
		jteOutput.writeContent("</a></li>\n            <li><a");
		var __jte_html_attribute_23 = page.href("/themes");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_23)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_23);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_24 = page.isCurrent("/themes") ? "page" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_24)) {
			jteOutput.writeContent(" aria-current=\"");
			jteOutput.setContext("a", "aria-current");
			jteOutput.writeUserContent(__jte_html_attribute_24);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.themes"));
		jteOutput.writeContent("</a></li>\n            <li><a");
		var __jte_html_attribute_25 = page.href("/work-packages");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_25)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_25);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		var __jte_html_attribute_26 = page.isCurrent("/work-packages") ? "page" : null;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_26)) {
			jteOutput.writeContent(" aria-current=\"");
			jteOutput.setContext("a", "aria-current");
			jteOutput.writeUserContent(__jte_html_attribute_26);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.workPackages"));
		jteOutput.writeContent("</a></li>\n        </ul>\n    </nav>\n</header>\n<main id=\"main\" class=\"wrap\">\n    ");
		if (page.notice() != null) {
			jteOutput.writeContent("\n        <div class=\"flash success\" role=\"status\">");
			jteOutput.setContext("div", null);
			jteOutput.writeUserContent(page.t(page.notice()));
			jteOutput.writeContent("</div>\n    ");
		}
		jteOutput.writeContent("\n    ");
		jteOutput.setContext("main", null);
		jteOutput.writeUserContent(content);
		jteOutput.writeContent("\n</main>\n<footer class=\"site-footer\">\n    <div class=\"wrap footer-row\">\n        <p>");
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(page.t("layout.funding"));
		jteOutput.writeContent("</p>\n        <ul>\n            <li><a");
		var __jte_html_attribute_27 = page.href("/legal");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_27)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_27);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.legal"));
		jteOutput.writeContent("</a></li>\n            <li><a");
		var __jte_html_attribute_28 = page.href("/privacy");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_28)) {
			jteOutput.writeContent(" href=\"");
			jteOutput.setContext("a", "href");
			jteOutput.writeUserContent(__jte_html_attribute_28);
			jteOutput.setContext("a", null);
			jteOutput.writeContent("\"");
		}
		jteOutput.writeContent(">");
		jteOutput.setContext("a", null);
		jteOutput.writeUserContent(page.t("nav.privacy"));
		jteOutput.writeContent("</a></li>\n        </ul>\n    </div>\n</footer>\n</body>\n</html>\n");
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		PageContext page = (PageContext)params.get("page");
		String title = (String)params.get("title");
		String description = (String)params.getOrDefault("description",  null);
		Content content = (Content)params.get("content");
		render(jteOutput, jteHtmlInterceptor, page, title, description, content);
	}
}
