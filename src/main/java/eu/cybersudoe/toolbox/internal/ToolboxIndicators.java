package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.toolbox.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
 * per partner, the items it authored.
 */
@Component
class ToolboxIndicators implements IndicatorSource {

    static final String GUIDES = "methodological-guides";
    static final String VIDEOS = "awareness-videos";

    private final JdbcClient jdbc;
    private final Clock clock;

    ToolboxIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
