package io.liveline.bench.reader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times GET requests to the feed one at a time over one keep-alive connection: median and worst of a fixed number. */
final class ReaderRequests {

    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final int WARM_UP = 2;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final int repeats;

    ReaderRequests(String base, int repeats) {
        this.base = base;
        this.repeats = repeats;
    }

    /** A table row: the request's median and worst time over {@code repeats} tries, rotating through {@code paths}. */
    String measure(String name, List<String> paths) throws Exception {
        double[] millis = new double[repeats];
        int status = 200;
        int items = -1;
        for (int i = -WARM_UP; i < repeats; i++) {
            String path = paths.get(Math.floorMod(i, paths.size()));
            long start = System.nanoTime();
            HttpResponse<String> response = get(path);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                status = response.statusCode();
                break;
            }
            if (i >= 0) {
                millis[i] = elapsed;
                items = Math.max(items, count(response.body()));
            }
        }
        if (status != 200) {
            return "| " + name + " | n/a | n/a | " + status + " |";
        }
        Arrays.sort(millis);
        return String.format("| %s | %.1f | %.1f | 200, up to %d items |", name, millis[repeats / 2], millis[repeats - 1], items);
    }

    /** Sends each of {@code paths} a few times, untimed. */
    void warm(List<String> paths) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (String path : paths) {
                get(path);
            }
        }
    }

    /** Follows {@code depth} cursors from {@code first} (untimed), then measures the page they lead to. */
    String deep(String name, String first, int depth) throws Exception {
        String path = first;
        for (int page = 0; page < depth; page++) {
            HttpResponse<String> response = get(path);
            Matcher next = NEXT.matcher(response.body());
            if (response.statusCode() != 200 || !next.find()) {
                return "| " + name + " | n/a | n/a | " + response.statusCode() + (response.statusCode() == 200 ? ", no cursor" : "") + " |";
            }
            path = first + "&before=" + next.group(1);
        }
        return measure(name, List.of(path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Items in a page: updates, or live blogs in either list shape. */
    private static int count(String body) {
        int items = 0;
        for (int at = body.indexOf("\"liveblogId\""); at >= 0; at = body.indexOf("\"liveblogId\"", at + 1)) {
            items++;
        }
        return items;
    }
}
