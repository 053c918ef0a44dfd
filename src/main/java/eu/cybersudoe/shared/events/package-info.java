/**
 * The event publication registry as the platform runs it: each module's reactions to another
 * module's events, and its own side effects after a commit (e-mails), are Spring Modulith
 * publications that stay incomplete until their listener succeeds. {@link
 * eu.cybersudoe.shared.events.EventPublications} lists those incomplete for network admins and
 * resubmits them; {@link eu.cybersudoe.shared.events.EventRetries} resubmits the failed ones on
 * its own, and Spring Modulith republishes what a crash left undone at the next start.
 */
package eu.cybersudoe.shared.events;
