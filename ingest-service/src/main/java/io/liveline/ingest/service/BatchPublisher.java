package io.liveline.ingest.service;

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
     * The lines of an NDJSON body, checked for size before anything is published. Lines stay
     * bytes until each is parsed: decoding the whole body to text and each line back to bytes cost
     * two copies per update, and replaced invalid UTF-8 silently where the parser refuses it.
     *
     * @throws InvalidUpdateException when the batch has no update (blank lines only) or is over the limit
     */
    public Batch lines(byte[] body) {
        List<Batch.Line> lines = new ArrayList<>();
        int length = body == null ? 0 : body.length;
        int number = 0;
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && body[end] != '\n') {
                end++;
            }
            number++;
            if (!blank(body, start, end)) {
                lines.add(new Batch.Line(number, start, end));
            }
            start = end + 1;
        }
        if (lines.isEmpty()) {
            throw new InvalidUpdateException("", "the batch is empty: send one JSON object per line");
        }
        if (lines.size() > config.batchMaxItems()) {
            throw new InvalidUpdateException("", "a batch carries at most " + config.batchMaxItems() + " updates, this one " + lines.size());
        }
        return new Batch(body, lines);
    }

    /** Publishes every valid line, in order; the result says what became of each. */
    public Uni<BatchResult> publish(String liveblogId, Batch batch, String traceparent) {
        List<Uni<BatchResult.Line>> results = new ArrayList<>();
        for (Batch.Line line : batch.lines()) {
            results.add(line(liveblogId, batch.body(), line, traceparent));
        }
        return Uni.join().all(results).andFailFast().map(BatchResult::of);
    }

    /** An NDJSON body and its lines that hold something (blank ones are skipped but counted). */
    public record Batch(byte[] body, List<Line> lines) {

        /** Line {@code number} (from 1) is {@code body[from, to)}. */
        record Line(int number, int from, int to) {
        }
    }

    /** Only JSON's whitespace; a carriage return is the end of a CRLF line. */
    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Validates and publishes one line; its failure is its own result, never the batch's. */
    private Uni<BatchResult.Line> line(String liveblogId, byte[] body, Batch.Line line, String traceparent) {
        int number = line.number();
        UpdateRequest request;
        try {
            request = reader.read(UpdateRequestReader.parse(body, line.from(), line.to() - line.from()));
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
