package io.liveline.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} values of records, so one update can be followed from the
 * newsroom's request to the app's screen. Services read and write them with OpenTelemetry's W3C
 * propagator; only producers outside any trace (tests, benchmarks) and records that arrive without
 * one use a hand-made root.
 */
public final class TraceParent {

    private static final Pattern VALID = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private static final String HEADER = CloudEvent.TRACEPARENT;
    private static final TextMapGetter<String> SINGLE_HEADER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** A sampled traceparent that starts a new trace. */
    public static String newRoot() {
        return "00-" + random(16) + "-" + random(8) + "-01";
    }

    /**
     * The traceparent naming {@code span}, for the record that span produces; a new root when the
     * span is not valid (no tracer made it), since every record carries one.
     */
    public static String of(Span span) {
        String[] value = new String[1];
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), value, (carrier, key, header) -> {
            if (HEADER.equals(key)) {
                carrier[0] = header;
            }
        });
        return value[0] != null ? value[0] : newRoot();
    }

    /** The remote parent a traceparent names, for the span that handles its record; root when it is missing or invalid. */
    public static Context context(String traceparent) {
        if (!isValid(traceparent)) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, SINGLE_HEADER);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HEX.formatHex(value);
    }
}
