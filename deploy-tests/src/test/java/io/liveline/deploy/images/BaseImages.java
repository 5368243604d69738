package io.liveline.deploy.images;

/**
 * The images the suite builds on and runs beside the services. By default the official ones;
 * where no registry is reachable, .ci/container-engine.sh sets LIVELINE_*_IMAGE to the stand-ins
 * deploy/images/build-offline-images made from Debian's packages and Maven Central.
 */
record BaseImages(String java, String kafka, String postgres) {

    static BaseImages fromEnvironment() {
        return new BaseImages(
                setting("LIVELINE_JAVA_IMAGE", null),
                setting("LIVELINE_KAFKA_IMAGE", "apache/kafka:4.1.0"),
                setting("LIVELINE_POSTGRES_IMAGE", "postgres:15.14-bookworm"));
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
