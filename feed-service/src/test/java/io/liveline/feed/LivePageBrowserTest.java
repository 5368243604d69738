package io.liveline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.liveline.devstack.KafkaTestResource;
import io.liveline.devstack.NeedsTools;
import io.liveline.devstack.PostgresTestResource;
import io.liveline.devstack.Tool;
import io.liveline.events.TagSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The live page in a real headless Chromium: updates appear, change and vanish without a reload,
 * pinned ones stay on top, and a tag chip filters the page.
 */
@NeedsTools({Tool.CHROMIUM, Tool.CHROMEDRIVER})
@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class LivePageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("live-page-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(Tool.CHROMIUM.executable().toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Tool.CHROMEDRIVER.executable().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void updatesAppearChangeAndVanishWithoutReloadAndChipsFilter() {
        String blog = "browser-live";
        browser.get(base + "liveblogs/" + blog);
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#status").equals("live"));
        // Survives only as long as the page is never reloaded.
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true");

        EnrichedTopic.send(EnrichedTopic.update(blog, "b1", 1, "<p>Ministers met in Warsaw.</p>",
                EnrichedTopic.country("PL", "Poland")));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids().contains("u-b1"));
        assertThat(text("#u-b1 .body")).isEqualTo("Ministers met in Warsaw.");

        EnrichedTopic.send(EnrichedTopic.update(blog, "b1", 2, "<p>Ministers met in Warsaw and Vilnius.</p>",
                EnrichedTopic.country("PL", "Poland")));
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#u-b1 .body").equals("Ministers met in Warsaw and Vilnius."));

        EnrichedTopic.send(EnrichedTopic.update(blog, "b2", 3, "<p>Talks resume in Kyiv.</p>", EnrichedTopic.country("UA", "Ukraine")),
                EnrichedTopic.pinned(blog, "b0", 4, "<p>How to follow this live blog.</p>"),
                EnrichedTopic.update(blog, "gone", 5, "<p>A mistake.</p>", TagSet.EMPTY));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids().equals(List.of("u-b0", "u-gone", "u-b2", "u-b1")));

        EnrichedTopic.send(EnrichedTopic.retraction(blog, "gone", 6));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids().equals(List.of("u-b0", "u-b2", "u-b1")));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage")).isEqualTo(true);

        browser.findElement(By.cssSelector("#u-b2 .chip")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().endsWith("?country=UA")
                && ids().equals(List.of("u-b2")));
        assertThat(text("#filter-label")).isEqualTo("UA");
    }

    @Test
    void titleDescriptionAndBadgeFollowTheLiveblogWithoutReload() {
        String blog = "browser-described";
        LiveblogTopic.send(LiveblogTopic.metadata(blog, "Night of talks", "Delegations meet in Geneva.", "live"));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/v1/liveblogs/" + blog).statusCode() == 200);
        browser.get(base + "liveblogs/" + blog);
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#title").equals("Night of talks"));
        assertThat(text("#description")).isEqualTo("Delegations meet in Geneva.");
        assertThat(text("#badge")).isEqualToIgnoringCase("live");
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true");
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#status").equals("live"));

        LiveblogTopic.send(LiveblogTopic.metadata(blog, "Night of talks: over", null, "ended"));
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#badge").equalsIgnoreCase("ended"));
        assertThat(text("#title")).isEqualTo("Night of talks: over");
        assertThat(text("#description")).isEmpty();
        assertThat(browser.findElement(By.id("badge")).getAttribute("class")).contains("ended");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage")).isEqualTo(true);
    }

    @Test
    void aLiveblogWithoutMetadataIsTitledByItsIdWithNoBadge() {
        String blog = "browser-undescribed";
        browser.get(base + "liveblogs/" + blog);
        await().atMost(Duration.ofSeconds(20)).until(() -> text("#status").equals("live"));
        assertThat(text("#title")).isEqualTo(blog);
        assertThat(browser.findElement(By.id("badge")).isDisplayed()).isFalse();
    }

    private List<String> ids() {
        return browser.findElements(By.cssSelector("#updates > li")).stream().map(li -> li.getAttribute("id")).toList();
    }

    private String text(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }
}
