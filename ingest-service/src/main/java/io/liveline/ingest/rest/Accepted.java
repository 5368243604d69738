package io.liveline.ingest.rest;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The answer to an accepted write: it names where the feed will show the result. */
public interface Accepted {

    String location();

    /** 202 with the answer, its location also in the {@code Location} header. */
    static <T extends Accepted> RestResponse<T> response(T answer) {
        return RestResponse.ResponseBuilder.accepted(answer).location(URI.create(answer.location())).build();
    }
}
