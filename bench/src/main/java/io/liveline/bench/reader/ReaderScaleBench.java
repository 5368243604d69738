package io.liveline.bench.reader;

import io.liveline.bench.BenchServices;
import io.liveline.devstack.KafkaBroker;
import io.liveline.devstack.Postgres;
import io.liveline.devstack.ServiceProcess;
import io.liveline.events.Topics;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader API at a newsroom's scale: {@code updates} updates over {@code blogs} live blogs
 * (default 2,000,000 over 5,000) bulk-loaded into a devstack PostgreSQL through the schema the
 * packaged feed-service's own migrations make, then the feed started on it and asked, one request
 * at a time, for the list, pages, filters, searches and entity pages, median and worst of
 * {@code repeats} each (after two unmeasured); then a full-history SSE replay of {@code replay}
 * events with the feed's memory sampled meanwhile. An endpoint the build does not have is reported
 * with the status it answered, so one command measures a build before and after a change.
 *
 * <p>Arguments: {@code <repo root> [updates] [blogs] [replay] [repeats]}, e.g. {@code . 2000000}.
 */
public final class ReaderScaleBench {

    private ReaderScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        int blogs = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int replay = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        System.out.printf("# %s: %,d updates over %,d live blogs, feed-service of %s%n", Instant.now(), updates, blogs,
                root.toAbsolutePath().normalize());
        System.out.printf("load average before: %s%n", loadAverage());
        List<ServiceProcess> services = new ArrayList<>();
        try (Postgres db = Postgres.embedded(0, null); KafkaBroker kafka = KafkaBroker.start()) {
            kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ));
            Map<String, String> settings = db.quarkusSettings();
            // The first start migrates the empty database; the load then fills that schema.
            ServiceProcess schema = BenchServices.start(services, root, "feed-service", BenchServices.LOCAL_RUN_JVM, kafka, settings);
            schema.awaitReady(Duration.ofMinutes(2));
            schema.close();
            services.remove(schema);

            long loading = System.nanoTime();
            long lastSeq = SchemaLoad.load(db, new NewsroomCorpus(updates, blogs));
            System.out.printf("loaded, indexed and analysed in %.0f s; last event id %,d%n", seconds(loading), lastSeq);

            ServiceProcess feed = BenchServices.start(services, root, "feed-service", BenchServices.LOCAL_RUN_JVM, kafka, settings);
            feed.awaitReady(Duration.ofMinutes(5));
            ReaderRequests requests = new ReaderRequests(feed.url(), repeats);
            // Steady state: the fresh JVM compiled and the database's pages read once, for every request.
            for (List<String> paths : cases().values()) {
                requests.warm(paths);
            }
            System.out.printf("%n| request | median ms | worst ms | answer |%n|---|---|---|---|%n");
            for (var measured : cases().entrySet()) {
                System.out.println(requests.measure(measured.getKey(), measured.getValue()));
            }
            System.out.println(requests.deep("list, ten cursors deep", "/v1/liveblogs?limit=20", 10));
            String busiest = "/v1/liveblogs/" + NewsroomCorpus.busiestLiveblog() + "/updates";
            System.out.println(requests.deep("page of the busiest blog, ten cursors deep", busiest + "?limit=20", 10));
            System.out.println(requests.deep("entity across all (country=UA), ten cursors deep", "/v1/updates?country=UA&limit=20", 10));
            System.out.println(requests.deep("search across all (q=correspondent), ten cursors deep",
                    "/v1/updates?q=correspondent&limit=20", 10));
            System.out.printf("%nload average after requests: %s%n", loadAverage());

            System.out.println(new SseReplay(feed, replay).run(lastSeq));
            System.out.printf("%n%s, %d cores, load average after: %s%n", Instant.now(), Runtime.getRuntime().availableProcessors(),
                    loadAverage());
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    /** Each measured request: a name and the paths it rotates through, so no single answer stays cached in the database alone. */
    private static Map<String, List<String>> cases() {
        String busiest = "/v1/liveblogs/" + NewsroomCorpus.busiestLiveblog() + "/updates";
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("list (first page)", List.of("/v1/liveblogs"));
        cases.put("list, prefix=uk-", List.of("/v1/liveblogs?prefix=uk-"));
        cases.put("page of the busiest blog", List.of(busiest));
        List<String> typical = new ArrayList<>();
        for (int blog = 1000; blog < 5000; blog += 400) {
            typical.add("/v1/liveblogs/" + NewsroomCorpus.liveblogId(blog) + "/updates");
        }
        cases.put("page of a typical blog (10 blogs)", typical);
        cases.put("busiest blog, person= (common QID)", List.of(busiest + "?person=Q900001"));
        cases.put("busiest blog, person= (rare, by name)", List.of(busiest + "?person=" + encode(NewsroomCorpus.PEOPLE[15][0])));
        cases.put("busiest blog, country=IS (rare)", List.of(busiest + "?country=IS"));
        cases.put("busiest blog, organisation=Q910008", List.of(busiest + "?organisation=Q910008"));
        cases.put("busiest blog, topic=medtop:15000000", List.of(busiest + "?topic=medtop:15000000"));
        cases.put("busiest blog, kind=key-event", List.of(busiest + "?kind=key-event"));
        cases.put("busiest blog, pinned=true", List.of(busiest + "?pinned=true"));
        cases.put("search in the busiest blog (5 queries)", searches(busiest));
        cases.put("search across all (5 queries)", searches("/v1/updates"));
        cases.put("search across all, common word (q=correspondent)", List.of("/v1/updates?q=correspondent"));
        cases.put("search across all, sort=relevance (q=referendum)", List.of("/v1/updates?q=referendum&sort=relevance"));
        cases.put("entity across all, person= (common)", List.of("/v1/updates?person=Q900001"));
        cases.put("entity across all, person= (rare)", List.of("/v1/updates?person=Q900016"));
        cases.put("entity across all, country=IS (rare)", List.of("/v1/updates?country=IS"));
        cases.put("entity across all, organisation=Q910001", List.of("/v1/updates?organisation=Q910001"));
        cases.put("entity across all, topic=medtop:15000000", List.of("/v1/updates?topic=medtop:15000000"));
        return cases;
    }

    private static List<String> searches(String path) {
        return List.of("referendum", "\"air raid sirens\"", "evacu*", "avalanche monday", "wildfires coast").stream()
                .map(q -> path + "?q=" + encode(q)).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
