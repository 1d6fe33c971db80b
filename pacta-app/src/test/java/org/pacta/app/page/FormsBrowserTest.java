package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and writing through the pages in real headless Chromium, as a delegate of North. */
class FormsBrowserTest {

    @TempDir
    static Path folder;

    private static PageFixture fixture;
    private static Browser browser;

    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() {
        browser = Browser.start(folder.resolve("chromium-profile"));
        fixture = PageFixture.redline(folder);
        SessionHttpTest.addConcernAndDelegate(fixture);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void signIn() {
        browser.open(fixture.base() + "/signin?lang=en");
        browser.driver.findElement(By.id("signin-name")).sendKeys("north-delegate");
        browser.driver.findElement(By.id("signin-password")).sendKeys(SessionHttpTest.PASSWORD);
        browser.driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.id("signed-in")).isEmpty());
    }

    @Test
    void delegate_signsIn_recordsAStance_whichShowsOnTheTrackPage() {
        browser.open(fixture.base() + "/signin?lang=en");
        browser.driver.findElement(By.id("signin-name")).sendKeys("north-delegate");
        browser.driver.findElement(By.id("signin-password")).sendKeys("wrong");
        browser.driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        assertThat(browser.driver.findElement(By.id("signin-error")).getText()).isEqualTo(
                "The name or the password is wrong.");
        browser.screenshot(SHOTS.resolve("signin-failed.png"));
        browser.severeLogs(); // the 401 of the failed sign-in is logged as a failed load; nothing else may be

        signIn();
        browser.open(fixture.base() + "/tracks/river-talks?lang=en");
        assertThat(browser.driver.findElement(By.id("signed-in")).getText()).contains("north-delegate");
        browser.driver.findElement(By.cssSelector("#concern-dam-concern a.action")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/new/stance"));
        Select party = new Select(browser.driver.findElement(By.id("f-party")));
        assertThat(party.getOptions()).as("a delegate may act for its own party only").hasSize(1);
        new Select(browser.driver.findElement(By.id("f-stance"))).selectByValue("WONT_DISCUSS");
        browser.driver.findElement(By.id("f-date")).sendKeys("2024-05-03");
        browser.driver.findElement(By.id("f-note")).sendKeys("Not while the dam is planned.");
        assertThat(browser.audit()).isEmpty();
        browser.fullScreenshot(SHOTS.resolve("form-stance.png"));
        browser.driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/tracks/river-talks"));
        String concern = browser.driver.findElement(By.id("concern-dam-concern")).getText();
        assertThat(concern).contains("Not while the dam is planned.").contains("won’t discuss");
        browser.fullScreenshot(SHOTS.resolve("track-after-stance.png"));
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void delegate_cannotRecordAnotherPartysStance() {
        signIn();
        long before = fixture.pacta.registry().size();
        browser.open(fixture.base() + "/new/stance?concern=dam-concern&lang=en");
        // The form offers only North; a tampered form asks for South, and the server still refuses.
        browser.script("const o = document.createElement('option'); o.value = 'south'; o.text = 'South';"
                + "const s = document.getElementById('f-party'); s.appendChild(o); s.value = 'south';");
        browser.driver.findElement(By.id("f-date")).sendKeys("2024-05-03");
        browser.driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.id("f-party-error")).isEmpty());
        assertThat(browser.driver.findElement(By.id("f-party-error")).getText())
                .contains("cannot act in the name of south");
        assertThat(browser.driver.findElement(By.id("f-date")).getAttribute("value")).isEqualTo("2024-05-03");
        assertThat(fixture.pacta.registry().size()).isEqualTo(before);
        browser.fullScreenshot(SHOTS.resolve("form-stance-refused.png"));
    }
}
