package io.liveline.deploy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders each Kustomize directory once per test run; the tests only read the result. */
final class Overlays {

    static final String DEV = "overlays/dev";
    static final String PRODUCTION = "overlays/production";
    static final String MONITORING = "monitoring";

    private static final Map<String, Manifest> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Manifest rendered(String dir) {
        return RENDERED.computeIfAbsent(dir, d -> new Manifest(d, Kustomize.render(Kustomize.kubernetesDir().resolve(d))));
    }
}
