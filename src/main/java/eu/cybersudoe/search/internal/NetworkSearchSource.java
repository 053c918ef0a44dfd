package eu.cybersudoe.search.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.search.SearchSource;
import eu.cybersudoe.search.Searchable;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The network's partners and themes, read through the {@link Network} API: the network is reference data that
 * changes only with a new release, so the index takes it at each rebuild.
 */
final class NetworkSearchSource {

    private NetworkSearchSource() {
    }

    /** The partners of the directory. */
    @Component
    static class Partners implements SearchSource {

        private final Network network;

        Partners(Network network) {
            this.network = network;
        }

        @Override
        public String kind() {
            return "partner";
        }

        @Override
        public Stream<Searchable> all() {
            return network.partners().stream().flatMap(p -> documents(p).stream());
        }

        @Override
        public List<Searchable> documents(String id) {
            return network.partnerTyped(id).map(Partners::documents).orElse(List.of());
        }

        private static List<Searchable> documents(Partner partner) {
            LocalizedText description = partner.description();
            Map<Language, String> texts = description == null ? Map.of() : description.texts();
            return texts.entrySet().stream()
                    .map(text -> new Searchable("partner", partner.id().value(), text.getKey(), partner.name(),
                            partner.shortName() + " · " + partner.city() + "\n" + text.getValue(), "/network/" + partner.id().value(),
                            List.of(), List.of(partner.country().name()), List.of(partner.id().value()), null, false))
                    .toList();
        }
    }

    /** The themes of the toolbox and the conferences. */
    @Component
    static class Themes implements SearchSource {

        private final Network network;

        Themes(Network network) {
            this.network = network;
        }

        @Override
        public String kind() {
            return "theme";
        }

        @Override
        public Stream<Searchable> all() {
            return network.themes(false).stream().flatMap(t -> documents(t).stream());
        }

        @Override
        public List<Searchable> documents(String id) {
            return network.theme(id).filter(Theme::active).map(Themes::documents).orElse(List.of());
        }

        private static List<Searchable> documents(Theme theme) {
            return theme.name().texts().entrySet().stream()
                    .map(name -> new Searchable("theme", theme.code(), name.getKey(), name.getValue(), name.getValue(),
                            "/themes#" + theme.code(), List.of(theme.code()), List.of(), List.of(), null, false))
                    .toList();
        }
    }
}
