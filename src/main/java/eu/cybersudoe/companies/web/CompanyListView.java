package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.SegmentSummary;
import eu.cybersudoe.companies.classification.SizeClass;
import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SearchCriteria;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the company list shows: the filters as given, a page of results, the options of each
 * filter, and the partner's saved segments.
 *
 * @param criteria          the filters and order
 * @param result            the page of organisations and the total
 * @param regions           NUTS 2 regions to filter by
 * @param themes            sector themes to filter by
 * @param partners          partners to filter by (network admins only; empty otherwise)
 * @param segments          the acting partner's saved segments
 * @param segmentsAvailable whether there is a partner to save segments for
 */
public record CompanyListView(SearchCriteria criteria, OrganisationSearch.Page result, List<Region> regions,
                              List<Theme> themes, List<Partner> partners, List<SegmentSummary> segments,
                              boolean segmentsAvailable) {

    /** The theme a sector code names, for showing its name; empty for no sector or an unknown code. */
    public java.util.Optional<Theme> sectorTheme(String code) {
        return code == null ? java.util.Optional.empty() : themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<SizeClass> sizes() {
        return List.of(SizeClass.values());
    }

    public List<OrganisationKind> kinds() {
        return List.of(OrganisationKind.values());
    }

    public List<SearchCriteria.Sort> sorts() {
        return List.of(SearchCriteria.Sort.values());
    }

    /** The filters as request parameters (for hidden fields). */
    public Map<String, String> parameters() {
        return criteria.toParameters();
    }

    /** The query string of another page of the same results. */
    public String pageQuery(int page) {
        Map<String, String> parameters = new LinkedHashMap<>(criteria.toParameters());
        if (page > 1) {
            parameters.put("page", Integer.toString(page));
        }
        return query(parameters);
    }

    /** The query string of the same filters in another order (back to the first page). */
    public String sortQuery(SearchCriteria.Sort sort) {
        return query(criteria.sortedBy(sort).toParameters());
    }

    /** The query string of the filters, for exports. */
    public String filterQuery() {
        return query(criteria.toParameters());
    }

    public boolean hasPrevious() {
        return result.page() > 1;
    }

    public boolean hasNext() {
        return result.page() < result.pageCount();
    }

    static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
