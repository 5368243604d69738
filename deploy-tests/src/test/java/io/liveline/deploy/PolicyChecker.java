package io.liveline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The house rules every rendered overlay keeps: containers with probes on Quarkus' health
 * endpoints, requests and limits, no root, a read-only root filesystem and a pinned image; and
 * secrets that are only ever referenced, never written into a manifest.
 */
final class PolicyChecker {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");
    // Names that carry credentials; their values must come from a Secret.
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api_?keys?|jaas|credential).*");

    List<String> problems(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : manifest.objects()) {
            String kind = object.path("kind").asText();
            if (WORKLOADS.contains(kind)) {
                workload(object, problems);
            }
            if (kind.equals("Secret")) {
                problems.add(Manifest.describe(object) + ": a Secret in the manifests; reference one created outside git");
            }
            if (kind.equals("ConfigMap")) {
                object.path("data").fieldNames().forEachRemaining(key -> {
                    if (SECRET_NAME.matcher(key).matches()) {
                        problems.add(Manifest.describe(object) + ": " + key + " looks like a secret in a ConfigMap");
                    }
                });
            }
        }
        return problems;
    }

    private void workload(JsonNode object, List<String> problems) {
        JsonNode pod = object.path("spec").path("template").path("spec");
        String where = Manifest.describe(object);
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(where + ": mounts a service account token it does not need");
        }
        for (JsonNode container : pod.path("containers")) {
            String at = where + " container " + container.path("name").asText();
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = container.path(probe).path("httpGet").path("path").asText();
                if (!path.startsWith("/q/health")) {
                    problems.add(at + ": no " + probe + " on /q/health");
                }
            }
            JsonNode resources = container.path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (resources.path(bound).path(resource).isMissingNode()) {
                        problems.add(at + ": no " + bound + "." + resource);
                    }
                }
            }
            JsonNode security = container.path("securityContext");
            if (!(podNonRoot || security.path("runAsNonRoot").asBoolean(false))
                    || pod.path("securityContext").path("runAsUser").asInt(-1) == 0
                    || security.path("runAsUser").asInt(-1) == 0) {
                problems.add(at + ": may run as root");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(at + ": root filesystem is writable");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(at + ": allows privilege escalation");
            }
            if (!pinned(container.path("image").asText())) {
                problems.add(at + ": image " + container.path("image").asText() + " is not pinned to a version");
            }
            for (JsonNode env : container.path("env")) {
                if (env.has("value") && SECRET_NAME.matcher(env.path("name").asText()).matches()) {
                    problems.add(at + ": " + env.path("name").asText() + " is written in the manifest, not taken from a Secret");
                }
            }
        }
    }

    private static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        int tag = image.lastIndexOf(':');
        return tag > image.lastIndexOf('/') && !image.substring(tag + 1).equals("latest");
    }
}
