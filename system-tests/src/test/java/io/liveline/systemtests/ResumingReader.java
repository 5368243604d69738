package io.liveline.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.SseClient;
import io.liveline.events.EventJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An app following {@code /v1/events} as a browser's EventSource does: when the stream ends (its
 * replica killed or restarted) it connects again, to wherever the feed now is, with the id of
 * the last event it holds.
 */
final class ResumingReader implements AutoCloseable {

    /** One change as the app saw it. */
    record Seen(long eventId, String name, String update, long version) {
    }

    private final Supplier<String> feedUrl;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
    private final List<SseClient.Event> earlier = new ArrayList<>();
    private SseClient current;
    private int reconnects;

    ResumingReader(Supplier<String> feedUrl) {
        this.feedUrl = feedUrl;
        current = SseClient.connect(feedUrl.get() + "/v1/events", null);
        watcher.scheduleWithFixedDelay(this::resumeIfEnded, 500, 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void resumeIfEnded() {
        if (!current.ended()) {
            return;
        }
        earlier.addAll(current.events());
        String last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).id();
        current = SseClient.connect(feedUrl.get() + "/v1/events", last);
        reconnects++;
    }

    synchronized int reconnects() {
        return reconnects;
    }

    /** Every update and retraction event seen so far, in order. */
    synchronized List<Seen> seen() {
        List<SseClient.Event> all = new ArrayList<>(earlier);
        all.addAll(current.events());
        List<Seen> seen = new ArrayList<>();
        for (SseClient.Event event : all) {
            JsonNode data = json(event.data());
            seen.add(new Seen(Long.parseLong(event.id()), event.name(),
                    data.path("liveblogId").asText() + "/" + data.path("id").asText(), data.path("version").asLong()));
        }
        return seen;
    }

    @Override
    public synchronized void close() throws InterruptedException {
        watcher.shutdownNow();
        watcher.awaitTermination(10, TimeUnit.SECONDS);
        current.close();
    }

    private static JsonNode json(String text) {
        try {
            return EventJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
