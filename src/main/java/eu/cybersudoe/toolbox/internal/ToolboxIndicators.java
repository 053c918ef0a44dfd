package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the toolbox measures, as the catalogue defines it:
 * <ul>
 *   <li>{@value #GUIDES}: guides published (first published by the end of the day, still visible) in
 *   French, Spanish and Portuguese;</li>
 *   <li>{@value #VIDEOS}: videos published in those three languages, each with a video file or
 *   captions in that language (one video file in the source language with captions per language counts);</li>
 * </ul>
 * per partner, the items it authored. Under each, the dashboard shows the items of that kind published in
 * each language (a part per language, from {@link #breakdown}).
 */
@Component
class ToolboxIndicators implements IndicatorSource {

    static final String GUIDES = "methodological-guides";
    static final String VIDEOS = "awareness-videos";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessageSource messages;

    ToolboxIndicators(JdbcClient jdbc, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(GUIDES, VIDEOS);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return switch (indicator) {
            case GUIDES -> Optional.of(BigDecimal.valueOf(publishedInThreeLanguages(ItemKind.GUIDE, until, partner)));
            case VIDEOS -> Optional.of(BigDecimal.valueOf(publishedInThreeLanguages(ItemKind.VIDEO, until, partner)));
            default -> Optional.empty();
        };
    }

    /** Items of the indicator's kind published (or outdated, still shown) in each language by the day. */
    @Override
    public List<Part> breakdown(String indicator, LocalDate until, Optional<PartnerId> partner) {
        ItemKind kind = switch (indicator) {
            case GUIDES -> ItemKind.GUIDE;
            case VIDEOS -> ItemKind.VIDEO;
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        return Arrays.stream(Language.values())
                .map(language -> new Part(languageName(language), BigDecimal.valueOf(publishedPerLanguage(kind, until, partner)
                        .getOrDefault(language.code(), 0L))))
                .toList();
    }

    Map<String, Long> publishedPerLanguage(ItemKind kind, LocalDate until, Optional<PartnerId> partner) {
        String sql = "select t.language, count(*) from toolbox_text t join toolbox_item i on i.id = t.item_id where i.kind = :kind"
                + (partner.isPresent() ? " and i.partner_id = :partner" : "")
                + " and t.state in ('PUBLISHED', 'OUTDATED') and t.published_at < :end group by t.language";
        var statement = jdbc.sql(sql).param("kind", kind.name())
                .param("end", Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        Map<String, Long> counts = new HashMap<>();
        (partner.isPresent() ? statement.param("partner", partner.get().value()) : statement)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** A language's name in each language, from the bundles. */
    private LocalizedText languageName(Language language) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language reader : Language.values()) {
            names.put(reader, messages.getMessage("language." + language.code(), null, language.code(), reader.locale()));
        }
        return new LocalizedText(names, Language.EN);
    }

    long publishedInThreeLanguages(ItemKind kind, LocalDate until, Optional<PartnerId> partner) {
        String media = kind == ItemKind.VIDEO ? " and (t.file_key is not null or t.captions_key is not null)" : "";
        String hasVideo = kind == ItemKind.VIDEO
                ? " and exists (select 1 from toolbox_text v where v.item_id = i.id and v.file_key is not null)" : "";
        String sql = "select count(*) from toolbox_item i where i.kind = :kind"
                + (partner.isPresent() ? " and i.partner_id = :partner" : "") + hasVideo
                + " and 3 = (select count(distinct t.language) from toolbox_text t where t.item_id = i.id"
                + " and t.language in ('fr', 'es', 'pt') and t.state in ('PUBLISHED', 'OUTDATED') and t.published_at < :end" + media + ")";
        var statement = jdbc.sql(sql).param("kind", kind.name())
                .param("end", Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        return (partner.isPresent() ? statement.param("partner", partner.get().value()) : statement).query(Long.class).single();
    }
}
