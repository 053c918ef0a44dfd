package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.files.UploadUse;
import eu.cybersudoe.toolbox.ItemKind;
import org.springframework.util.unit.DataSize;

/** What each kind of toolbox file may be: content told by magic bytes, a size limit per kind. */
public final class ToolboxUploads {

    public static final UploadUse DOCUMENTS = UploadUse.of("toolbox-documents", DataSize.ofMegabytes(50),
            FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.ZIP);
    public static final UploadUse VIDEOS = UploadUse.of("toolbox-videos", DataSize.ofMegabytes(190), FileKind.MP4, FileKind.WEBM);
    public static final UploadUse CAPTIONS = UploadUse.of("toolbox-captions", DataSize.ofKilobytes(512), FileKind.WEBVTT);
    public static final UploadUse POSTERS = UploadUse.of("toolbox-posters", DataSize.ofMegabytes(5), FileKind.PNG, FileKind.JPEG);

    private ToolboxUploads() {
    }

    /** The use of an item's main file. */
    public static UploadUse mainFile(ItemKind kind) {
        return kind == ItemKind.VIDEO ? VIDEOS : DOCUMENTS;
    }

    /** The media type a kind of stored file is served with. */
    public static String mediaType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PDF" -> "application/pdf";
            case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "XLSX" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "ZIP" -> "application/zip";
            case "MP4" -> "video/mp4";
            case "WEBM" -> "video/webm";
            case "WEBVTT" -> "text/vtt;charset=UTF-8";
            case "PNG" -> "image/png";
            case "JPEG" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }

    /** The file name extension of a kind of stored file. */
    public static String extension(String kind) {
        return switch (kind == null ? "" : kind) {
            case "WEBVTT" -> "vtt";
            case "JPEG" -> "jpg";
            default -> kind == null ? "bin" : kind.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
