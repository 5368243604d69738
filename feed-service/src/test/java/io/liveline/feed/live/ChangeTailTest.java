package io.liveline.feed.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.feed.config.FeedConfig;
import io.liveline.feed.repository.ChangeLog;
import io.liveline.feed.repository.StoredChange;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tail's reads under pokes from other threads: pokes during a read become exactly one more
 * read, never a second read at the same time and never none (the change a poke announces would
 * wait for the next tick).
 */
class ChangeTailTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    /** A change log whose reads of changes the test answers. */
    private final class ScriptedChanges extends ChangeLog {
        final List<CompletableFuture<List<StoredChange>>> reads = new CopyOnWriteArrayList<>();

        ScriptedChanges() {
            super(null, null);
        }

        @Override
        public Uni<List<StoredChange>> after(String liveblogId, long seq, int limit) {
            CompletableFuture<List<StoredChange>> read = new CompletableFuture<>();
            reads.add(read);
            return Uni.createFrom().completionStage(read);
        }
    }

    private final ScriptedChanges changes = new ScriptedChanges();

    /** No tick during a test (an hour apart) and no wait between reads. */
    private ChangeTail tail() {
        Map<String, Object> settings = Map.of("tailInterval", Duration.ofHours(1), "tailMinInterval", Duration.ZERO, "replayBatch", 500);
        FeedConfig config = (FeedConfig) Proxy.newProxyInstance(FeedConfig.class.getClassLoader(), new Class<?>[] {FeedConfig.class},
                (proxy, method, args) -> settings.get(method.getName()));
        ChangeTail tail = new ChangeTail(changes, new UpdateBroadcaster(), config, vertx);
        tail.startAfter(0);
        return tail;
    }

    @Test
    void pokesDuringAReadBecomeExactlyOneMoreRead() {
        ChangeTail tail = tail();
        tail.poke();
        assertThat(changes.reads).hasSize(1);
        for (int i = 0; i < 5; i++) {
            tail.poke();
        }
        assertThat(changes.reads).hasSize(1);

        changes.reads.get(0).complete(List.of());
        await().atMost(Duration.ofSeconds(5)).until(() -> changes.reads.size() == 2);
        changes.reads.get(1).complete(List.of());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> changes.reads.size() == 2);

        tail.poke();
        assertThat(changes.reads).hasSize(3);
    }
}
