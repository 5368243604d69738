package io.liveline.feed.service;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.LiveUpdateEntity;
import io.liveline.feed.repository.LiveUpdateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
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
 * publishes the same events with the same ids, and a client may resume on any of them. A change
 * this replica commits itself whose id is the next one goes out without being read back.
 */
@ApplicationScoped
public class ChangeTail {

    private static final Logger LOG = Logger.getLogger(ChangeTail.class);

    private final LiveUpdateRepository repository;
    private final UpdateBroadcaster broadcaster;
    private final FeedConfig config;
    private final Vertx vertx;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean again;
    /** Written only while holding this tail's lock, so publications keep id order. */
    private volatile long last = -1;
    /** When the last read began or the last change went out without one. */
    private volatile long lastPassNanos = System.nanoTime();
    private long timer;

    public ChangeTail(LiveUpdateRepository repository, UpdateBroadcaster broadcaster, FeedConfig config, Vertx vertx) {
        this.repository = repository;
        this.broadcaster = broadcaster;
        this.config = config;
        this.vertx = vertx;
    }

    /*
     * Blocking on purpose: the tail must know where it stands before the first subscriber joins,
     * and a database that cannot be reached fails the start rather than the first request.
     */
    void onStart(@Observes StartupEvent event) throws Throwable {
        last = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(repository::lastSeq));
        // The safety net for a change this replica heard of late or not at all (it normally pokes itself).
        timer = vertx.setPeriodic(config.tailInterval().toMillis(), id -> poke());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** The id of the last change published; subscribers joining now receive every later one live. */
    public long last() {
        return last;
    }

    /**
     * A change this replica has just committed. When its id is the next one and nothing went out
     * within {@code tail-min-interval}, it is published at once: a read would return this very row.
     * Otherwise it is read with the others, like a change committed elsewhere, so that the batching
     * of busy moments and the order of ids both hold.
     */
    public void committed(LiveUpdateEntity row) {
        synchronized (this) {
            if (row.seq <= last) {
                return;
            }
            long now = System.nanoTime();
            if (row.seq == last + 1 && now - lastPassNanos >= config.tailMinInterval().toNanos()) {
                lastPassNanos = now;
                publishNew(List.of(row));
                return;
            }
        }
        poke();
    }

    /** Something may have been committed: read it. Pokes during a read are coalesced into one more read. */
    public void poke() {
        again = true;
        if (last >= 0 && reading.compareAndSet(false, true)) {
            readSoon();
        }
    }

    /**
     * Reads now, or once {@code tail-min-interval} has passed since the last read began or change
     * went out: when
     * changes come faster than that, those committed meanwhile go out in one batch, one write per
     * subscriber instead of one per change; slower ones are read at once.
     */
    private void readSoon() {
        long waitMillis = TimeUnit.NANOSECONDS.toMillis(lastPassNanos + config.tailMinInterval().toNanos() - System.nanoTime());
        if (waitMillis > 0) {
            vertx.setTimer(waitMillis, id -> DatabaseContexts.run(vertx, this::read));
        } else {
            DatabaseContexts.run(vertx, this::read);
        }
    }

    private void read() {
        again = false;
        lastPassNanos = System.nanoTime();
        Panache.withSession(() -> repository.changesAfter(null, last, config.replayBatch()))
                .subscribe().with(this::publish, failure -> {
                    LOG.warnf(failure, "Reading the change log after %d failed; the next poke retries", last);
                    reading.set(false);
                });
    }

    private void publish(List<LiveUpdateEntity> rows) {
        publishNew(rows);
        if (rows.size() == config.replayBatch()) {
            // More are waiting already: no reason to wait for them.
            read();
            return;
        }
        if (again) {
            readSoon();
            return;
        }
        reading.set(false);
        // A poke that arrived between the check above and the reset must not be lost.
        if (again && reading.compareAndSet(false, true)) {
            readSoon();
        }
    }

    /**
     * Publishes the rows after the last one published, which are consecutive: a read may return
     * changes that went out since it began, as {@link #committed} sends them without one.
     */
    private synchronized void publishNew(List<LiveUpdateEntity> rows) {
        List<FeedEvent> events = rows.stream().filter(row -> row.seq > last).map(FeedEvent::from).toList();
        if (!events.isEmpty()) {
            // The position moves first: a stream joining meanwhile either starts after these changes
            // or is already registered to receive them (FeedStreams.follow reads it after joining).
            last = events.get(events.size() - 1).seq();
            broadcaster.publish(events);
        }
    }
}
