package io.liveline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of an SSE response over HTTP/1.1, for tests: every chunk must be a hex length
 * line, exactly that many bytes, then CRLF; anything else fails the test. What the chunks carry is
 * kept as text, with the event ids and heartbeats seen.
 */
final class ChunkedSseBody {

    static final String HEARTBEAT = ":heartbeat\n\n";
    private static final Pattern EVENT_ID = Pattern.compile("^id: (\\d+)$", Pattern.MULTILINE);

    private final InputStream in;
    private final String head;
    private final StringBuilder text = new StringBuilder();
    private final List<Long> ids = new ArrayList<>();
    private int heartbeats;

    /** Reads the status line and headers. */
    ChunkedSseBody(InputStream in) throws IOException {
        this.in = in;
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = line()).isEmpty()) {
            head.append(line).append('\n');
        }
        this.head = head.toString();
    }

    /** Reads chunks until {@code done} holds (the socket's timeout bounds the wait). */
    void readUntil(BooleanSupplier done) throws IOException {
        while (!done.getAsBoolean()) {
            String size = line();
            assertThat(size).as("chunk length line").matches("[0-9a-fA-F]+");
            int length = Integer.parseInt(size, 16);
            assertThat(length).as("no last chunk while the stream is open").isPositive();
            byte[] chunk = in.readNBytes(length);
            assertThat(chunk).hasSize(length);
            assertThat(line()).as("CRLF after a chunk's bytes").isEmpty();
            String content = new String(chunk, StandardCharsets.UTF_8);
            text.append(content);
            if (content.equals(HEARTBEAT)) {
                heartbeats++;
            }
            Matcher id = EVENT_ID.matcher(content);
            while (id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
        }
    }

    /** One CRLF-terminated line, without its CRLF; a bare LF or an early end fails. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\r') {
            assertThat(b).as("line before CRLF").isNotIn(-1, (int) '\n');
            line.write(b);
        }
        assertThat(in.read()).as("LF after CR").isEqualTo('\n');
        return line.toString(StandardCharsets.US_ASCII);
    }

    String head() {
        return head;
    }

    String text() {
        return text.toString();
    }

    List<Long> eventIds() {
        return ids;
    }

    int heartbeats() {
        return heartbeats;
    }
}
