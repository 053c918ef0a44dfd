package eu.cybersudoe.search.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.search.FeedEntry;
import eu.cybersudoe.search.FeedFilter;
import eu.cybersudoe.search.FeedSource;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.AlternateFeed;
import eu.cybersudoe.shared.web.AlternateFeeds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every feed of the platform, from the {@link FeedSource} beans found at run time: its address, its title in a
 * language (with the filter's name), its entries, and the feeds a list page announces in its head.
 */
@Component
public class Feeds implements AlternateFeeds {

    /** A feed as asked: a source, a language, filters. */
    public record Feed(FeedSource source, Language language, FeedFilter filter, String title, String href, String listHref,
                       List<FeedEntry> entries) {
    }

    /** One version of a feed as the OPML file lists it. */
    public record Listed(String title, String href, String listHref) {
    }

    private final ObjectProvider<FeedSource> sources;
    private final Network network;
    private final MessageSource messages;
    private final String baseUrl;

    Feeds(ObjectProvider<FeedSource> sources, Network network, MessageSource messages,
          @Value("${cybersudoe.base-url}") String baseUrl) {
        this.sources = sources;
        this.network = network;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public List<FeedSource> sources() {
        return sources.orderedStream().toList();
    }

    public Optional<FeedSource> source(String name) {
        return sources().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The feed with its entries; filters the source does not take, or with an unknown value, are left out. */
    public Feed feed(FeedSource source, Language language, FeedFilter asked) {
        FeedFilter filter = known(source, asked);
        return new Feed(source, language, filter, title(source, language, filter), absolute(href(source, language, filter)),
                absolute(listHref(source, language, filter)), source.entries(language, filter));
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    @Override
    public List<AlternateFeed> of(Language language, String pathWithinLanguage, Map<String, String[]> parameters) {
        List<AlternateFeed> feeds = new ArrayList<>();
        for (FeedSource source : sources()) {
            if (source.listPath().equals(pathWithinLanguage)) {
                FeedFilter filter = known(source, new FeedFilter(first(parameters, FeedSource.Filter.PARTNER),
                        first(parameters, FeedSource.Filter.THEME), first(parameters, FeedSource.Filter.COUNTRY)));
                feeds.add(new AlternateFeed(title(source, language, filter), href(source, language, filter)));
                if (!filter.none()) {
                    feeds.add(new AlternateFeed(title(source, language, FeedFilter.NONE), href(source, language, FeedFilter.NONE)));
                }
            }
        }
        return feeds;
    }

    /** Every feed in a language: each source's whole feed, then one per value of each filter it takes. */
    public List<List<Listed>> all(Language language) {
        List<List<Listed>> all = new ArrayList<>();
        for (FeedSource source : sources()) {
            List<Listed> versions = new ArrayList<>();
            versions.add(listed(source, language, FeedFilter.NONE));
            for (FeedSource.Filter filter : FeedSource.Filter.values()) {
                if (source.filters().contains(filter)) {
                    values(filter).forEach(value -> versions.add(listed(source, language, only(filter, value))));
                }
            }
            all.add(versions);
        }
        return all;
    }

    private Listed listed(FeedSource source, Language language, FeedFilter filter) {
        return new Listed(title(source, language, filter), absolute(href(source, language, filter)),
                absolute(listHref(source, language, filter)));
    }

    private List<String> values(FeedSource.Filter filter) {
        return switch (filter) {
            case PARTNER -> network.partners().stream().map(p -> p.id().value()).toList();
            case THEME -> network.themes(false).stream().map(t -> t.code()).toList();
            case COUNTRY -> java.util.Arrays.stream(Country.values()).map(Country::name).toList();
        };
    }

    private static FeedFilter only(FeedSource.Filter filter, String value) {
        return new FeedFilter(filter == FeedSource.Filter.PARTNER ? value : null, filter == FeedSource.Filter.THEME ? value : null,
                filter == FeedSource.Filter.COUNTRY ? value : null);
    }

    /** The filters of a request that the source takes and the network knows. */
    private FeedFilter known(FeedSource source, FeedFilter asked) {
        String partner = source.filters().contains(FeedSource.Filter.PARTNER)
                ? network.partnerTyped(asked.partner()).map(p -> p.id().value()).orElse(null) : null;
        String theme = source.filters().contains(FeedSource.Filter.THEME) && asked.theme() != null
                ? network.theme(asked.theme()).map(t -> t.code()).orElse(null) : null;
        String country = source.filters().contains(FeedSource.Filter.COUNTRY) && asked.country() != null
                ? java.util.Arrays.stream(Country.values()).map(Country::name).filter(asked.country()::equals).findFirst().orElse(null)
                : null;
        return new FeedFilter(partner, theme, country);
    }

    private String title(FeedSource source, Language language, FeedFilter filter) {
        String title = messages.getMessage(source.titleKey(), null, language.locale());
        List<String> names = new ArrayList<>();
        if (filter.partner() != null) {
            network.partnerTyped(filter.partner()).ifPresent(p -> names.add(p.shortName()));
        }
        if (filter.theme() != null) {
            network.theme(filter.theme()).ifPresent(t -> names.add(t.name().in(language).text()));
        }
        if (filter.country() != null) {
            names.add(messages.getMessage("search.country." + filter.country(), null, language.locale()));
        }
        return names.isEmpty() ? title : title + " · " + String.join(" · ", names);
    }

    /** The feed's address from the site's root. */
    static String href(FeedSource source, Language language, FeedFilter filter) {
        return "/" + language.code() + "/feeds/" + source.name() + ".atom" + query(filter);
    }

    private static String listHref(FeedSource source, Language language, FeedFilter filter) {
        return "/" + language.code() + source.listPath() + query(filter);
    }

    private static String query(FeedFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        for (FeedSource.Filter each : FeedSource.Filter.values()) {
            if (filter.value(each) != null) {
                uri.queryParam(each.parameter(), filter.value(each));
            }
        }
        String query = uri.build().encode().getQuery();
        return query == null ? "" : "?" + query;
    }

    private static String first(Map<String, String[]> parameters, FeedSource.Filter filter) {
        String[] values = parameters.get(filter.parameter());
        return values == null || values.length == 0 ? null : values[0];
    }
}
