package io.liveline.enrich.rest;

import io.liveline.enrich.kb.EntityValidator;
import io.liveline.enrich.kb.ImportResult;
import io.liveline.enrich.kb.InvalidEntityException;
import io.liveline.enrich.kb.KbEntityRequest;
import io.liveline.enrich.kb.KbImporter;
import io.liveline.enrich.kb.KbWriter;
import io.liveline.enrich.kb.KnowledgeFollower;
import io.liveline.enrich.kb.KnowledgeSnapshot;
import io.liveline.enrich.kb.Suggestions;
import io.liveline.enrich.security.EditorKeys;
import io.liveline.enrich.tagger.Normaliser;
import io.liveline.events.EventJson;
import io.liveline.events.Identifiers;
import io.liveline.events.KbEntity;
import io.liveline.events.Problem.FieldError;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The editor API of the knowledge base: read and search entities, add, change, import and retire
 * them, and see the names it lacks.
 */
// One root for the entity paths and entities:import, which a root of /v1/kb/entities would not route.
@Path("/v1/kb")
@Produces(MediaType.APPLICATION_JSON)
public class KbEntityResource {

    private static final int SEARCH_LIMIT = 50;

    private final KnowledgeFollower knowledge;
    private final KbWriter writer;
    private final EditorKeys editors;
    private final KbImporter importer;
    private final Suggestions suggestions;

    public KbEntityResource(KnowledgeFollower knowledge, KbWriter writer, EditorKeys editors, KbImporter importer,
            Suggestions suggestions) {
        this.suggestions = suggestions;
        this.importer = importer;
        this.knowledge = knowledge;
        this.writer = writer;
        this.editors = editors;
    }

    @GET
    @Path("/entities/{id}")
    @Blocking
    @Operation(summary = "An entity of the knowledge base")
    public KbEntity get(@PathParam("id") String id) {
        KbEntity entity = knowledge.current().entities().get(id);
        if (entity == null) {
            throw new NotFoundException("no entity " + id + " in the knowledge base");
        }
        return entity;
    }

    @GET
    @Path("/entities")
    @Blocking
    @Operation(summary = "Entities whose name or an alias starts with q, of one type if given")
    public EntityPage search(@QueryParam("q") String q, @QueryParam("type") String type) {
        KbEntity.Type wanted = type == null || type.isEmpty() ? null : KbEntity.Type.fromWire(type);
        if (wanted == null && type != null && !type.isEmpty()) {
            throw new InvalidEntityException(List.of(new FieldError("type", "must be one of person, organisation, place")));
        }
        String key = q == null ? "" : Normaliser.phraseKey(q);
        List<KbEntity> found = knowledge.current().entities().values().stream()
                .filter(e -> wanted == null || e.type() == wanted)
                .filter(e -> key.isEmpty() || matches(e, key))
                .limit(SEARCH_LIMIT).toList();
        return new EntityPage(found);
    }

    @PUT
    @Path("/entities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Add or replace an entity", description = "Answers once the change is on liveline.kb and this replica tags with it.")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            byte[] content, @jakarta.ws.rs.core.Context UriInfo uri) throws TimeoutException {
        editors.admit(authorization);
        KnowledgeSnapshot kb = knowledge.current();
        KbEntity entity = EntityValidator.validate(id, read(content), kb);
        boolean created = !kb.entities().containsKey(id);
        KbEntity stored = writer.put(entity).entities().get(id);
        return created
                ? Response.created(uri.getAbsolutePath()).entity(stored).build()
                : Response.ok(stored).build();
    }

    @GET
    @Path("/suggestions")
    @Operation(summary = "Names the tagger found but the knowledge base lacks",
            description = "Per live blog and day (UTC), most frequent first, each with an example sentence.")
    public SuggestionPage suggestions(@QueryParam("liveblogId") String liveblogId, @QueryParam("since") String since) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (liveblogId != null && !Identifiers.isLiveblogId(liveblogId)) {
            errors.add(new FieldError("liveblogId", "must be a live blog id: a lower-case slug of letters, digits and '-'"));
        }
        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(6);
        if (since != null) {
            try {
                from = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("since", "must be a day as YYYY-MM-DD"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntityException(errors);
        }
        return new SuggestionPage(suggestions.since(liveblogId, from));
    }

    @POST
    @Path("/entities:import")
    @Consumes({"application/x-ndjson", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Blocking
    @Operation(summary = "Import Wikidata items", description = "NDJSON, one item per line in Wikidata's entity JSON; a result per line.")
    public ImportResult importItems(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] content)
            throws TimeoutException {
        editors.admit(authorization);
        return importer.importNdjson(content == null ? new byte[0] : content);
    }

    @DELETE
    @Path("/entities/{id}")
    @Blocking
    @Operation(summary = "Retire an entity", description = "Its names no longer tag updates, on every replica within seconds.")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
            throws TimeoutException {
        editors.admit(authorization);
        get(id);
        writer.retire(id);
        return Response.noContent().build();
    }

    private static boolean matches(KbEntity e, String key) {
        return Normaliser.phraseKey(e.name()).startsWith(key)
                || e.aliases().stream().anyMatch(a -> Normaliser.phraseKey(a).startsWith(key));
    }

    /** Read here, not by the framework, so malformed JSON is answered like any other invalid field. */
    private static KbEntityRequest read(byte[] content) {
        try {
            return content == null || content.length == 0 ? null : EventJson.mapper().readValue(content, KbEntityRequest.class);
        } catch (IOException e) {
            throw new InvalidEntityException(List.of(new FieldError("",
                    "the body must be a JSON object: type, name, and optionally aliases, wikidata, country, flags")));
        }
    }

    /** The suggestions of a live blog or of all, most frequent first. */
    public record SuggestionPage(List<Suggestions.Suggestion> suggestions) {
    }

    /** A page of search results. */
    public record EntityPage(List<KbEntity> entities) {
    }
}
