package io.liveline.devstack;

import io.liveline.events.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A Kafka broker alone in a JVM of its own, on fixed ports and keeping its log in
 * {@code --data-dir}: what a chaos test kills, restarts on the same ports and data, or freezes
 * with SIGSTOP, where the in-process {@link KafkaBroker} can do none of these. Prints
 * {@code broker ready} once its topics exist.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(DevStackMain.option(args, "--kafka-port", "9092"));
        int controllerPort = Integer.parseInt(DevStackMain.option(args, "--controller-port", "9093"));
        Path dataDir = Path.of(DevStackMain.option(args, "--data-dir", ".liveline/broker")).toAbsolutePath();
        LocalKafka kafka = LocalKafka.start(port, controllerPort, dataDir);
        KafkaBroker.createTopics(kafka.bootstrapServers(), List.of(Topics.RAW, Topics.ENRICHED, Topics.DLQ, Topics.KB, Topics.LIVEBLOGS),
                KafkaBroker.PARTITIONS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "broker-stop"));
        System.out.println("broker ready " + kafka.bootstrapServers());
        stopped.await();
    }
}
