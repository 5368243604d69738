package io.liveline.bench.sse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Publishes to an nchan channel over its HTTP publisher endpoint, with the same JSON feed-service would send. */
final class NchanPublisher implements EventPublisher {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI channel;

    NchanPublisher(String publishUrl) {
        this.channel = URI.create(publishUrl);
    }

    @Override
    public void publish(int n, long sentNanos) {
        String json = "{\"liveblogId\":\"bench-live\",\"id\":\"b" + n + "\",\"version\":" + n + ",\"kind\":\"post\","
                + "\"pinned\":false,\"headline\":\"t=" + sentNanos + "\",\"body\":\"" + EventPublisher.body(n) + "\","
                + "\"authors\":[{\"name\":\"Bench Desk\"}],\"tags\":{}}";
        http.sendAsync(HttpRequest.newBuilder(channel).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
        // the JDK client needs no closing on Java 17
    }
}
