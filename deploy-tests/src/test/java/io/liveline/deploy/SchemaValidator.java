package io.liveline.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks one rendered object against the shape its API server would accept: built-in kinds through
 * fabric8's typed Kubernetes model, custom resources through the CRD schemas in
 * {@code src/test/resources/crd-schemas}. Anything else is unknown and fails.
 */
final class SchemaValidator {

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private final KubernetesSerialization serialization = new KubernetesSerialization();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> crdSchemas = new ConcurrentHashMap<>();

    /** What is wrong with the object; empty when an API server would take it as written. */
    List<String> problems(JsonNode object) {
        String where = Manifest.describe(object);
        JsonSchema crd = crdSchema(object.path("apiVersion").asText(), object.path("kind").asText());
        if (crd != null) {
            return crd.validate(object).stream().map(m -> where + ": " + m.getMessage()).toList();
        }
        KubernetesResource typed;
        try {
            typed = serialization.unmarshal(object.toString());
        } catch (RuntimeException e) {
            return List.of(where + ": not a valid " + object.path("apiVersion").asText() + " object: " + e.getMessage());
        }
        if (typed instanceof GenericKubernetesResource) {
            return List.of(where + ": " + object.path("apiVersion").asText()
                    + " is neither a built-in Kubernetes API nor a custom resource with a schema here");
        }
        // fabric8 keeps fields it does not know in 'additionalProperties' instead of failing: a
        // misspelt field would be silently dropped by the API server, so each one is a problem.
        List<String> problems = new ArrayList<>();
        unknownFields(typed, where + ":", problems);
        return problems;
    }

    private JsonSchema crdSchema(String apiVersion, String kind) {
        String path = "/crd-schemas/" + apiVersion + "/" + kind + ".json";
        if (!apiVersion.contains(".") || SchemaValidator.class.getResource(path) == null) {
            return null;
        }
        return crdSchemas.computeIfAbsent(path, p -> {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(p)) {
                return schemas.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems));
        } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0) {
                    continue;
                }
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) invoke(getter, value)).keySet()
                            .forEach(field -> problems.add(path + "." + field + ": unknown field"));
                } else if (getter.isAnnotationPresent(JsonProperty.class)) {
                    unknownFields(invoke(getter, value), path + "." + getter.getAnnotation(JsonProperty.class).value(), problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of the fabric8 model", e);
        }
    }
}
