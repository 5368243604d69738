package io.liveline.systemtests;

import io.liveline.devstack.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asks every running service {@code /q/health/live} twice a second, as a kubelet would, and keeps
 * every answer that is not 200: each one would have been a restart. A service that is down (killed
 * on purpose) does not answer at all, which is not counted.
 */
final class LivenessWatch implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Supplier<List<ServiceProcess>> services;
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    LivenessWatch(Supplier<List<ServiceProcess>> services) {
        this.services = services;
        probes.scheduleWithFixedDelay(this::probe, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        for (ServiceProcess service : services.get()) {
            try {
                // A kubelet gives up on a probe after 1 s; 5 s allows for this shared test machine.
                HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/live"))
                        .timeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    failures.add(Instant.now() + " " + service.url() + " " + answer.statusCode() + " " + answer.body());
                }
            } catch (java.net.http.HttpTimeoutException e) {
                failures.add(Instant.now() + " " + service.url() + " did not answer in 10 s");
            } catch (IOException e) {
                // not running: killed on purpose, or still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        probes.shutdownNow();
        probes.awaitTermination(10, TimeUnit.SECONDS);
    }
}
