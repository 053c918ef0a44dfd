package eu.cybersudoe.search.web;

import eu.cybersudoe.search.FeedFilter;
import eu.cybersudoe.search.internal.AtomDocument;
import eu.cybersudoe.search.internal.Feeds;
import eu.cybersudoe.search.internal.OpmlDocument;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The Atom feed of every public list, per language and filtered as the list is, and the OPML file of all feeds. A
 * feed answers a conditional request whose {@code ETag} or {@code Last-Modified} (its newest entry's update; none for
 * an empty feed) still holds with 304.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class FeedController {

    private final Feeds feeds;
    private final MessageSource messages;

    FeedController(Feeds feeds, MessageSource messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @GetMapping("/{lang}/feeds/{name}.atom")
    ResponseEntity<String> feed(@PathVariable String lang, @PathVariable String name, @RequestParam(required = false) String partner,
                                @RequestParam(required = false) String theme, @RequestParam(required = false) String country,
                                WebRequest request) {
        var source = feeds.source(name).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Feeds.Feed feed = feeds.feed(source, language(lang), new FeedFilter(partner, theme, country));
        String body = AtomDocument.write(feed, feeds);
        Instant updated = AtomDocument.updated(feed);
        String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
        boolean dated = !feed.entries().isEmpty();
        if (dated ? request.checkNotModified(etag, updated.toEpochMilli()) : request.checkNotModified(etag)) {
            return null;
        }
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomDocument.MEDIA_TYPE)).eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
        if (dated) {
            response.lastModified(updated);
        }
        return response.body(body);
    }

    @GetMapping("/{lang}/feeds.opml")
    ResponseEntity<String> opml(@PathVariable String lang) {
        Language language = language(lang);
        String body = OpmlDocument.write(messages.getMessage("search.feeds.opmlTitle", null, language.locale()), feeds.all(language));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OpmlDocument.MEDIA_TYPE)).body(body);
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElse(Language.DEFAULT);
    }
}
