package io.liveline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks are only worth something if they fail: each case breaks one object of the rendered
 * production overlay the way a hurried edit would, and expects the validation to say so.
 */
@NeedsTools(Tool.KUBECTL)
class ChecksCatchBrokenManifestsTest {

    private final SchemaValidator schemas = new SchemaValidator();
    private final PolicyChecker policies = new PolicyChecker();

    static Stream<Arguments> breakages() {
        return Stream.of(
                broken("Deployment", "feed-service", "a misspelt field", o -> spec(o).put("replica", 3), "replica: unknown field"),
                broken("Deployment", "feed-service", "an API that does not exist", o -> o.put("apiVersion", "apps/v2"), "neither a built-in"),
                broken("Deployment", "ingest-service", "a missing readiness probe",
                        o -> container(o).remove("readinessProbe"), "no readinessProbe"),
                broken("Deployment", "ingest-service", "the latest tag",
                        o -> container(o).put("image", "registry.example.com/liveline/ingest-service:latest"), "not pinned"),
                broken("Deployment", "ingest-service", "an untagged image",
                        o -> container(o).put("image", "registry.example.com/liveline/ingest-service"), "not pinned"),
                broken("StatefulSet", "enrich-service", "no limits",
                        o -> ((ObjectNode) container(o).path("resources")).remove("limits"), "no limits.memory"),
                broken("StatefulSet", "enrich-service", "root allowed",
                        o -> ((ObjectNode) spec(o).at("/template/spec/securityContext")).put("runAsNonRoot", false), "may run as root"),
                broken("StatefulSet", "enrich-service", "a writable root filesystem",
                        o -> ((ObjectNode) container(o).path("securityContext")).put("readOnlyRootFilesystem", false), "writable"),
                broken("Deployment", "feed-service", "a password written in",
                        o -> container(o).withArray("env").addObject().put("name", "QUARKUS_DATASOURCE_PASSWORD").put("value", "hunter2"),
                        "not taken from a Secret"),
                broken("ConfigMap", "ingest-service", "an API key in a ConfigMap",
                        o -> ((ObjectNode) o.path("data")).put("LIVELINE_INGEST_API_KEYS", "x:abc:*"), "looks like a secret"),
                broken("KafkaTopic", "liveline-updates-raw", "partitions as text", o -> spec(o).put("partitions", "twelve"), "partitions"),
                broken("KafkaUser", "ingest-service", "a misspelt ACL operation",
                        o -> ((ObjectNode) spec(o).at("/authorization/acls/0")).putArray("operations").add("Wrtie"), "operations"),
                broken("Kafka", "liveline-kafka", "a listener without tls", o -> ((ObjectNode) spec(o).at("/kafka/listeners/0")).remove("tls"), "tls"),
                broken("Cluster", "liveline-db", "a misspelt instance count", o -> spec(o).put("instance", 3), "instance"),
                broken("ScaledObject", "enrich-service", "no triggers", o -> spec(o).remove("triggers"), "triggers"));
    }

    private static Arguments broken(String kind, String name, String what, Consumer<ObjectNode> breakage, String expected) {
        return Arguments.of(kind + "/" + name + " with " + what, kind, name, breakage, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void validationFails(String title, String kind, String name, Consumer<ObjectNode> breakage, String expected) {
        Manifest production = Overlays.rendered(Overlays.PRODUCTION);
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode object : production.objects()) {
            boolean target = kind.equals(object.path("kind").asText()) && name.equals(object.at("/metadata/name").asText());
            JsonNode copy = object.deepCopy();
            if (target) {
                breakage.accept((ObjectNode) copy);
            }
            objects.add(copy);
        }
        Manifest broken = new Manifest(title, objects);

        List<String> problems = new ArrayList<>(policies.problems(broken));
        broken.objects().forEach(o -> problems.addAll(schemas.problems(o)));

        assertThat(problems).as(title).anySatisfy(p -> assertThat(p).contains(kind + "/" + name).contains(expected));
    }

    @ParameterizedTest(name = "a Secret with data is refused")
    @MethodSource("secretWithData")
    void secretsInGitAreRefused(Manifest manifest) {
        assertThat(policies.problems(manifest)).anySatisfy(p -> assertThat(p).contains("Secret/liveline-ingest-api-keys"));
    }

    static Stream<Manifest> secretWithData() throws Exception {
        List<JsonNode> objects = new ArrayList<>(Overlays.rendered(Overlays.DEV).objects());
        objects.addAll(Kustomize.parse("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: liveline-ingest-api-keys
                stringData:
                  api-keys: newsroom:0000:*
                """));
        return Stream.of(new Manifest("dev with a Secret", objects));
    }

    private static ObjectNode spec(ObjectNode object) {
        return (ObjectNode) object.path("spec");
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }
}
