package io.liveline.ingest.security;

import io.liveline.events.ApiKey;
import io.liveline.ingest.NotPermittedException;
import io.liveline.ingest.UnauthenticatedException;
import io.liveline.ingest.config.IngestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Decides who may write to which live blog, from configured key hashes: those in the
 * configuration and those in the keys file, which is re-read when it changes (key rotation
 * without a restart). It fails closed: a bad line is dropped while the rest of the new file
 * applies, and a file that cannot be read leaves only the configured keys, never the file's old
 * ones, since the change that broke it may have been a revocation.
 */
@ApplicationScoped
public class ApiKeyRegistry {

    private static final Logger LOG = Logger.getLogger(ApiKeyRegistry.class);

    private final IngestConfig config;
    private final MeterRegistry registry;
    private final List<ApiKey> configured;
    private volatile List<ApiKey> keys;
    private volatile FileTime loadedVersion;
    private boolean unreadable;

    public ApiKeyRegistry(IngestConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.configured = config.apiKeys().orElse(List.of()).stream().map(ApiKey::parse).toList();
        this.keys = configured;
        config.apiKeysFile().ifPresent(this::reload);
    }

    void watchKeysFile(@Observes StartupEvent event, Vertx vertx) {
        config.apiKeysFile().ifPresent(file -> vertx.setPeriodic(config.apiKeysReloadInterval().toMillis(),
                id -> vertx.executeBlocking(() -> {
                    reload(file);
                    return null;
                })));
    }

    /** Loads the keys file when it is new or changed since the last load. */
    void reload(Path file) {
        FileTime version;
        List<String> lines;
        try {
            version = Files.getLastModifiedTime(file);
            if (version.equals(loadedVersion)) {
                return;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            keys = configured;
            loadedVersion = null;
            if (!unreadable) {
                unreadable = true;
                fileError("unreadable");
                LOG.errorf("API keys file %s cannot be read, only the %d configured key(s) are accepted: %s",
                        file, configured.size(), e.toString());
            }
            return;
        }
        unreadable = false;
        List<ApiKey> all = new ArrayList<>(configured);
        for (int number = 1; number <= lines.size(); number++) {
            String entry = lines.get(number - 1).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            try {
                all.add(ApiKey.parse(entry));
            } catch (IllegalArgumentException e) {
                fileError("bad-line");
                LOG.warnf("API keys file %s, line %d dropped: %s", file, number, e.getMessage());
            }
        }
        keys = List.copyOf(all);
        loadedVersion = version;
        LOG.infof("loaded %d API key(s) from %s", all.size() - configured.size(), file);
    }

    private void fileError(String reason) {
        registry.counter("liveline.ingest.api.keys.file.errors", "reason", reason).increment();
    }

    /**
     * The key presented in an {@code Authorization: Bearer} header.
     *
     * @throws UnauthenticatedException when there is none or it is unknown
     */
    public ApiKey authenticate(String authorization) {
        if (!ApiKey.isBearer(authorization)) {
            throw new UnauthenticatedException("send an API key as 'Authorization: Bearer <key>'");
        }
        ApiKey match = ApiKey.presentedBy(authorization, keys);
        if (match == null) {
            throw new UnauthenticatedException("the API key is not valid");
        }
        return match;
    }

    /** @throws NotPermittedException when the key may not write to the live blog */
    public void authorize(ApiKey key, String liveblogId) {
        if (!key.allows(liveblogId)) {
            throw new NotPermittedException("the API key '" + key.name() + "' may not write to live blog " + liveblogId);
        }
    }

}
