package io.liveline.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} values: each hop keeps the trace id and gets a span id of
 * its own, so one update can be followed from the newsroom's request to the app's screen.
 */
public final class TraceParent {

    private static final Pattern VALID = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TraceParent() {
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** A sampled traceparent that starts a new trace. */
    public static String newRoot() {
        return "00-" + random(16) + "-" + random(8) + "-01";
    }

    /** The traceparent of a next hop in the same trace; a new root when {@code parent} is not valid. */
    public static String childOf(String parent) {
        if (!isValid(parent)) {
            return newRoot();
        }
        return parent.substring(0, 36) + random(8) + parent.substring(52);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HEX.formatHex(value);
    }
}
