package eu.cybersudoe.newsletters.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acts on one message of the bounce mailbox. A message to an unsubscribe address stops the
 * newsletter for the address its token names. Otherwise it is read ({@link BounceParser}); an
 * auto-reply is ignored; anything else is recorded once, by its Message-ID, and about the copy
 * named by its signed return path (VERP) or, failing that, by the Message-ID of the copy it
 * quotes. A hard bounce or a complaint about a copy suppresses its address at once; a soft bounce
 * does when the address soft-bounced in {@code soft-limit} distinct issues within
 * {@code soft-window}. A message about no copy of ours is recorded and nothing more.
 */
@Component
public class BounceProcessor {

    /** The Message-IDs the couriers give: {@code <nl.<send id>.<random>@domain>}. */
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<?nl\\.(\\d{1,18})\\.[0-9a-f]+@[^>]+>?");

    private final BounceEvents bounces;
    private final ReturnPaths returnPaths;
    private final Suppressions suppressions;
    private final Unsubscriptions unsubscriptions;
    private final UnsubscribeLinks links;
    private final BounceSettings settings;
    private final Clock clock;

    BounceProcessor(BounceEvents bounces, ReturnPaths returnPaths, Suppressions suppressions, Unsubscriptions unsubscriptions,
                    UnsubscribeLinks links, BounceSettings settings, Clock clock) {
        this.bounces = bounces;
        this.returnPaths = returnPaths;
        this.suppressions = suppressions;
        this.unsubscriptions = unsubscriptions;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    /** What became of a message. */
    public enum Result { UNSUBSCRIBED, IGNORED, RECORDED, ALREADY_RECORDED }

    /** Acts on the message; the message may be removed from the mailbox afterwards. */
    @Transactional
    public Result process(MimeMessage message) throws MessagingException, IOException {
        BounceParser.Reading reading = BounceParser.read(message);
        for (String address : reading.addressedTo()) {
            String token = returnPaths.unsubscribeTokenOf(address);
            if (token != null) {
                return unsubscribe(address, token);
            }
        }
        if (reading.kind() == BounceKind.IGNORED) {
            return Result.IGNORED;
        }
        BounceEvents.Copy copy = copyOf(reading).orElse(null);
        String email = copy != null ? copy.email() : reading.recipient();
        Instant now = clock.instant();
        Optional<Long> recorded = bounces.record(new BounceEvents.NewBounce(key(message), copy, email, reading.kind(),
                reading.status(), reading.diagnostic()), now);
        if (recorded.isEmpty()) {
            return Result.ALREADY_RECORDED;
        }
        if (copy != null) {
            suppressIfDue(copy, reading, recorded.get(), now);
        }
        return Result.RECORDED;
    }

    /** Stops the newsletter for the copy a compact unsubscribe address names, or for the token an address carries. */
    private Result unsubscribe(String address, String token) {
        OptionalLong sendId = returnPaths.unsubscribeSendOf(address);
        String signed = sendId.isPresent()
                ? bounces.copy(sendId.getAsLong()).map(copy -> links.token(copy.issueId(), copy.email())).orElse(null)
                : token;
        return signed != null && unsubscriptions.stopNewsletter(signed, Unsubscriptions.Channel.MAILTO).isPresent()
                ? Result.UNSUBSCRIBED : Result.IGNORED;
    }

    private void suppressIfDue(BounceEvents.Copy copy, BounceParser.Reading reading, long bounceId, Instant now) {
        String detail = (reading.status() == null ? "" : reading.status() + " ")
                + (reading.diagnostic() == null ? "" : reading.diagnostic());
        switch (reading.kind()) {
            case HARD -> suppressions.suppress(copy.email(), Suppressions.Reason.HARD_BOUNCE, detail, now, bounceId);
            case COMPLAINT -> suppressions.suppress(copy.email(), Suppressions.Reason.COMPLAINT, detail, now, bounceId);
            case SOFT -> {
                if (bounces.softBouncedIssues(copy.email(), now.minus(settings.softWindow())) >= settings.softLimit()) {
                    suppressions.suppress(copy.email(), Suppressions.Reason.SOFT_BOUNCES, detail, now, bounceId);
                }
            }
            default -> {
                // not understood: counted, nothing done
            }
        }
    }

    /** The copy named by a signed return path among the addresses, else by the quoted Message-ID. */
    private Optional<BounceEvents.Copy> copyOf(BounceParser.Reading reading) {
        for (String address : reading.addressedTo()) {
            OptionalLong sendId = returnPaths.sendOf(address);
            if (sendId.isPresent()) {
                Optional<BounceEvents.Copy> copy = bounces.copy(sendId.getAsLong());
                if (copy.isPresent()) {
                    return copy;
                }
            }
        }
        String quoted = reading.originalMessageId();
        if (quoted == null) {
            return Optional.empty();
        }
        Matcher ours = OUR_MESSAGE_ID.matcher(quoted.strip());
        if (!ours.matches()) {
            return Optional.empty();
        }
        String messageId = quoted.strip();
        return bounces.copy(Long.parseLong(ours.group(1)))
                .filter(copy -> copy.messageId().equals(messageId) || copy.messageId().equals("<" + messageId + ">"));
    }

    /** The message's Message-ID, or a digest of its bytes when it has none. */
    private static String key(MimeMessage message) throws MessagingException, IOException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            message.writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
