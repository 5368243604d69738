package io.liveline.bench.sse;

import io.liveline.bench.ProcessMeter;
import io.liveline.devstack.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's nginx with libnginx-mod-nchan, configured for one SSE channel, as the peer feed-service is compared with. */
final class NchanServer implements ServerUnderTest {

    private final Process nginx;
    private final int port;

    NchanServer() throws Exception {
        port = ServiceProcess.freePort();
        Path dir = Files.createTempDirectory("bench-nchan");
        Files.createDirectories(dir.resolve("logs"));
        // One worker per core, as nginx is deployed; a subscriber buffer big enough for a 20 s run.
        Files.writeString(dir.resolve("nginx.conf"), """
                load_module /usr/lib/nginx/modules/ngx_nchan_module.so;
                worker_processes auto;
                worker_rlimit_nofile 40000;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 20000; }
                http {
                    access_log off;
                    server {
                        listen 127.0.0.1:%2$d;
                        location ~ /sub/(\\w+)$ { nchan_subscriber eventsource; nchan_channel_id $1; }
                        location ~ /pub/(\\w+)$ { nchan_publisher; nchan_channel_id $1; nchan_message_buffer_length 1000; }
                    }
                }
                """.formatted(dir, port));
        nginx = new ProcessBuilder(List.of("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;")).redirectErrorStream(true).redirectOutput(dir.resolve("logs/out.log").toFile()).start();
        SseFanoutBench.awaitPort(port);
    }

    @Override
    public String name() {
        return "nginx+nchan";
    }

    @Override
    public String subscribeUrl() {
        return "http://127.0.0.1:" + port + "/sub/bench";
    }

    @Override
    public EventPublisher publisher() {
        return new NchanPublisher("http://127.0.0.1:" + port + "/pub/bench");
    }

    @Override
    public long residentBytes() {
        return ProcessMeter.residentBytes(nginx.toHandle());
    }

    @Override
    public long cpuNanos() {
        return ProcessMeter.cpuNanos(nginx.toHandle());
    }

    @Override
    public void close() throws Exception {
        nginx.destroy();
        nginx.waitFor(10, TimeUnit.SECONDS);
    }
}
