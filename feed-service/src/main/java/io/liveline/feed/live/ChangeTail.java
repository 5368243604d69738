package io.liveline.feed.live;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.ChangeLog;
import io.liveline.feed.repository.StoredChange;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * This replica's live tail: reads the committed changes after the last one it published, in id
 * order, and hands them to the broadcaster. Because ids commit in order (V2 migration), reading
 * {@code seq > last} never skips one, whichever replica wrote it; every replica therefore
 * publishes the same events with the same ids, and a client may resume on any of them.
 */
@ApplicationScoped
public class ChangeTail {

    private static final Logger LOG = Logger.getLogger(ChangeTail.class);

    private final ChangeLog changes;
    private final UpdateBroadcaster broadcaster;
    private final FeedConfig config;
    private final Vertx vertx;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean again;
    private volatile long last = -1;
    private volatile long lastReadNanos = System.nanoTime();
    /** Until when reads go on at the shortest interval even when nothing new is found (see expect). */
    private volatile long expectUntilNanos = System.nanoTime();
    private long timer;

    ChangeTail(ChangeLog changes, UpdateBroadcaster broadcaster, FeedConfig config, Vertx vertx) {
        this.changes = changes;
        this.broadcaster = broadcaster;
        this.config = config;
        this.vertx = vertx;
    }

    /*
     * Blocking on purpose: the tail must know where it stands before the first subscriber joins,
     * and a database that cannot be reached fails the start rather than the first request.
     */
    void onStart(@Observes StartupEvent event) throws Throwable {
        startAfter(VertxContextSupport.subscribeAndAwait(changes::lastSeq));
    }

    /** Publishes the changes after {@code seq} from now on. */
    void startAfter(long seq) {
        last = seq;
        // The safety net for a change this replica heard of late or not at all (it normally pokes itself).
        timer = vertx.setPeriodic(config.tailInterval().toMillis(), id -> poke());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** The id of the last change published; subscribers joining now receive every later one live. */
    long last() {
        return last;
    }

    /** Something may have been committed: read it. Pokes during a read are coalesced into one more read. */
    public void poke() {
        again = true;
        if (last >= 0 && reading.compareAndSet(false, true)) {
            readSoon();
        }
    }

    /**
     * A change is on its way (the fan-out heard of its record) and may be committed by another
     * replica any moment: read now, and keep reading at the shortest interval for one
     * {@code tail-interval}, so the change goes out once committed rather than at the next tick.
     */
    public void expect() {
        expectUntilNanos = System.nanoTime() + config.tailInterval().toNanos();
        poke();
    }

    /**
     * Reads now, or once {@code tail-min-interval} has passed since the last read began: when
     * changes come faster than that, those committed meanwhile go out in one batch, one write per
     * subscriber instead of one per change; slower ones are read at once.
     */
    private void readSoon() {
        long waitMillis = TimeUnit.NANOSECONDS.toMillis(lastReadNanos + config.tailMinInterval().toNanos() - System.nanoTime());
        if (waitMillis > 0) {
            vertx.setTimer(waitMillis, id -> read());
        } else {
            read();
        }
    }

    private void read() {
        again = false;
        lastReadNanos = System.nanoTime();
        changes.after(null, last, config.replayBatch())
                .subscribe().with(this::publish, failure -> {
                    LOG.warnf(failure, "Reading the change log after %d failed; the next poke retries", last);
                    reading.set(false);
                });
    }

    /*
     * The next read waits until this one's changes are written to every subscriber: while the
     * event loops are busy (thousands of subscribers, a busy machine), the changes committed
     * meanwhile then go out as one batch, one write per subscriber, instead of queueing up behind
     * each other as one write per subscriber each.
     */
    private void publish(List<StoredChange> rows) {
        boolean full = rows.size() == config.replayBatch();
        if (rows.isEmpty()) {
            readAgainOrRest(false);
            return;
        }
        // The position moves first: a stream joining meanwhile either starts after these changes
        // or is already registered to receive them (FeedStreams.follow reads it after joining).
        last = rows.get(rows.size() - 1).seq();
        List<FeedEvent> events = FeedEvent.fromRows(rows);
        if (events.isEmpty()) {
            readAgainOrRest(full);
            return;
        }
        try {
            broadcaster.publish(events, () -> readAgainOrRest(full));
        } catch (RuntimeException e) {
            // A tail that stopped here would stop every stream of this replica for good.
            LOG.errorf(e, "Publishing changes %d to %d failed; the tail goes on after them", events.get(0).seq(), last);
            readAgainOrRest(full);
        }
    }

    private void readAgainOrRest(boolean full) {
        if (full) {
            // More are waiting already: no reason to wait for them.
            read();
            return;
        }
        if (again || System.nanoTime() - expectUntilNanos < 0) {
            readSoon();
            return;
        }
        reading.set(false);
        // A poke that arrived between the check above and the reset must not be lost.
        if (again && reading.compareAndSet(false, true)) {
            readSoon();
        }
    }
}
