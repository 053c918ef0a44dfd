package eu.cybersudoe.newsletters.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import eu.cybersudoe.newsletters.internal.Archive;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The public archive of the issues sent, a page per issue in each language, and its Atom feed. */
@Controller
class ArchiveController {

    private final Archive archive;
    private final MessageSource messages;
    private final String baseUrl;

    ArchiveController(Archive archive, MessageSource messages, @Value("${cybersudoe.base-url}") String baseUrl) {
        this.archive = archive;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/{lang}/newsletters")
    @Access(Access.Audience.PUBLIC)
    String list(@PathVariable String lang, Model model) {
        model.addAttribute("issues", archive.issues(language(lang)));
        return "newsletters/archive";
    }

    @GetMapping("/{lang}/newsletters/{number:\\d+}")
    @Access(Access.Audience.PUBLIC)
    String issue(@PathVariable String lang, @PathVariable int number, Model model) {
        model.addAttribute("issue", archive.issue(number, language(lang))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "newsletters/archived";
    }

    @GetMapping("/{lang}/newsletters/feed.atom")
    @Access(Access.Audience.PUBLIC)
    ResponseEntity<String> feed(@PathVariable String lang) {
        Language language = language(lang);
        List<Archive.ArchivedIssue> issues = archive.issues(language);
        String home = baseUrl + "/" + language.code() + "/newsletters";
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("newsletters.archive.feed", null, language.locale()));
        feed.setLanguage(language.code());
        feed.setUri(home + "/feed.atom");
        feed.setLinks(List.of(link("self", home + "/feed.atom"), link("alternate", home)));
        feed.setPublishedDate(Date.from(issues.stream().map(Archive.ArchivedIssue::sentAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        List<SyndEntry> entries = new ArrayList<>();
        for (Archive.ArchivedIssue issue : issues) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(issue.variant().subject());
            entry.setLink(home + "/" + issue.number());
            entry.setUri("tag:cybersudoe.eu,2026:newsletter-" + issue.number() + "-" + issue.variant().language().code());
            entry.setPublishedDate(Date.from(issue.sentAt()));
            entry.setUpdatedDate(Date.from(issue.sentAt()));
            entry.setAuthor("CyberSudoe");
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(issue.variant().preheader());
            entry.setDescription(summary);
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(issue.bodyHtml());
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                    .body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException failed) {
            throw new IllegalStateException("Atom feed not written", failed);
        }
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}
