/**
 * The network (NET): partners and the regions they cover, member and associated structures,
 * work packages (GT) and their budget, themes, the project calendar; later committees,
 * meetings and the directory of people. Reference data comes from YAML under
 * {@code reference/}. The API is {@link eu.cybersudoe.network.Network}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package eu.cybersudoe.network;
