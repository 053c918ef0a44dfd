package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The translation coverage at a glance: for every theme and every partner, how many items are in
 * each state in each language (a language without text is missing), and the published count per
 * language for the whole toolbox.
 */
@Component
public class Coverage {

    private final JdbcClient jdbc;

    Coverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per state and language for one theme or partner. */
    public record Counts(Map<Language, Map<TextState, Integer>> byLanguage, int items) {
        public int count(Language language, TextState state) {
            return byLanguage.getOrDefault(language, Map.of()).getOrDefault(state, 0);
        }
    }

    /** The matrix's summary: per theme, per partner, and in all. */
    public record Summary(Map<String, Counts> byTheme, Map<String, Counts> byPartner, Counts all) {
    }

    private record Row(long item, String partner, List<String> themes, Map<Language, TextState> states) {
    }

    public Summary summary() {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select i.id, i.partner_id, i.themes, t.language, t.state from toolbox_item i left join toolbox_text t on t.item_id = i.id")
                .query(rs -> {
                    String partner = rs.getString("partner_id");
                    List<String> themes = Codes.split(rs.getString("themes"));
                    Row row = rows.computeIfAbsent(rs.getLong("id"), id -> new Row(id, partner, themes, new EnumMap<>(Language.class)));
                    String language = rs.getString("language");
                    if (language != null) {
                        row.states().put(Language.fromCode(language).orElseThrow(), TextState.valueOf(rs.getString("state")));
                    }
                });
        Map<String, Builder> themes = new TreeMap<>();
        Map<String, Builder> partners = new TreeMap<>();
        Builder all = new Builder();
        for (Row row : rows.values()) {
            all.add(row);
            partners.computeIfAbsent(row.partner(), p -> new Builder()).add(row);
            row.themes().forEach(theme -> themes.computeIfAbsent(theme, t -> new Builder()).add(row));
        }
        Map<String, Counts> byTheme = new TreeMap<>();
        themes.forEach((k, v) -> byTheme.put(k, v.counts()));
        Map<String, Counts> byPartner = new TreeMap<>();
        partners.forEach((k, v) -> byPartner.put(k, v.counts()));
        return new Summary(byTheme, byPartner, all.counts());
    }

    private static final class Builder {
        private final Map<Language, Map<TextState, Integer>> counts = new EnumMap<>(Language.class);
        private int items;

        void add(Row row) {
            items++;
            for (Language language : Language.values()) {
                TextState state = row.states().getOrDefault(language, TextState.MISSING);
                counts.computeIfAbsent(language, l -> new EnumMap<>(TextState.class)).merge(state, 1, Integer::sum);
            }
        }

        Counts counts() {
            return new Counts(counts, items);
        }
    }
}
