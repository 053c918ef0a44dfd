/**
 * The network's electronic newsletter: the programme of monthly issues, each written in the
 * four languages, previewed, test-sent, approved by a network admin and delivered to every
 * contact with newsletter consent (or a saved segment) in the contact's language, with
 * crash-safe, resumable delivery over a pool of SMTP connections. Other modules may feed the
 * issues through {@link eu.cybersudoe.newsletters.UpcomingEvents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletters",
        allowedDependencies = {"shared", "network", "accounts", "companies", "monitoring", "search", "community"})
package eu.cybersudoe.newsletters;
