package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.ReadingTracker;
import eu.cybersudoe.shared.security.Access;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Base64;

/**
 * The tracked links and the open pixel of the issues: a known link of the issue named by a
 * valid token redirects to its address and counts the click; anything else is not found.
 */
@Controller
class ReadingController {

    /** A transparent image of one pixel. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final ReadingTracker tracker;

    ReadingController(ReadingTracker tracker) {
        this.tracker = tracker;
    }

    @GetMapping("/{lang}/newsletter/click/{token}/{linkId}")
    @Access(Access.Audience.PUBLIC)
    ResponseEntity<Void> click(@PathVariable String lang, @PathVariable String token, @PathVariable String linkId) {
        long link;
        try {
            link = Long.parseLong(linkId);
        } catch (NumberFormatException notALink) {
            return ResponseEntity.notFound().build();
        }
        return tracker.click(token, link)
                .map(url -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url)
                        .cacheControl(CacheControl.noStore()).<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/{lang}/newsletter/open/{token}")
    @Access(Access.Audience.PUBLIC)
    ResponseEntity<byte[]> open(@PathVariable String lang, @PathVariable String token) {
        tracker.open(token);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
    }
}
