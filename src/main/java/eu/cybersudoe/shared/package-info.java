/**
 * What every module may use: languages and {@link eu.cybersudoe.shared.LocalizedText},
 * the page context templates receive, and the platform's clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.cybersudoe.shared;
