package io.liveline.devstack;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives programs outside the JDK: it is skipped with one line saying what to
 * install where one is missing, and fails instead under {@code -Dliveline.require-tools=true}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ToolCondition.class)
public @interface NeedsTools {

    Tool[] value();
}
