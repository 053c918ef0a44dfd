/**
 * Community (WEB-3, WEB-8): thematic and sector groups where companies, partner staff and
 * associated structures of the three countries meet; discussions and replies in any of the four
 * languages (Markdown sanitised, links {@code nofollow ugc}); exchange posts, whose author marks
 * the answer that helped and which staff may turn into a mission request; comments under other
 * modules' items; reports, moderation with a log, first-post approval and rate limits; follows
 * with e-mail notifications (immediate or a daily digest) and an in-app list of unread activity.
 * <p>
 * What other modules see: {@link eu.cybersudoe.community.CommentTarget}, which a module
 * implements so that its items take comments, {@link eu.cybersudoe.community.CommentThreads}
 * to show them under the item, and {@link eu.cybersudoe.community.ExchangeReferred}, published
 * when staff turn an exchange into a mission request, for the module handling such requests
 * (which declares an {@link eu.cybersudoe.community.ExchangeDesk} bean so that the button shows).
 * A company's post publishes {@link eu.cybersudoe.companies.CompanyActivityRecorded} of kind
 * {@code community.forum-contribution}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community",
        allowedDependencies = {"shared", "network", "accounts", "companies", "monitoring"})
package eu.cybersudoe.community;
