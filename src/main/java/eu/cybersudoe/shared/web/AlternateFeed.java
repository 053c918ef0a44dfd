package eu.cybersudoe.shared.web;

/**
 * A feed announced in a page's head ({@code <link rel="alternate" type="application/atom+xml">}) so that feed
 * readers discover it.
 *
 * @param title its title
 * @param href  its address, from the site's root
 */
public record AlternateFeed(String title, String href) {
}
