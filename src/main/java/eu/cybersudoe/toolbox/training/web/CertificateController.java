package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.toolbox.training.Certificate;
import eu.cybersudoe.toolbox.training.CertificateDocument;
import eu.cybersudoe.toolbox.training.Trainee;
import eu.cybersudoe.toolbox.training.TrainingStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A training certificate as a tagged PDF: for its holder, their partner's staff, and network admins. */
@Controller
class CertificateController {

    private final TrainingStore store;
    private final CertificateDocument document;
    private final MessageSource messages;

    CertificateController(TrainingStore store, CertificateDocument document, MessageSource messages) {
        this.store = store;
        this.document = document;
        this.messages = messages;
    }

    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    @GetMapping("/{lang}" + TrainingController.BASE + "/certificates/{certificateId}")
    ResponseEntity<byte[]> certificate(@PathVariable String lang, @PathVariable long certificateId, HttpServletRequest request) {
        Trainee reader = TrainingScope.trainee(request);
        Certificate certificate = store.certificate(certificateId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!reader.sees(certificate.partnerId()) && reader.accountId() != certificate.accountId()) {
            throw new AccessDeniedException("Another partner's certificate");
        }
        var language = TrainingScope.language(lang);
        String name = DownloadNames.of(messages, language, "training.file.certificate", DownloadNames.slug(certificate.personName()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, name))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.pdf(certificate, language));
    }
}
