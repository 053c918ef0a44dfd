package eu.cybersudoe.network;

import java.util.List;
import java.util.Optional;

/**
 * A NUTS 2 region (NUTS 2021) covered by the network.
 *
 * @param code     NUTS 2 code, such as {@code FRK1}
 * @param name     its name in its own language
 * @param country  its country
 * @param partners the partners covering it
 * @param primary  the partner that answers requests from it when several cover it
 */
public record Region(String code, String name, Country country, List<PartnerId> partners, Optional<PartnerId> primary) {
}
