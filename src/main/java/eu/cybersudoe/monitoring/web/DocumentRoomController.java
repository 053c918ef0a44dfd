package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.EvaluationDocuments.DocumentFile;
import eu.cybersudoe.monitoring.internal.DocumentRoom;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evaluator's document room (MON-3): the documents every module hands over, each opening logged
 * with who and when; network admins read the log.
 */
@Controller
class DocumentRoomController {

    static final int LOG_SIZE = 500;

    private final DocumentRoom room;

    DocumentRoomController(DocumentRoom room) {
        this.room = room;
    }

    @GetMapping("/{lang}/office/evaluation/documents")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    String documents(@PathVariable String lang, Model model) {
        Language language = language(lang);
        model.addAttribute("view", new DocumentRoomView(room.documents().stream()
                .map(l -> new DocumentRoomView.Row(l.collection(), l.document().key(), l.document().title().in(language),
                        l.document().category().in(language), l.document().date()))
                .toList(), user().role() == Role.NETWORK_ADMIN));
        return "monitoring/evaluation/documents";
    }

    /** Opens a document in the browser, or downloads it with {@code download=true}; each time is logged. */
    @GetMapping("/{lang}/office/evaluation/documents/{collection}/{key}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
    ResponseEntity<byte[]> open(@PathVariable String lang, @PathVariable String collection, @PathVariable String key,
                                @RequestParam(defaultValue = "false") boolean download) {
        Language language = language(lang);
        SignedInUser user = user();
        DocumentFile file = room.open(collection, key, download ? DocumentRoom.Action.DOWNLOAD : DocumentRoom.Action.VIEW,
                user.accountId(), user.displayName(), language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean inline = !download && file.contentType().equals(MediaType.APPLICATION_PDF_VALUE);
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(!inline, file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/{lang}/office/evaluation/documents/log")
    @Access(roles = Role.NETWORK_ADMIN)
    String log(@PathVariable String lang, Model model) {
        language(lang);
        model.addAttribute("view", new DocumentRoomView.Log(room.log(LOG_SIZE).stream()
                .map(a -> new DocumentRoomView.Access(a.title(), "evaluation.access." + a.action().name().toLowerCase(),
                        a.accountName(), a.at()))
                .toList()));
        return "monitoring/evaluation/log";
    }

    private static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
