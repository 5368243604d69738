package io.liveline.devstack;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A server-sent events client for tests, reading the stream as an app would: it collects every
 * event (id, name, data) until closed, and can resume with {@code Last-Event-ID}.
 */
public final class SseClient implements AutoCloseable {

    /** One received event; {@code id} is null when the server sent none. */
    public record Event(String id, String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;
    private volatile boolean ended;

    private SseClient(HttpRequest request) {
        this.response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        this.response.thenAcceptAsync(this::read).whenComplete((done, failure) -> ended = true);
    }

    /** Connects to {@code url}; {@code lastEventId} may be null. */
    public static SseClient connect(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(request.build());
    }

    private void read(HttpResponse<Stream<String>> answer) {
        status = answer.statusCode();
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = answer.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
        } catch (UncheckedIOException e) {
            // the stream was closed by either side: the events so far stay readable
        }
    }

    /** The events received so far, in arrival order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The HTTP status, or 0 before the response has started. */
    public int status() {
        return status;
    }

    /** True once the stream is over: closed by the server, cut, or never opened. */
    public boolean ended() {
        return ended;
    }

    public String lastEventId() {
        List<Event> received = events();
        return received.isEmpty() ? null : received.get(received.size() - 1).id();
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
