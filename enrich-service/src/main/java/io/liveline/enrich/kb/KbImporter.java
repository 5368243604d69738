package io.liveline.enrich.kb;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.enrich.config.EnrichConfig;
import io.liveline.enrich.tagger.Normaliser;
import io.liveline.events.EventJson;
import io.liveline.events.KbEntity;
import io.liveline.events.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Imports NDJSON of Wikidata items into the knowledge base, each line on its own: a bad line is
 * reported and the others are stored. An alias another entity owns is left out of the imported
 * item (Wikidata shares aliases widely; refusing the item would lose its name too), while a name
 * another entity owns refuses the line, as it does for an editor.
 */
@ApplicationScoped
public class KbImporter {

    private final KnowledgeFollower knowledge;
    private final KbWriter writer;
    private final EnrichConfig.Kb config;

    public KbImporter(KnowledgeFollower knowledge, KbWriter writer, EnrichConfig config) {
        this.knowledge = knowledge;
        this.writer = writer;
        this.config = config.kb();
    }

    /** @throws InvalidEntityException for a body with no item or more lines than allowed */
    public ImportResult importNdjson(byte[] body) throws TimeoutException {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n");
        if (lines.length > config.importMaxLines()) {
            throw new InvalidEntityException(List.of(new FieldError("", "an import holds at most "
                    + config.importMaxLines() + " lines, not " + lines.length + ": split the file")));
        }
        KnowledgeSnapshot kb = knowledge.current();
        Overlay view = new Overlay(kb);
        WikidataReader reader = new WikidataReader(config.importLanguages(), kb.tagger()::countryCodeOf);
        ImportResult.Line[] results = new ImportResult.Line[lines.length];
        List<KbEntity> toWrite = new ArrayList<>();
        List<Integer> writeLines = new ArrayList<>();
        List<List<String>> dropped = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            items++;
            try {
                WikidataReader.Item item = reader.read(parse(lines[i]));
                List<String> kept = new ArrayList<>();
                List<String> left = new ArrayList<>();
                for (String alias : item.request().aliases()) {
                    String owner = view.owner(Normaliser.phraseKey(alias));
                    (owner == null || owner.equals(item.id()) ? kept : left).add(alias);
                }
                KbEntityRequest r = item.request();
                KbEntity entity = EntityValidator.validate(item.id(),
                        new KbEntityRequest(r.type(), r.name(), kept, r.wikidata(), r.country(), r.flags()), view);
                view.add(entity);
                toWrite.add(entity);
                writeLines.add(i);
                dropped.add(left);
            } catch (InvalidEntityException e) {
                results[i] = new ImportResult.Line(i + 1, 400, null, List.of(), null, e.errors());
            } catch (AliasConflictException e) {
                results[i] = new ImportResult.Line(i + 1, 409, null, List.of(), e.getMessage(), List.of(e.error()));
            }
        }
        if (items == 0) {
            throw new InvalidEntityException(List.of(new FieldError("", "the import holds no item")));
        }
        List<String> failures = writer.putAll(toWrite);
        for (int k = 0; k < toWrite.size(); k++) {
            int i = writeLines.get(k);
            results[i] = failures.get(k) == null
                    ? new ImportResult.Line(i + 1, 200, toWrite.get(k).id(), dropped.get(k), null, List.of())
                    : new ImportResult.Line(i + 1, 503, toWrite.get(k).id(), List.of(), failures.get(k), List.of());
        }
        List<ImportResult.Line> out = new ArrayList<>();
        for (ImportResult.Line line : results) {
            if (line != null) {
                out.add(line);
            }
        }
        return ImportResult.of(out);
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = EventJson.mapper().readTree(line);
            if (node == null || !node.isObject()) {
                throw new IOException("not an object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidEntityException(List.of(new FieldError("", "the line is not a JSON object (a Wikidata item)")));
        }
    }

    /** The knowledge base with the items of this import accepted so far laid over it. */
    private static final class Overlay implements KnowledgeView {
        private final KnowledgeView base;
        private final Map<String, KbEntity> entities = new HashMap<>();
        private final Map<String, String> owners = new HashMap<>();

        Overlay(KnowledgeView base) {
            this.base = base;
        }

        void add(KbEntity e) {
            entities.put(e.id(), e);
            owners.putIfAbsent(Normaliser.phraseKey(e.name()), e.id());
            e.aliases().forEach(a -> owners.putIfAbsent(Normaliser.phraseKey(a), e.id()));
        }

        @Override
        public KbEntity entity(String id) {
            KbEntity e = entities.get(id);
            return e != null ? e : base.entity(id);
        }

        @Override
        public String owner(String phraseKey) {
            String id = owners.get(phraseKey);
            return id != null ? id : base.owner(phraseKey);
        }
    }
}
