package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.markdown.MarkdownHtml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

import eu.cybersudoe.newsletters.UpcomingEvent;
import eu.cybersudoe.newsletters.UpcomingEvents;
import eu.cybersudoe.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * Renders an issue's variant as an e-mail: the preheader, the greeting, the text blocks
 * (Markdown, sanitised), the featured links, the upcoming events when a module provides them,
 * and the footer with the sender's identity and postal address, why the recipient gets it and
 * the unsubscribe link. Rendered once per issue and language; only the {@link Slots} change per
 * recipient.
 */
@Component
class IssueRenderer {

    /** How many upcoming events an issue announces at most. */
    static final int EVENTS = 3;

    /** A web address in a link of the HTML part (as escaped there). */
    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"");

    private final MessageSource messages;
    private final NewsletterSettings settings;
    private final UpcomingEvents events;
    private final IssueLinks links;
    private final SenderAddress address;

    IssueRenderer(MessageSource messages, NewsletterSettings settings, ObjectProvider<UpcomingEvents> events,
                  IssueLinks links, SenderAddress address) {
        this.messages = messages;
        this.address = address;
        this.settings = settings;
        this.links = links;
        this.events = events.getIfAvailable(() -> UpcomingEvents.NONE);
    }

    /** Whether the rendering depends on the recipient's country and region (only when events are announced). */
    boolean perCountry() {
        return events != UpcomingEvents.NONE;
    }

    RenderedVariant render(Issue issue, Variant variant, String country, String region) {
        Language language = variant.language();
        List<UpcomingEvent> upcoming = events.upcomingFor(language, country, region, EVENTS);
        StringBuilder html = new StringBuilder(8192);
        StringBuilder text = new StringBuilder(4096);
        String title = t(language, "newsletters.mail.issue", String.valueOf(issue.number()));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
                .append(htmlEscape(variant.subject())).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933\">\n")
                .append("<div style=\"display:none;max-height:0;overflow:hidden\">").append(htmlEscape(variant.preheader()))
                .append("</div>\n<div style=\"max-width:640px;margin:0 auto;background:#ffffff;padding:24px\">\n")
                .append("<p style=\"color:#52606d;font-size:13px\">").append(htmlEscape(title)).append("</p>\n")
                .append("<h1 style=\"font-size:22px\">").append(htmlEscape(variant.subject())).append("</h1>\n")
                .append("<p>\n").append(Slots.GREETING).append("\n</p>\n")
                .append(MarkdownHtml.html(variant.body())).append('\n');
        text.append(title).append("\n\n").append(variant.subject()).append("\n\n").append(Slots.GREETING).append("\n\n")
                .append(MarkdownHtml.text(variant.body()).strip()).append("\n");
        appendLinks(variant, html, text);
        appendEvents(language, upcoming, html, text);
        appendFooter(language, html, text);
        if (settings.tracking().openPixel()) {
            html.append(Slots.OPEN_PIXEL).append('\n');
        }
        html.append("</div>\n</body>\n</html>\n");
        Map<Long, String> tracked = new LinkedHashMap<>();
        String body = settings.tracking().clicks() ? tracked(issue.id(), html, tracked) : html.toString();
        return new RenderedVariant(issue.id(), issue.number(), language, variant.subject(), body, text.toString(),
                t(language, "newsletters.mail.greeting.named"), t(language, "newsletters.mail.greeting"), tracked);
    }

    /** The HTML with each web link replaced by its numbered slot; the text part keeps the plain addresses. */
    private String tracked(long issueId, CharSequence html, Map<Long, String> tracked) {
        Matcher href = HREF.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (href.find()) {
            String url = HtmlUtils.htmlUnescape(href.group(1));
            long id = links.idOf(issueId, url);
            tracked.put(id, url);
            // on a line of its own (a line break between attributes is plain white space in HTML), so that
            // only this short line is encoded per recipient, not the paragraph around it
            href.appendReplacement(out, Matcher.quoteReplacement("\nhref=\"" + Slots.link(id) + "\"\n"));
        }
        href.appendTail(out);
        return out.toString();
    }

    private void appendLinks(Variant variant, StringBuilder html, StringBuilder text) {
        List<FeaturedLink> links = variant.featuredLinks();
        if (links.isEmpty()) {
            return;
        }
        String heading = t(variant.language(), "newsletters.mail.links");
        html.append("<h2 style=\"font-size:18px\">").append(htmlEscape(heading)).append("</h2>\n<ul>\n");
        text.append('\n').append(heading).append("\n\n");
        for (FeaturedLink link : links) {
            html.append("<li><a href=\"").append(htmlEscape(link.url())).append("\">").append(htmlEscape(link.title()))
                    .append("</a>");
            text.append("* ").append(link.title()).append('\n').append("  ").append(link.url()).append('\n');
            if (!link.description().isEmpty()) {
                html.append("<br>").append(htmlEscape(link.description()));
                text.append("  ").append(link.description()).append('\n');
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void appendEvents(Language language, List<UpcomingEvent> upcoming, StringBuilder html, StringBuilder text) {
        if (upcoming.isEmpty()) {
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        String heading = t(language, "newsletters.mail.events");
        html.append("<h2 style=\"font-size:18px\">").append(htmlEscape(heading)).append("</h2>\n<ul>\n");
        text.append('\n').append(heading).append("\n\n");
        for (UpcomingEvent event : upcoming) {
            String when = dates.format(event.date()) + (event.place() == null ? "" : ", " + event.place());
            html.append("<li><a href=\"").append(htmlEscape(event.url())).append("\">").append(htmlEscape(event.title()))
                    .append("</a><br>").append(htmlEscape(when)).append("</li>\n");
            text.append("* ").append(event.title()).append(" (").append(when).append(")\n  ").append(event.url()).append('\n');
        }
        html.append("</ul>\n");
    }

    private void appendFooter(Language language, StringBuilder html, StringBuilder text) {
        String sender = t(language, "newsletters.mail.sender", settings.sender(), address.postalAddress().orElse(""));
        String why = t(language, "newsletters.mail.why", Slots.EMAIL);
        String unsubscribe = t(language, "newsletters.mail.unsubscribe");
        html.append("<hr style=\"border:none;border-top:1px solid #d9dde3;margin:24px 0\">\n")
                .append("<p style=\"font-size:12px;color:#52606d\">\n").append(htmlEscape(sender)).append("<br>\n")
                .append(htmlEscape(why)).append("<br>\n<a href=\"").append(Slots.UNSUBSCRIBE).append("\">")
                .append(htmlEscape(unsubscribe)).append("</a>\n</p>\n");
        text.append("\n--\n").append(sender).append('\n').append(why).append('\n').append(unsubscribe).append(":\n")
                .append(Slots.UNSUBSCRIBE).append('\n');
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
