package io.liveline.enrich.security;

import io.liveline.enrich.config.EnrichConfig;
import io.liveline.events.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Decides who may change the knowledge base: a configured key with the grant {@code kb:edit}. */
@ApplicationScoped
public class EditorKeys {

    private final List<ApiKey> keys;

    public EditorKeys(EnrichConfig config) {
        this.keys = config.editorKeys().orElse(List.of()).stream().map(ApiKey::parse).toList();
    }

    /**
     * The editor key an {@code Authorization} header presents.
     *
     * @throws NotAnEditorException 401 without a known key, 403 for a key without the scope
     */
    public ApiKey admit(String authorization) {
        if (!ApiKey.isBearer(authorization)) {
            throw new NotAnEditorException(401, "send an editor key as 'Authorization: Bearer <key>'");
        }
        ApiKey key = ApiKey.presentedBy(authorization, keys);
        if (key == null) {
            throw new NotAnEditorException(401, "the key is not valid");
        }
        if (!key.hasScope(ApiKey.KB_EDIT)) {
            throw new NotAnEditorException(403, "the key '" + key.name() + "' may not edit the knowledge base");
        }
        return key;
    }
}
