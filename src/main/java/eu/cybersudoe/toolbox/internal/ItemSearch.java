package eu.cybersudoe.toolbox.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.toolbox.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Finds items: the public list (published ones, with filters) and the back office's lists. */
@Component
public class ItemSearch {

    private static final String VISIBLE = "('PUBLISHED', 'OUTDATED')";

    private final JdbcClient jdbc;
    private final ItemStore store;

    ItemSearch(JdbcClient jdbc, ItemStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The public filters; each may be null.
     *
     * @param target   a company size ({@code micro}…) or a sectoral theme the item targets (items for every
     *                 size or sector included)
     * @param language a language the item is published in
     */
    public record Filter(String theme, ItemKind kind, String target, Language language, String partner) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** A page of items and how many there are in all. */
    public record Page(List<Item> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Published items matching the filter, newest first. */
    public Page published(Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params) + " and exists (select 1 from toolbox_text t where t.item_id = i.id and t.state in "
                + VISIBLE + (filter.language() != null ? " and t.language = ?" : "") + ")";
        if (filter.language() != null) {
            params.add(filter.language().code());
        }
        return page(where, params, page, size);
    }

    /** Items of a partner (every partner's when null), whatever their state, newest first. */
    public Page ofPartner(String partner, Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(new Filter(filter.theme(), filter.kind(), filter.target(), null, partner), params);
        return page(where, params, page, size);
    }

    /** Items of other partners than this one with a text waiting for review. */
    public List<Item> toReview(String partner) {
        List<Long> ids = jdbc.sql("""
                        select distinct i.id from toolbox_item i join toolbox_text t on t.item_id = i.id
                        where t.state = 'IN_REVIEW' and i.partner_id <> ? order by i.id""")
                .param(partner == null ? "" : partner).query(Long.class).list();
        return store.findAll(ids);
    }

    private Page page(String where, List<Object> params, int page, int size) {
        long total = jdbc.sql("select count(*) from toolbox_item i where " + where).params(params).query(Long.class).single();
        int current = Math.max(1, page);
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) (current - 1) * size);
        List<Long> ids = jdbc.sql("select i.id from toolbox_item i where " + where + " order by i.created_at desc, i.id desc limit ? offset ?")
                .params(paged).query(Long.class).list();
        return new Page(store.findAll(ids), total, current, size);
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.theme() != null) {
            where.append(" and i.themes like ?");
            params.add(Codes.like(filter.theme()));
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.target() != null) {
            where.append(" and (i.sizes like ? or i.sectors like ? or (i.sizes = ',' and i.sectors = ','))");
            params.add(Codes.like(filter.target()));
            params.add(Codes.like(filter.target()));
        }
        if (filter.partner() != null) {
            where.append(" and i.partner_id = ?");
            params.add(filter.partner());
        }
        return where.toString();
    }
}
