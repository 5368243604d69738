package io.liveline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The HTTP/1.1 stream over TLS: events written as chunks below Vert.x's HTTP encoder must still pass
 * through the TLS handler nearer the socket, and after whatever the response's write-holding
 * handler (added with TLS) still holds. The client trusts only the certificate made for this run.
 */
@QuarkusTest
@TestProfile(SseTlsTest.Tls.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class SseTlsTest {

    /** A self-signed key pair made by the JDK's keytool for this run; nothing of it is kept in the repository. */
    public static class Tls implements QuarkusTestProfile {
        static final Path KEY_STORE = Path.of("target", "sse-tls-test.p12");
        static final String PASSWORD = UUID.randomUUID().toString();

        @Override
        public Map<String, String> getConfigOverrides() {
            createKeyStore();
            Map<String, String> settings = new HashMap<>(new FeedTestProfile().getConfigOverrides());
            settings.put("quarkus.tls.key-store.p12.path", KEY_STORE.toAbsolutePath().toString());
            settings.put("quarkus.tls.key-store.p12.password", PASSWORD);
            settings.put("quarkus.http.test-ssl-port", "0");
            return settings;
        }

        private static void createKeyStore() {
            try {
                Files.deleteIfExists(KEY_STORE);
                Files.createDirectories(KEY_STORE.getParent());
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "feed", "-keyalg", "EC",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                        "-storetype", "PKCS12", "-keystore", KEY_STORE.toString(), "-storepass", PASSWORD))
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot make the test key store", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the test key store", e);
            }
        }
    }

    @TestHTTPResource(value = "/", tls = true)
    URL base;

    @Test
    void eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody() throws Exception {
        assertThat(base.getProtocol()).isEqualTo("https");
        SseWireTest.eventsAndHeartbeatsInterleaveAsOneWellFormedChunkedBody(base, "feed-tls", trustingTheTestCertificate()
                .getSocketFactory());
    }

    private static SSLContext trustingTheTestCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Tls.KEY_STORE)) {
            trusted.load(in, Tls.PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
