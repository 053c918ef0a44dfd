/**
 * The network (NET): partners and the regions they cover, member and associated structures,
 * work packages (GT) and their budget, themes, the project calendar; later committees,
 * meetings and the directory of people. Reference data comes from YAML under
 * {@code reference/network/}, loaded at start-up. The API is {@link eu.cybersudoe.network.Network};
 * {@link eu.cybersudoe.network.PartnerTargets} lets the monitoring module supply the targets
 * shown on partner pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package eu.cybersudoe.network;
