package eu.cybersudoe.committees.web;

import eu.cybersudoe.committees.internal.AgendaDocuments;
import eu.cybersudoe.committees.internal.Meeting;
import eu.cybersudoe.committees.internal.Outcome;
import eu.cybersudoe.committees.internal.ReviewedEditions;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The papers of a meeting: documents attached to its agenda items (uploaded, downloaded under a
 * name in the reader's language, removed) and the closed semester edition of the dashboard it
 * reviews. A refused file or semester is shown beside its field.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
class MeetingPapersController {

    private final MeetingPages pages;
    private final AgendaDocuments documents;
    private final ReviewedEditions editions;
    private final MessageSource messages;

    MeetingPapersController(MeetingPages pages, AgendaDocuments documents, ReviewedEditions editions, MessageSource messages) {
        this.pages = pages;
        this.documents = documents;
        this.editions = editions;
        this.messages = messages;
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/documents")
    String attach(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                  @RequestParam(defaultValue = "0") long agendaItemId, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = documents.attach(meeting, People.current(), agendaItemId, null, null);
        } else {
            try (InputStream content = file.getInputStream()) {
                outcome = documents.attach(meeting, People.current(), agendaItemId, file.getOriginalFilename(), content);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        if (outcome.field() != null) {
            String element = "file".equals(outcome.field()) ? "document-file" : "document-item";
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.refused(Refusal.on(element, outcome.key(),
                    outcome.arguments(), Map.of("document-item", String.valueOf(agendaItemId)))), model);
        }
        CommitteesController.flash(redirect, outcome);
        return MeetingController.back(lang, meeting);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/documents/{documentId}/remove")
    String remove(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId, @PathVariable long documentId,
                  RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        CommitteesController.flash(redirect, documents.remove(meeting, People.current(), documentId));
        return MeetingController.back(lang, meeting);
    }

    @GetMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                                    @PathVariable long documentId) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        if (!documents.readable(meeting, People.current())) {
            throw People.notFound();
        }
        AgendaDocuments.Document document = documents.find(meetingId, documentId).orElseThrow(People::notFound);
        byte[] bytes;
        try (InputStream content = documents.open(document)) {
            bytes = content.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String name = DownloadNames.of(messages, Language.fromCode(lang).orElse(Language.DEFAULT), "files.agendaDocument", meetingId,
                document.fileName());
        return MeetingController.download(bytes, mediaType(document.kind()), name);
    }

    @PostMapping("/{lang}/office/committees/{groupId}/meetings/{meetingId}/edition")
    String edition(@PathVariable String lang, @PathVariable long groupId, @PathVariable long meetingId,
                   @RequestParam(defaultValue = "0") int semester, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(groupId, meetingId);
        Outcome outcome = editions.attach(meeting, People.current(), semester);
        if (outcome.field() != null) {
            return pages.page(lang, groupId, meetingId, MeetingPages.Forms.refused(Refusal.on("edition-semester", outcome.key(),
                    outcome.arguments(), Map.of())), model);
        }
        CommitteesController.flash(redirect, outcome);
        return MeetingController.back(lang, meeting);
    }

    private static MediaType mediaType(FileKind kind) {
        return switch (kind) {
            case PDF -> MediaType.APPLICATION_PDF;
            case PNG -> MediaType.IMAGE_PNG;
            case JPEG -> MediaType.IMAGE_JPEG;
            case DOCX -> MeetingController.DOCX;
            case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
