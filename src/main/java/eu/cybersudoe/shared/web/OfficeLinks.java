package eu.cybersudoe.shared.web;

import java.util.List;

/**
 * The back-office pages a module offers, for the navigation of every staff page and the tools of the
 * back-office home. A module adds its links by declaring a bean of this type (a small
 * {@code @Component} in its {@code web} package); nothing else needs changing.
 */
public interface OfficeLinks {

    List<OfficeLink> officeLinks();
}
