package io.liveline.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void answersAreBoundedInBytesOldestFirst() {
        // Room for about ten answers of 10 KB: far fewer than the count limit.
        IdempotencyStore store = new IdempotencyStore(Duration.ofHours(1), 100_000, 100_000, registry);
        AtomicInteger runs = new AtomicInteger();
        String answer = "a".repeat(10_000);
        for (int i = 0; i < 50; i++) {
            store.once("scope", "key-" + i, new byte[] {(byte) i}, () -> Uni.createFrom().item(answer + runs.incrementAndGet()))
                    .await().indefinitely();
        }
        assertThat(registry.get("liveline.ingest.idempotency.bytes").gauge().value()).isLessThanOrEqualTo(100_000);
        assertThat(registry.get("liveline.ingest.idempotency.entries").gauge().value()).isBetween(5.0, 10.0);
        assertThat(registry.get("liveline.ingest.idempotency.evicted").counter().count()).isGreaterThanOrEqualTo(40);

        // The newest is still answered from memory; the oldest was forgotten and runs again.
        assertThat(store.once("scope", "key-49", new byte[] {49}, () -> Uni.createFrom().item("again")).await().indefinitely())
                .isEqualTo(answer + 50);
        assertThat(store.once("scope", "key-0", new byte[] {0}, () -> Uni.createFrom().item("again")).await().indefinitely())
                .isEqualTo("again");
    }

    @Test
    void anAnsweredEntryKeepsTheAnswerNotTheWork() {
        IdempotencyStore store = new IdempotencyStore(Duration.ofHours(1), 100_000, 10_000_000, registry);
        byte[] request = new byte[4 * 1024 * 1024];
        WeakReference<byte[]> body = new WeakReference<>(request);
        // The work captures the request body, as a batch's does.
        String answer = store.once("scope", "big", request, workOn(request)).await().indefinitely();
        assertThat(answer).isEqualTo("4194304 bytes published");
        request = null;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return body.get() == null;
        });
        assertThat(store.once("scope", "big", new byte[4 * 1024 * 1024], () -> Uni.createFrom().item("ran twice"))
                .await().indefinitely()).isEqualTo("4194304 bytes published");
    }

    private static java.util.function.Supplier<Uni<String>> workOn(byte[] request) {
        return () -> Uni.createFrom().item(() -> request.length + " bytes published");
    }
}
