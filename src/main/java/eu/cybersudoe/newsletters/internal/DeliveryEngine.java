package eu.cybersudoe.newsletters.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers the launched issues on this node: registers the node, turns the records left
 * handed by dead nodes (this one before a crash included) into "uncertain" ones, and those they
 * only claimed back into open ones, then runs
 * {@code connections} workers, each with its own courier (one SMTP connection), and a
 * housekeeper that beats the node's heart, launches the scheduled issues whose time has come and
 * marks finished issues as sent.
 *
 * <p>A worker claims a batch, checks the batch's addresses against the suppression list, and
 * sends it in small steps at the node's rate, recording each step's results as the next step is
 * marked handed. When its issue is
 * paused or cancelled in the middle of a batch, the rest of the batch is given back unsent.
 */
@Component
public class DeliveryEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final SendRecords records;
    private final Issues issues;
    private final Nodes nodes;
    private final Renditions renditions;
    private final Couriers couriers;
    private final Suppressions suppressions;
    private final Launcher launcher;
    private final UnsubscribeLinks links;
    private final ReadingTracker tracker;
    private final NewsletterSettings settings;
    private final RelayHealth relay;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final String node = "n-" + UUID.randomUUID().toString().substring(0, 13);
    private final RateLimit rate;
    private final ClaimCursors cursors = new ClaimCursors();
    private final List<Thread> threads = new ArrayList<>();

    private volatile boolean running;
    private volatile List<Long> sending = List.of();
    private volatile long sendingCheckedAt;
    private volatile int uncertainAtStart;

    DeliveryEngine(SendRecords records, Issues issues, Nodes nodes, Renditions renditions, Couriers couriers,
                   Suppressions suppressions, Launcher launcher, UnsubscribeLinks links, ReadingTracker tracker,
                   NewsletterSettings settings, RelayHealth relay, DeliveryMetrics metrics, Clock clock) {
        this.relay = relay;
        this.metrics = metrics;
        this.records = records;
        this.issues = issues;
        this.nodes = nodes;
        this.renditions = renditions;
        this.couriers = couriers;
        this.suppressions = suppressions;
        this.launcher = launcher;
        this.links = links;
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
        this.rate = new RateLimit(settings.ratePerSecond());
    }

    /** This node's name in the send records it claims. */
    public String node() {
        return node;
    }

    /** How many records were found in flight, and made uncertain, when this node started. */
    public int uncertainAtStart() {
        return uncertainAtStart;
    }

    @Override
    public void start() {
        Instant now = clock.instant();
        nodes.register(node, now);
        uncertainAtStart = recover(now).uncertain();
        running = true;
        if (!settings.workers()) {
            return;
        }
        threads.add(Thread.ofVirtual().name("newsletter-housekeeper").start(this::housekeep));
        for (int i = 0; i < settings.connections(); i++) {
            threads.add(Thread.ofPlatform().daemon().name("newsletter-worker-" + i).start(this::work));
        }
        log.info("Newsletter delivery node {} started with {} workers at up to {} messages/s, {}", node,
                settings.connections(), settings.ratePerSecond(), couriers.smtp() ? "through the SMTP relay" : "to the outbox");
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        nodes.remove(node, clock.instant().minus(Duration.ofDays(1)));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        try (Courier courier = couriers.courier()) {
            while (running) {
                try {
                    if (workOnce(courier) == 0) {
                        pause(settings.pollInterval());
                    }
                } catch (RuntimeException e) {
                    log.error("A newsletter worker failed; it starts again", e);
                    pause(settings.pollInterval());
                }
            }
        }
    }

    private void housekeep() {
        while (running) {
            try {
                housekeepOnce();
            } catch (RuntimeException e) {
                log.error("Newsletter housekeeping failed", e);
            }
            pause(settings.pollInterval());
        }
    }

    /** Beats, launches the scheduled issues that are due, marks done issues as sent, recovers dead nodes' records. */
    public void housekeepOnce() {
        Instant now = clock.instant();
        nodes.beat(node, now, relay.current());
        for (Issue issue : issues.inState(IssueState.SCHEDULED)) {
            if (issue.scheduledAt() != null && !issue.scheduledAt().isAfter(now)) {
                launcher.launchScheduled(issue.id());
            }
        }
        recover(now);
        for (long done : issues.finishCompleted(now)) {
            renditions.forget(done);
            cursors.forget(done);
            log.info("Newsletter issue {} is sent", done);
        }
        metrics.refresh();
    }

    /** Recovers the records of the nodes that stopped (this one before a restart included). */
    private SendRecords.Recovery recover(Instant now) {
        SendRecords.Recovery recovery = records.recoverAbandoned(now.minus(settings.nodeTimeout()), now);
        metrics.counted(SendState.UNCERTAIN, recovery.uncertain());
        if (recovery.uncertain() > 0 || recovery.returned() > 0) {
            log.warn("A newsletter node stopped while sending: {} copies it had handed to the relay are uncertain (listed on "
                    + "their issue's page, to be sent again or closed by a network admin), {} it had only claimed will be sent",
                    recovery.uncertain(), recovery.returned());
        }
        return recovery;
    }

    /** Claims one batch and delivers it with the courier; returns how many records it claimed. */
    public int workOnce(Courier courier) {
        return workOnce(courier, node);
    }

    /**
     * The same, claiming in the name of {@code claimer} (this node; another one where a test plays a
     * node that is killed). The batch goes to the relay in steps of {@code step-size} copies: each step
     * records the results of the one before and marks its own copies "sending" first, so that a node
     * killed in the middle leaves at most one step uncertain per worker.
     */
    int workOnce(Courier courier, String claimer) {
        List<SendRecords.Claimed> batch = claim(claimer);
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> suppressed = new HashSet<>(records.suppressedAmong(batch.stream().map(SendRecords.Claimed::emailKey).toList()));
        Map<Long, Boolean> cancelled = new HashMap<>();
        List<SendRecords.Result> results = new ArrayList<>();
        int next = 0;
        while (next < batch.size()) {
            List<SendRecords.Claimed> step = new ArrayList<>(settings.stepSize());
            while (next < batch.size() && step.size() < settings.stepSize()) {
                SendRecords.Claimed claimed = batch.get(next++);
                SendRecords.Result unsent = unsent(claimed, suppressed, cancelled);
                if (unsent == null) {
                    step.add(claimed);
                } else {
                    results.add(unsent);
                }
            }
            if (step.isEmpty()) {
                break;
            }
            records.step(claimer, results, step.stream().map(SendRecords.Claimed::id).toList(), clock.instant());
            results = new ArrayList<>(step.size());
            for (SendRecords.Claimed claimed : step) {
                results.add(deliver(claimed, courier));
            }
        }
        records.record(claimer, results, clock.instant());
        return batch.size();
    }

    private List<SendRecords.Claimed> claim(String claimer) {
        for (long issueId : sendingIssues()) {
            Instant now = clock.instant();
            long after = cursors.after(issueId, now);
            List<SendRecords.Claimed> batch = records.claim(claimer, issueId, settings.batchSize(), now, after);
            if (batch.isEmpty() && after > 0) {
                batch = records.claim(claimer, issueId, settings.batchSize(), now, 0);
            }
            if (!batch.isEmpty()) {
                cursors.claimed(issueId, batch.getLast().id());
                return batch;
            }
        }
        return List.of();
    }

    /**
     * The result of a claimed record that is not to be sent: given back when its issue is no longer
     * being sent ({@code cancelled} remembers, for the batch, which of those issues were cancelled rather
     * than paused), suppressed when its address is; null when it is to be sent.
     */
    private SendRecords.Result unsent(SendRecords.Claimed claimed, Set<String> suppressed, Map<Long, Boolean> cancelled) {
        if (!sending(claimed.issueId())) {
            boolean gone = cancelled.computeIfAbsent(claimed.issueId(),
                    id -> issues.find(id).map(i -> i.state() == IssueState.CANCELLED).orElse(true));
            return new SendRecords.Result(claimed.id(), gone ? SendState.CANCELLED : SendState.PENDING, null, null,
                    null, claimed.attempts() - 1);
        }
        if (suppressed.contains(claimed.emailKey())) {
            metrics.counted(SendState.SUPPRESSED, 1);
            return new SendRecords.Result(claimed.id(), SendState.SUPPRESSED, null, null, null, claimed.attempts() - 1);
        }
        return null;
    }

    /** Hands one claimed record's copy to the courier, at the node's rate. */
    private SendRecords.Result deliver(SendRecords.Claimed claimed, Courier courier) {
        PreparedVariant variant = renditions.of(claimed.issueId(), claimed.language(), claimed.country(), claimed.region());
        Slots.Recipient recipient = variant.rendered().recipient(claimed.email(), claimed.firstName(),
                links.urls(claimed.issueId(), claimed.email(), claimed.language())
                        .withMailto(couriers.unsubscribeAddress(claimed.id())),
                tracker.forCopy(claimed.issueId(), claimed.id(), claimed.language(), claimed.country()));
        rate.acquire();
        Outcome outcome = courier.send(new Letter(variant, claimed.email(), recipient, couriers.messageId(claimed.id()),
                couriers.returnPath(claimed.id())));
        relay.observe(outcome);
        SendRecords.Result result = result(claimed, outcome);
        metrics.counted(result.state(), 1);
        return result;
    }

    private SendRecords.Result result(SendRecords.Claimed claimed, Outcome outcome) {
        Instant now = clock.instant();
        return switch (outcome) {
            case Outcome.Delivered delivered ->
                    new SendRecords.Result(claimed.id(), SendState.DELIVERED, delivered.messageId(), null, null, claimed.attempts());
            case Outcome.Deferred deferred -> claimed.attempts() >= settings.maxAttempts()
                    ? new SendRecords.Result(claimed.id(), SendState.FAILED, null, deferred.reply(), null, claimed.attempts())
                    : new SendRecords.Result(claimed.id(), SendState.DEFERRED, null, deferred.reply(),
                    now.plus(settings.backOff(claimed.attempts())), claimed.attempts());
            case Outcome.Failed failed -> {
                suppressions.suppress(claimed.email(), Suppressions.Reason.HARD_BOUNCE, failed.reply(), now);
                yield new SendRecords.Result(claimed.id(), SendState.FAILED, null, failed.reply(), null, claimed.attempts());
            }
            case Outcome.Uncertain uncertain ->
                    new SendRecords.Result(claimed.id(), SendState.UNCERTAIN, null, uncertain.reason(), null, claimed.attempts());
        };
    }

    /** The relay's outage seen by any delivering node, or null. */
    public RelayHealth.Outage relayOutage() {
        return nodes.outage(clock.instant().minus(settings.nodeTimeout()));
    }

    /** Whether the issue is being sent, as read at most a quarter of a second ago (pause and cancel take effect within it). */
    private boolean sending(long issueId) {
        return sendingIssues().contains(issueId);
    }

    /** The issues being sent, oldest number first, as read at most a quarter of a second ago. */
    private List<Long> sendingIssues() {
        long now = System.nanoTime();
        if (now - sendingCheckedAt > 250_000_000L) {
            sending = List.copyOf(issues.inState(IssueState.SENDING).stream().map(Issue::id).toList());
            sendingCheckedAt = now;
        }
        return sending;
    }

    /** Forgets what it knows of the issues' states, so that a change is seen at the next message. */
    void refresh() {
        sendingCheckedAt = 0;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
