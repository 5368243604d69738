package io.liveline.enrich.kb;

import java.util.List;

/**
 * The body of {@code PUT /v1/kb/entities/{id}}, as sent: {@code type} stays a string here so an
 * unknown one is answered as a field error, not a parse failure.
 */
public record KbEntityRequest(String type, String name, List<String> aliases, String wikidata, String country,
        List<String> flags) {
}
