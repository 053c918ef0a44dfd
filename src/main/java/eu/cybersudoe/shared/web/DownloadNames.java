package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;

import java.nio.charset.StandardCharsets;

/**
 * Names of downloaded files in the reader's language ({@code files.*} keys of the {@code shared} bundle), so
 * that a French page does not hand out English file names, and the {@code Content-Disposition} header that
 * carries them.
 */
public final class DownloadNames {

    private DownloadNames() {
    }

    /** The file name of a key such as {@code files.certificate}, for the record with this identifier. */
    public static String of(MessageSource messages, String key, long id, Language language) {
        return messages.getMessage(key, new Object[]{String.valueOf(id)}, language.locale());
    }

    /** The file name of a list (key such as {@code files.companies}) with its extension, such as {@code csv}. */
    public static String of(MessageSource messages, String key, java.util.Locale locale, String extension) {
        return messages.getMessage(key, null, locale) + "." + extension;
    }

    /** The header value offering the file for saving ({@code attachment}) or showing ({@code inline}). */
    public static String disposition(boolean attachment, String fileName) {
        return (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
