package io.liveline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each overlay promises operators: sizes, durability, scaling bounds, reachability and SSE-friendly entry. */
@NeedsTools(Tool.KUBECTL)
class OverlayShapeTest {

    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "feed-service");

    @Test
    void devRunsOnePodOfEverything() {
        Manifest dev = Overlays.rendered(Overlays.DEV);
        SERVICES.forEach(s -> assertThat(workload(dev, s).at("/spec/replicas").asInt()).as(s).isEqualTo(1));
        assertThat(dev.get("KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(dev.get("Cluster", "liveline-db").at("/spec/instances").asInt()).isEqualTo(1);
        // One broker holds one replica, so topics must not ask for more.
        dev.ofKind("KafkaTopic").forEach(t -> assertThat(t.at("/spec/replicas").asInt()).isEqualTo(1));
    }

    @Test
    void productionIsReplicatedAndSpreadOverZones() {
        Manifest production = Overlays.rendered(Overlays.PRODUCTION);
        for (String service : SERVICES) {
            JsonNode deployment = workload(production, service);
            assertThat(deployment.at("/spec/replicas").asInt()).as(service).isGreaterThanOrEqualTo(3);
            assertThat(deployment.at("/spec/template/spec/topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .as(service).contains("topology.kubernetes.io/zone");
            assertThat(deployment.at("/spec/template/spec/affinity/podAntiAffinity").isObject()).as(service).isTrue();
        }
        assertThat(production.get("KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode db = production.get("Cluster", "liveline-db");
        assertThat(db.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(db.at("/spec/backup/barmanObjectStore/destinationPath").asText()).isNotBlank();
        assertThat(production.find("ScheduledBackup", "liveline-db-nightly")).isPresent();
    }

    @Test
    void productionTopicsSurviveTheLossOfOneBroker() {
        Manifest production = Overlays.rendered(Overlays.PRODUCTION);
        assertThat(production.ofKind("KafkaTopic").map(t -> t.at("/spec/topicName").asText()))
                .containsExactlyInAnyOrder("liveline.updates.raw", "liveline.updates.enriched", "liveline.updates.dlq",
                        "liveline.kb", "liveline.liveblogs");
        production.ofKind("KafkaTopic").forEach(topic -> {
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION})
    void consumersNeverScaleAboveTheirTopicsPartitions(String dir) {
        Manifest manifest = Overlays.rendered(dir);
        int raw = partitions(manifest, "liveline.updates.raw");
        int enriched = partitions(manifest, "liveline.updates.enriched");
        manifest.find("ScaledObject", "enrich-service")
                .ifPresent(keda -> assertThat(keda.at("/spec/maxReplicaCount").asInt()).isLessThanOrEqualTo(raw));
        assertThat(manifest.get("HorizontalPodAutoscaler", "feed-service").at("/spec/maxReplicas").asInt())
                .isLessThanOrEqualTo(enriched);
    }

    @Test
    void enrichScalesOnLagInProduction() {
        JsonNode keda = Overlays.rendered(Overlays.PRODUCTION).get("ScaledObject", "enrich-service");
        assertThat(keda.at("/spec/triggers/0/type").asText()).isEqualTo("kafka");
        assertThat(keda.at("/spec/triggers/0/metadata/consumerGroup").asText()).isEqualTo("liveline-enrich");
        assertThat(keda.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("StatefulSet");
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION})
    void enrichMayRunItsTransactions(String dir) throws Exception {
        Manifest manifest = Overlays.rendered(dir);
        // The transactional id the service configures, up to the pod name it ends with.
        String configured = Files.readAllLines(Path.of("../enrich-service/src/main/resources/application.properties")).stream()
                .filter(line -> line.startsWith("mp.messaging.outgoing.updates-enriched.transactional.id="))
                .findFirst().orElseThrow().replaceAll(".*=([^$]*)\\$\\{HOSTNAME.*", "$1");
        assertThat(configured).isEqualTo("liveline-enrich-");
        JsonNode acls = manifest.get("KafkaUser", "enrich-service").at("/spec/authorization/acls");
        assertThat(StreamSupport.stream(acls.spliterator(), false).anyMatch(acl ->
                acl.at("/resource/type").asText().equals("transactionalId")
                        && acl.at("/resource/patternType").asText().equals("prefix")
                        && configured.startsWith(acl.at("/resource/name").asText())
                        && StreamSupport.stream(acl.path("operations").spliterator(), false).anyMatch(op -> op.asText().equals("Write"))))
                .as("a Write ACL on transactional ids '%s*'", configured).isTrue();
        // Stable pod names keep each pod's transactional id across restarts (see enrich-service.yaml).
        assertThat(manifest.find("Deployment", "enrich-service")).isEmpty();
        assertThat(manifest.get("StatefulSet", "enrich-service").at("/spec/serviceName").asText()).isEqualTo("enrich-service-pods");
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION})
    void feedIngressPassesEventsOnAtOnceAndKeepsStreamsOpen(String dir) {
        JsonNode annotations = Overlays.rendered(dir).get("Ingress", "feed-service").at("/metadata/annotations");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-buffering").asText()).isEqualTo("off");
        assertThat(annotations.path("nginx.ingress.kubernetes.io/proxy-read-timeout").asInt()).isGreaterThanOrEqualTo(3600);
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION})
    void podsOutliveTheirShutdownDrain(String dir) {
        Manifest manifest = Overlays.rendered(dir);
        Duration drain = Duration.parse("PT" + manifest.get("ConfigMap", "liveline-common").at("/data/QUARKUS_SHUTDOWN_TIMEOUT").asText());
        for (String service : SERVICES) {
            JsonNode pod = workload(manifest, service).at("/spec/template/spec");
            long preStop = Long.parseLong(pod.at("/containers/0/lifecycle/preStop/exec/command/1").asText());
            assertThat(pod.path("terminationGracePeriodSeconds").asLong()).as(service)
                    .isGreaterThan(preStop + drain.toSeconds());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION})
    void everyServiceLogsJsonAndSendsTracesToTheCollector(String dir) {
        Manifest manifest = Overlays.rendered(dir);
        JsonNode common = manifest.get("ConfigMap", "liveline-common").path("data");
        // The services' 'kubernetes' profile is what turns JSON logs and trace export on.
        assertThat(common.path("QUARKUS_PROFILE").asText().split(",")).contains("prod", "kubernetes");
        assertThat(common.path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText()).startsWith("http://otel-collector.monitoring:");
        for (String service : SERVICES) {
            assertThat(workload(manifest, service).at("/spec/template/spec/containers/0/envFrom").findValuesAsText("name"))
                    .as(service).contains("liveline-common");
        }
    }

    @Test
    void onlyIngestAndFeedTakeTrafficFromOutside() {
        Manifest manifest = Overlays.rendered(Overlays.PRODUCTION);
        assertThat(manifest.find("NetworkPolicy", "liveline-default-deny")).isPresent();
        // An ingress rule with no 'from' admits every source.
        for (String service : SERVICES) {
            JsonNode rules = manifest.get("NetworkPolicy", service).at("/spec/ingress");
            boolean open = StreamSupport.stream(rules.spliterator(), false).anyMatch(rule -> !rule.has("from"));
            assertThat(open).as(service + " open to all").isEqualTo(!service.equals("enrich-service"));
        }
    }

    /** enrich-service runs as a StatefulSet for its stable transactional ids, the others as Deployments. */
    private static JsonNode workload(Manifest manifest, String service) {
        return manifest.get(service.equals("enrich-service") ? "StatefulSet" : "Deployment", service);
    }

    private static int partitions(Manifest manifest, String topic) {
        return manifest.ofKind("KafkaTopic").filter(t -> topic.equals(t.at("/spec/topicName").asText()))
                .findFirst().orElseThrow().at("/spec/partitions").asInt();
    }
}
