package io.liveline.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.liveline.events.Problem.FieldError;
import java.util.List;

/** The answer to an NDJSON batch: how many lines were published, and what happened to each. */
public record BatchResult(int accepted, int rejected, List<Line> lines) {

    /**
     * One line's outcome: {@code status} 202 with the update (published), 400 with the fields at
     * fault, or 503 when the broker did not acknowledge it (retry that line).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, int status, AcceptedUpdate update, String detail, List<FieldError> errors) {
    }

    public static BatchResult of(List<Line> lines) {
        int accepted = (int) lines.stream().filter(line -> line.status() == 202).count();
        return new BatchResult(accepted, lines.size() - accepted, lines);
    }
}
