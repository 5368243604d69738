package io.liveline.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link NeedsTools} class only where its tools are there; where one is missing, prints one
 * line naming it and how to install it and skips the class, or, when the build asks for every tool
 * ({@value #REQUIRE}), fails it, so CI cannot pass by skipping.
 */
public final class ToolCondition implements ExecutionCondition {

    /** The system property that turns a missing tool from a skip into a failure. */
    public static final String REQUIRE = "liveline.require-tools";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        List<Tool> missing = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, NeedsTools.class))
                .map(needs -> Arrays.stream(needs.value()).filter(tool -> !tool.present()).toList())
                .orElse(List.of());
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("its tools are there");
        }
        String line = context.getDisplayName() + " needs " + missing.stream().map(Tool::description).collect(Collectors.joining(" and "))
                + ", not found: " + missing.stream().map(Tool::install).distinct().collect(Collectors.joining("; "));
        if (Boolean.getBoolean(REQUIRE)) {
            throw new IllegalStateException(line + " (" + REQUIRE + "=true makes it mandatory)");
        }
        System.out.println("[liveline] SKIPPED " + line);
        return ConditionEvaluationResult.disabled(line);
    }
}
