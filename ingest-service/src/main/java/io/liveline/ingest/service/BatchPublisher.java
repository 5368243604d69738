package io.liveline.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.ingest.BrokerUnavailableException;
import io.liveline.ingest.InvalidUpdateException;
import io.liveline.ingest.config.IngestConfig;
import io.liveline.ingest.mapping.UpdateRequest;
import io.liveline.ingest.mapping.UpdateRequestReader;
import io.liveline.ingest.rest.AcceptedUpdate;
import io.liveline.ingest.rest.BatchResult;
import io.smallrye.mutiny.Uni;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Backfills and agency bridges: many updates in one NDJSON request, each line judged on its own.
 * Valid lines are published in line order (so in order on the live blog's partition); invalid
 * lines are reported and never published.
 */
@ApplicationScoped
public class BatchPublisher {

    private final UpdateRequestReader reader;
    private final UpdateService updates;
    private final IngestConfig config;
    private final Counter rejectedLines;

    public BatchPublisher(UpdateRequestReader reader, UpdateService updates, IngestConfig config, MeterRegistry registry) {
        this.reader = reader;
        this.updates = updates;
        this.config = config;
        this.rejectedLines = registry.counter("liveline.ingest.updates.rejected", "reason", "invalid-update");
    }

    /**
     * The lines of an NDJSON body, checked for size before anything is published.
     *
     * @throws InvalidUpdateException when the batch is empty or over the limit
     */
    public List<String> lines(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidUpdateException("", "the batch is empty: send one JSON object per line");
        }
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
        long items = lines.stream().filter(line -> !line.isBlank()).count();
        if (items > config.batchMaxItems()) {
            throw new InvalidUpdateException("", "a batch carries at most " + config.batchMaxItems() + " updates, this one " + items);
        }
        return lines;
    }

    /** Publishes every valid line, in order; the result says what became of each. */
    public Uni<BatchResult> publish(String liveblogId, List<String> lines, String traceparent) {
        List<Uni<BatchResult.Line>> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                results.add(line(liveblogId, i + 1, lines.get(i), traceparent));
            }
        }
        return Uni.join().all(results).andFailFast().map(BatchResult::of);
    }

    /** Validates and publishes one line; its failure is its own result, never the batch's. */
    private Uni<BatchResult.Line> line(String liveblogId, int number, String line, String traceparent) {
        UpdateRequest request;
        try {
            JsonNode root = UpdateRequestReader.parse(line.getBytes(StandardCharsets.UTF_8));
            request = reader.read(root);
        } catch (InvalidUpdateException e) {
            rejectedLines.increment();
            return Uni.createFrom().item(new BatchResult.Line(number, 400, null, "not published", e.errors()));
        }
        return updates.publish(liveblogId, null, request, traceparent)
                .map(update -> new BatchResult.Line(number, 202, AcceptedUpdate.of(update, config.feedUrl()), null, null))
                .onFailure(BrokerUnavailableException.class).recoverWithItem(e ->
                        new BatchResult.Line(number, 503, null, "the broker did not acknowledge this line; retry it", null));
    }
}
