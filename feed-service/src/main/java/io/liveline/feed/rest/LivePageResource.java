package io.liveline.feed.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The demo live page of a live blog: one plain HTML file with an {@code EventSource}, the same
 * for every live blog (the script reads the id from the path), so no build toolchain is needed.
 */
@Path("/liveblogs/{liveblogId}")
public class LivePageResource {

    private final byte[] page = read("live/live-page.html");

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A live page following the live blog in the browser")
    public byte[] page(@PathParam("liveblogId") String liveblogId) {
        QueryParameters.liveblogId(liveblogId);
        return page;
    }

    private static byte[] read(String resource) {
        try (InputStream in = LivePageResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
