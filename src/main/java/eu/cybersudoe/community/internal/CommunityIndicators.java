package eu.cybersudoe.community.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the community measures, counting only visible posts written by the end of the day:
 * <ul>
 *   <li>{@value #TAKING_PART}: distinct companies that wrote a post (opening a discussion,
 *   replying or commenting); per partner, the companies of the regions it answers for;</li>
 *   <li>{@value #CROSS_BORDER}: group discussions with visible posts from at least two countries;
 *   per partner, those opened by a company of its regions or its own staff;</li>
 *   <li>{@value #ANSWERED}: exchanges whose author marked an answer as the one that helped; per
 *   partner, as for cross-border discussions.</li>
 * </ul>
 */
@Component
class CommunityIndicators implements IndicatorSource {

    static final String TAKING_PART = "community-companies-taking-part";
    static final String CROSS_BORDER = "community-cross-border-exchanges";
    static final String ANSWERED = "community-answered-exchanges";

    private final JdbcClient jdbc;
    private final Clock clock;

    CommunityIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(TAKING_PART, CROSS_BORDER, ANSWERED);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        Timestamp end = Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        String partnerId = partner.map(PartnerId::value).orElse(null);
        String sql = switch (indicator) {
            case TAKING_PART -> """
                    select count(distinct company_id) from community_post
                    where company_id is not null and status = 'VISIBLE' and created_at < :end
                      and (cast(:partner as varchar(40)) is null or partner_id = :partner)""";
            case CROSS_BORDER -> """
                    select count(*) from community_discussion d
                    where d.group_id is not null and (cast(:partner as varchar(40)) is null or d.partner_id = :partner)
                      and (select count(distinct p.country) from community_post p
                           where p.discussion_id = d.id and p.status = 'VISIBLE' and p.country is not null
                             and p.created_at < :end) >= 2""";
            case ANSWERED -> """
                    select count(*) from community_discussion d
                    where d.kind = 'EXCHANGE' and d.helped_post_id is not null and d.helped_at < :end
                      and (cast(:partner as varchar(40)) is null or d.partner_id = :partner)""";
            default -> null;
        };
        if (sql == null) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(jdbc.sql(sql).param("end", end).param("partner", partnerId)
                .query(Long.class).single()));
    }
}
