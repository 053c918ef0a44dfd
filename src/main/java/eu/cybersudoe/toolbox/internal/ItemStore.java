package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes items and their texts. */
@Component
public class ItemStore {

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of an item a form sets. */
    public record Properties(List<String> themes, List<String> sizes, List<String> sectors, Level level, Licence licence,
                             String link) {
        public Properties {
            themes = List.copyOf(themes);
            sizes = List.copyOf(sizes);
            sectors = List.copyOf(sectors);
        }
    }

    long insert(ItemKind kind, String partnerId, Language source, Properties properties, long createdBy, Instant now) {
        jdbc.sql("""
                        insert into toolbox_item (kind, partner_id, source_language, themes, sizes, sectors, level, licence, link_url,
                            source_version, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(kind.name(), partnerId, source.code(), Codes.join(properties.themes()), Codes.join(properties.sizes()),
                        Codes.join(properties.sectors()), properties.level().name(), properties.licence().name(), properties.link(),
                        createdBy, Timestamp.from(now), Timestamp.from(now))
                .update();
        return jdbc.sql("select max(id) from toolbox_item where partner_id = ? and created_by = ?").params(partnerId, createdBy)
                .query(Long.class).single();
    }

    void update(long id, Properties properties, Instant now) {
        jdbc.sql("""
                        update toolbox_item set themes = ?, sizes = ?, sectors = ?, level = ?, licence = ?, link_url = ?, updated_at = ?
                        where id = ?""")
                .params(Codes.join(properties.themes()), Codes.join(properties.sizes()), Codes.join(properties.sectors()),
                        properties.level().name(), properties.licence().name(), properties.link(), Timestamp.from(now), id)
                .update();
    }

    void poster(long id, String key) {
        jdbc.sql("update toolbox_item set poster_key = ? where id = ?").params(key, id).update();
    }

    /** The source changed: its version grows. */
    int bumpSourceVersion(long id) {
        jdbc.sql("update toolbox_item set source_version = source_version + 1 where id = ?").param(id).update();
        return jdbc.sql("select source_version from toolbox_item where id = ?").param(id).query(Integer.class).single();
    }

    public Optional<Item> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Items by id, in the order given. */
    public List<Item> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, Map<Language, ItemText>> texts = new LinkedHashMap<>();
        jdbc.sql("select * from toolbox_text where item_id = any(?)").param(array).query((rs, n) -> text(rs)).list()
                .forEach(t -> texts.computeIfAbsent(t.itemId(), k -> new EnumMap<>(Language.class)).put(t.language(), t));
        Map<Long, Item> items = new LinkedHashMap<>();
        jdbc.sql("select * from toolbox_item where id = any(?)").param(array)
                .query((rs, n) -> item(rs, texts.getOrDefault(rs.getLong("id"), Map.of()))).list()
                .forEach(item -> items.put(item.id(), item));
        List<Item> ordered = new ArrayList<>();
        for (Long id : ids) {
            if (items.containsKey(id)) {
                ordered.add(items.get(id));
            }
        }
        return ordered;
    }

    void save(ItemText text, Instant now) {
        ItemText.StoredRef file = text.file();
        Object[] values = {text.title(), text.summary(), text.body(), file == null ? null : file.key(), file == null ? null : file.kind(),
                file == null ? null : file.size(), file == null ? null : file.sha256(), text.captionsKey(), text.state().name(),
                text.sourceVersion(), text.submittedBy(), text.submittedPartner(), ts(text.submittedAt()), text.reviewedBy(),
                text.reviewedPartner(), ts(text.reviewedAt()), Codes.join(text.checklist()), ts(text.publishedAt()),
                Timestamp.from(now), text.itemId(), text.language().code()};
        int updated = jdbc.sql("""
                        update toolbox_text set title = ?, summary = ?, body = ?, file_key = ?, file_kind = ?, file_size = ?,
                            file_sha256 = ?, captions_key = ?, state = ?, source_version = ?, submitted_by = ?, submitted_partner = ?,
                            submitted_at = ?, reviewed_by = ?, reviewed_partner = ?, reviewed_at = ?, checklist = ?, published_at = ?,
                            updated_at = ?
                        where item_id = ? and language = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into toolbox_text (title, summary, body, file_key, file_kind, file_size, file_sha256, captions_key, state,
                        source_version, submitted_by, submitted_partner, submitted_at, reviewed_by, reviewed_partner, reviewed_at,
                        checklist, published_at, updated_at, item_id, language)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Item item(ResultSet rs, Map<Language, ItemText> texts) throws SQLException {
        return new Item(rs.getLong("id"), ItemKind.valueOf(rs.getString("kind")), rs.getString("partner_id"),
                Language.fromCode(rs.getString("source_language")).orElseThrow(), Codes.split(rs.getString("themes")),
                Codes.split(rs.getString("sizes")), Codes.split(rs.getString("sectors")), Level.valueOf(rs.getString("level")),
                Licence.valueOf(rs.getString("licence")), rs.getString("link_url"), rs.getString("poster_key"),
                rs.getInt("source_version"), instant(rs, "created_at"), texts);
    }

    private static ItemText text(ResultSet rs) throws SQLException {
        String key = rs.getString("file_key");
        ItemText.StoredRef file = key == null ? null
                : new ItemText.StoredRef(key, rs.getString("file_kind"), rs.getLong("file_size"), rs.getString("file_sha256"));
        long submitted = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : submitted;
        long reviewed = rs.getLong("reviewed_by");
        Long reviewedBy = rs.wasNull() ? null : reviewed;
        return new ItemText(rs.getLong("item_id"), Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("title"),
                rs.getString("summary"), rs.getString("body"), file, rs.getString("captions_key"),
                TextState.valueOf(rs.getString("state")), rs.getInt("source_version"), submittedBy, rs.getString("submitted_partner"),
                instant(rs, "submitted_at"), reviewedBy, rs.getString("reviewed_partner"), instant(rs, "reviewed_at"),
                Codes.split(rs.getString("checklist")), instant(rs, "published_at"));
    }
}
