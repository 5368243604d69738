package io.liveline.enrich.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.liveline.events.Problem.FieldError;
import java.util.List;

/** The answer to an import: how many items were stored, and what happened to each line. */
public record ImportResult(int imported, int rejected, List<Line> lines) {

    /**
     * One line's outcome: {@code status} 200 with the entity's {@code id} (stored; {@code dropped}
     * lists aliases left out because other entities own them), 400 with the fields at fault, 409
     * when another entity owns the name, or 503 when the broker did not take it (send it again).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Line(int line, int status, String id, List<String> dropped, String detail, List<FieldError> errors) {
    }

    static ImportResult of(List<Line> lines) {
        int imported = (int) lines.stream().filter(line -> line.status() == 200).count();
        return new ImportResult(imported, lines.size() - imported, lines);
    }
}
