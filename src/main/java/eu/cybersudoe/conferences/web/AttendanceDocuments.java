package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The attendance documents in the platform's document frame (tagged PDF, see
 * {@link PdfDocuments}): the sign-in sheet (participants, companies and a signature column with
 * room to write, kept as audit evidence) and the certificate of attendance.
 */
@Component
class AttendanceDocuments {

    /** Empty rows left at the end of a sign-in sheet for walk-ins. */
    static final int BLANK_ROWS = 8;

    private final PdfDocuments pdfs;
    private final MessageSource messages;

    AttendanceDocuments(PdfDocuments pdfs, MessageSource messages) {
        this.pdfs = pdfs;
        this.messages = messages;
    }

    byte[] signInSheet(ConferenceView view, List<Registration> confirmed, Language language) {
        List<List<String>> rows = new ArrayList<>();
        for (Registration registration : confirmed) {
            rows.add(List.of(String.valueOf(rows.size() + 1), registration.fullName(), registration.companyName(), ""));
        }
        for (int blank = 0; blank < BLANK_ROWS; blank++) {
            rows.add(List.of("", "", "", ""));
        }
        Outline.Builder sheet = Outline.of(language, t(language, "conferences.sheet.heading") + " – " + view.title().text());
        conference(sheet, view, language).line(t(language, "conferences.sheet.footer", view.id()));
        sheet.writingTable(List.of(t(language, "conferences.sheet.number"), t(language, "conferences.sheet.name"),
                t(language, "conferences.sheet.company"), t(language, "conferences.sheet.signature")), List.of(1, 6, 6, 5), rows);
        return pdfs.write(sheet.build());
    }

    byte[] certificate(ConferenceView view, Registration registration, Language language) {
        return pdfs.write(Outline.of(language, t(language, "conferences.certificate.heading"))
                .statement(t(language, "conferences.certificate.text", registration.fullName(), registration.companyName(),
                        view.title().text(), view.day(), when(view, language), view.where(), String.join(", ", view.organisers())))
                .text(t(language, "conferences.certificate.closing"))
                .build());
    }

    private Outline.Builder conference(Outline.Builder outline, ConferenceView view, Language language) {
        return outline.line(view.day() + ", " + when(view, language)).line(view.where())
                .line(t(language, "conferences.sheet.organisers", String.join(", ", view.organisers())));
    }

    /** The times with the venue's time zone, as the conference page gives them. */
    private String when(ConferenceView view, Language language) {
        return view.span() + " (" + t(language, view.zoneKey()) + ", " + view.offset() + ")";
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
