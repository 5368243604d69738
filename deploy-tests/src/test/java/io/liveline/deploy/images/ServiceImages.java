package io.liveline.deploy.images;

import com.github.dockerjava.api.command.InspectImageResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Builds each service's image from its own src/main/docker/Dockerfile.jvm and packaged fast-jar,
 * the way an operator would, and records how long each build took and how large the image is.
 */
final class ServiceImages {

    private final Path root;
    private final String javaImage;
    private final Map<String, String> report = new LinkedHashMap<>();

    ServiceImages(Path root, String javaImage) {
        this.root = root;
        this.javaImage = javaImage;
    }

    /** Builds liveline/SERVICE:it and returns its name. */
    String build(String service) throws InterruptedException, ExecutionException {
        Path dir = root.resolve(service);
        // Only what the Dockerfile copies goes into the build context, not the module's sources.
        ImageFromDockerfile image = new ImageFromDockerfile("liveline/" + service + ":it", false)
                .withFileFromPath("target/quarkus-app", dir.resolve("target/quarkus-app"))
                .withFileFromPath("src/main/docker/Dockerfile.jvm", dir.resolve("src/main/docker/Dockerfile.jvm"))
                .withDockerfilePath("src/main/docker/Dockerfile.jvm");
        if (javaImage != null) {
            image.withBuildArg("JAVA_IMAGE", javaImage);
        }
        long start = System.nanoTime();
        String name = image.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        InspectImageResponse inspected = DockerClientFactory.instance().client().inspectImageCmd(name).exec();
        report.put(name, String.format("%d MB, built in %d s", inspected.getSize() / 1_000_000, took.toSeconds()));
        return name;
    }

    static String size(String image) {
        long bytes = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getSize();
        return bytes / 1_000_000 + " MB";
    }

    Map<String, String> report() {
        return report;
    }
}
