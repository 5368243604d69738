package io.liveline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.Tool;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every consumer group a service's configuration joins has a Read ACL on that service's KafkaUser:
 * without one the consumer fails to join in the cluster, and nothing in a local run (no ACLs)
 * would show it. Groups named with a placeholder ({@code liveline-feed-fanout-${quarkus.uuid}})
 * need a prefix ACL covering the fixed part.
 */
@NeedsTools(Tool.KUBECTL)
class ConsumerGroupAclTest {

    // A group of a channel or of the default Kafka settings, in the production profiles or none.
    private static final Pattern GROUP_KEY = Pattern.compile(
            "(%(kubernetes|prod)\\.)?(mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id|kafka\\.group\\.id)");

    @ParameterizedTest
    @CsvSource({"overlays/production, ingest-service", "overlays/production, enrich-service", "overlays/production, feed-service",
            "overlays/dev, feed-service"})
    void everyConsumerGroupTheServiceUsesHasAReadAcl(String overlay, String service) throws IOException {
        Manifest manifest = Overlays.rendered(overlay);
        List<JsonNode> groupAcls = StreamSupport.stream(
                        manifest.get("KafkaUser", service).at("/spec/authorization/acls").spliterator(), false)
                .filter(acl -> acl.at("/resource/type").asText().equals("group"))
                .filter(acl -> StreamSupport.stream(acl.path("operations").spliterator(), false)
                        .anyMatch(op -> op.asText().equals("Read") || op.asText().equals("All")))
                .toList();
        for (String group : groups(service)) {
            assertThat(groupAcls).as("%s: a Read ACL for consumer group '%s' on KafkaUser %s", overlay, group, service)
                    .anyMatch(acl -> covers(acl, group));
        }
    }

    /** The groups in the service's application.properties; a placeholder keeps only the fixed part before it. */
    static List<String> groups(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("..", service, "src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        List<String> groups = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (GROUP_KEY.matcher(key).matches()) {
                groups.add(properties.getProperty(key).strip());
            }
        }
        return groups;
    }

    private static boolean covers(JsonNode acl, String group) {
        String name = acl.at("/resource/name").asText();
        boolean prefix = acl.at("/resource/patternType").asText("literal").equals("prefix");
        int placeholder = group.indexOf("${");
        if (placeholder >= 0) {
            return prefix && group.substring(0, placeholder).startsWith(name);
        }
        return prefix ? group.startsWith(name) : group.equals(name);
    }
}
