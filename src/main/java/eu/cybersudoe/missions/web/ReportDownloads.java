package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.Mission;
import eu.cybersudoe.missions.internal.ReportContents;
import eu.cybersudoe.missions.internal.ReportDocuments;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The report as PDF and DOCX and the specifications as DOCX, as downloads for staff and for the company. */
@Component
class ReportDownloads {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportContents contents;
    private final ReportDocuments documents;
    private final MessageSource messages;

    ReportDownloads(ReportContents contents, ReportDocuments documents, MessageSource messages) {
        this.contents = contents;
        this.messages = messages;
        this.documents = documents;
    }

    /** The PDF in the language asked (staff) or of the mission (company). */
    ResponseEntity<byte[]> pdf(Mission mission, Language language) {
        requireReport(mission);
        return file(documents.pdf(contents.of(mission, mission.report(), language)), MediaType.APPLICATION_PDF,
                DownloadNames.of(messages, "files.interventionReport", mission.id(), language));
    }

    /** The report as an editable Word document, with the same sections as the PDF. */
    ResponseEntity<byte[]> reportDocx(Mission mission, Language language) {
        requireReport(mission);
        return file(documents.docx(contents.of(mission, mission.report(), language)), DOCX,
                DownloadNames.of(messages, "files.interventionReportDocx", mission.id(), language));
    }

    ResponseEntity<byte[]> docx(Mission mission, Language language) {
        requireReport(mission);
        if (mission.report().specifications() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return file(documents.specificationsDocx(contents.of(mission, mission.report(), language)), DOCX,
                DownloadNames.of(messages, "files.specifications", mission.id(), language));
    }

    private static void requireReport(Mission mission) {
        if (mission.report() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, name))
                .body(bytes);
    }
}
