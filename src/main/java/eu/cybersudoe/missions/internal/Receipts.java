package eu.cybersudoe.missions.internal;

import eu.cybersudoe.shared.files.FileKind;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.files.StoredFile;
import eu.cybersudoe.shared.files.UploadGuard;
import eu.cybersudoe.shared.files.UploadRefused;
import eu.cybersudoe.shared.files.UploadUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The evidence that a mission day took place, for audits: the company's acknowledgement online,
 * or a signed attendance sheet staff upload to the file store; and the company's rating of the
 * mission's usefulness (1 to 5, with a comment).
 */
@Component
public class Receipts {

    /** Signed sheets: a PDF or a photo of 10 MB at most, told by its content, not by what the browser says. */
    static final UploadUse SHEETS = UploadUse.of("mission-sheets", DataSize.ofMegabytes(10), FileKind.PDF, FileKind.JPEG, FileKind.PNG);

    private final JdbcClient jdbc;
    private final MissionService missions;
    private final FileStore files;
    private final UploadGuard guard;
    private final Clock clock;

    Receipts(JdbcClient jdbc, MissionService missions, FileStore files, UploadGuard guard, Clock clock) {
        this.jdbc = jdbc;
        this.missions = missions;
        this.files = files;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * What a mission has as evidence and rating.
     *
     * @param acknowledgedBy the company user who acknowledged the day, or null
     * @param signedSheet    the stored signed sheet's key, or null
     */
    public record Receipt(Instant acknowledgedAt, String acknowledgedBy, String signedSheet, Integer rating, String comment) {
        public boolean acknowledged() {
            return acknowledgedAt != null || signedSheet != null;
        }
    }

    public Receipt of(long missionId) {
        return jdbc.sql("select acknowledged_at, acknowledged_by, signed_sheet, rating, rating_comment from mission where id = ?")
                .param(missionId).query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("acknowledged_at");
                    return new Receipt(at == null ? null : at.toInstant(), rs.getString("acknowledged_by"), rs.getString("signed_sheet"),
                            rs.getObject("rating", Integer.class), rs.getString("rating_comment"));
                }).optional().orElse(new Receipt(null, null, null, null, null));
    }

    /** The company confirms the mission day took place; once the mission was held. */
    @Transactional
    public void acknowledge(long missionId, Actor company) {
        missions.change(missionId, m -> {
            requireHeld(m);
            m.note(company, clock.instant(), "ACKNOWLEDGED", null);
        });
        jdbc.sql("update mission set acknowledged_at = ?, acknowledged_by = ? where id = ? and acknowledged_at is null")
                .params(Timestamp.from(clock.instant()), company.name(), missionId).update();
    }

    /** The company rates how useful the mission was. */
    @Transactional
    public void rate(long missionId, Actor company, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new MissionRefused("missions.refused.rating");
        }
        String kept = comment == null ? null : ReportDraft.clip(comment);
        if (kept != null && kept.length() > 2000) {
            throw new MissionRefused("missions.refused.commentTooLong");
        }
        missions.change(missionId, m -> {
            requireHeld(m);
            m.note(company, clock.instant(), "RATED", rating + "/5");
        });
        jdbc.sql("update mission set rating = ?, rating_comment = ? where id = ?").params(rating, kept, missionId).update();
    }

    /** Stores a signed attendance sheet (PDF or image) as the day's evidence. */
    @Transactional
    public void storeSignedSheet(long missionId, Actor staff, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new MissionRefused("missions.refused.sheetMissing");
        }
        missions.change(missionId, m -> {
            requireHeld(m);
            m.note(staff, clock.instant(), "SIGNED_SHEET", file.getOriginalFilename());
        });
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = guard.admit(SHEETS, file.getOriginalFilename() == null ? "sheet" : file.getOriginalFilename(), content).file();
        } catch (UploadRefused refused) {
            throw new MissionRefused("missions.refused.sheetType");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update mission set signed_sheet = ? where id = ?").params(stored.key(), missionId).update();
    }

    /** The signed sheet's metadata, if one was stored. */
    public Optional<StoredFile> signedSheet(long missionId) {
        return Optional.ofNullable(of(missionId).signedSheet()).flatMap(files::find);
    }

    public InputStream open(String key) {
        return files.open(key);
    }

    private static void requireHeld(Mission mission) {
        if (mission.heldOn() == null || mission.state() == MissionState.CANCELLED) {
            throw new MissionRefused("missions.refused.notHeld");
        }
    }
}
