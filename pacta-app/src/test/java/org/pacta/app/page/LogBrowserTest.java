package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The log page and the verification of an entry in real headless Chromium, with a running log. */
class LogBrowserTest {

    @TempDir
    static Path folder;

    private static PageFixture logged;
    private static Browser browser;

    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() {
        browser = Browser.start(folder.resolve("chromium-profile"));
        logged = PageFixture.logged(folder);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (logged != null) {
            logged.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void log_rendersTheCheckpoint_withoutConsoleErrors(String lang) {
        browser.open(logged.base() + "/log?lang=" + lang);
        String text = browser.driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("test.example/pacta").contains(lang.equals("en") ? "Latest checkpoint"
                : "Dernier point de contrôle").contains(lang.equals("en") ? "the log’s signature" : "signature du journal");
        assertThat(browser.severeLogs()).isEmpty();
        assertThat(browser.audit()).isEmpty();
        browser.fullScreenshot(SHOTS.resolve("log-" + lang + ".png"));
    }

    @Test
    void verify_realEntry_succeeds_andFailsWhenTampered() {
        browser.open(logged.base() + "/log?lang=en");
        browser.driver.findElement(By.id("lookup-index")).sendKeys("3");
        browser.driver.findElement(By.cssSelector("form[action='/log/entries'] button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/log/entries/3"));
        assertThat(browser.driver.findElement(By.id("covered")).getText()).isEqualTo("yes");

        String result = verify();
        assertThat(result).as(browser.driver.findElement(By.id("verdict")).getText() + "\n"
                + browser.driver.findElement(By.id("steps")).getText()).isEqualTo("ok");
        assertThat(browser.driver.findElement(By.id("verdict")).getText())
                .contains("Verified").contains("signature on the checkpoint is valid");
        assertThat(browser.driver.findElements(By.cssSelector("#steps li"))).hasSizeGreaterThan(1);
        browser.fullScreenshot(SHOTS.resolve("log-entry-verified.png"));

        browser.driver.findElement(By.id("tamper")).click();
        assertThat(verify()).isEqualTo("fail");
        assertThat(browser.driver.findElement(By.id("verdict")).getText()).contains("Not verified");
        browser.fullScreenshot(SHOTS.resolve("log-entry-tampered.png"));
        assertThat(browser.severeLogs()).isEmpty();
        assertThat(browser.audit()).isEmpty();
    }

    private String verify() {
        browser.script("document.getElementById('verdict').removeAttribute('data-result')");
        browser.driver.findElement(By.id("verify-button")).click();
        WebElement verdict = browser.driver.findElement(By.id("verdict"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> verdict.getAttribute("data-result") != null);
        return verdict.getAttribute("data-result");
    }
}
