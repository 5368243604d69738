package io.liveline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.Tool;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every directory operators apply renders with kubectl, and every object in it is valid and keeps the rules. */
@NeedsTools(Tool.KUBECTL)
class ManifestValidationTest {

    private final SchemaValidator schemas = new SchemaValidator();
    private final PolicyChecker policies = new PolicyChecker();

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION, Overlays.MONITORING})
    void everyObjectIsWhatItsApiServerAccepts(String dir) {
        Manifest manifest = Overlays.rendered(dir);
        assertThat(manifest.objects()).as("objects rendered from %s", dir).isNotEmpty();
        List<String> problems = manifest.objects().stream().flatMap(o -> schemas.problems(o).stream()).toList();
        assertThat(problems).as("schema problems in %s", dir).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Overlays.DEV, Overlays.PRODUCTION, Overlays.MONITORING})
    void everyWorkloadKeepsTheRulesAndSecretsAreOnlyReferenced(String dir) {
        assertThat(policies.problems(Overlays.rendered(dir))).as("policy problems in %s", dir).isEmpty();
    }
}
