/**
 * The public face of the platform: home, pages, legal notice and privacy policy; later news,
 * site search, feeds and banners. It may read every module's API; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package eu.cybersudoe.portal;
