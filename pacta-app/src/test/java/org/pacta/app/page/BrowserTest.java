package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in real headless Chromium, in English and French: no console error, no problem found by
 * static/checks.js (labels, headings, contrast, overflow...), and the content the demo must show.
 * Screenshots of the main pages go to target/screenshots/.
 */
class BrowserTest {

    @TempDir
    static Path folder;

    private static PageFixture demo;
    private static PageFixture redline;
    private static Browser browser;

    private static final Path SHOTS = Path.of("target", "screenshots");

    private static final List<String[]> MAIN_PAGES = List.of(new String[] {"home", "/"},
            new String[] {"parties", "/parties"}, new String[] {"party-nato-1997", "/parties/nato?on=1997-05-27"},
            new String[] {"instruments", "/instruments"},
            new String[] {"instrument-us-treaty", "/instruments/us-russia-treaty-2021"},
            new String[] {"tracks", "/tracks"}, new String[] {"track-geneva", "/tracks/geneva-ssd"},
            new String[] {"commitments-oral", "/commitments?form=ORAL"},
            new String[] {"commitment-baker", "/commitments/us-ussr-1990-02-09-baker"},
            new String[] {"allegations", "/allegations"},
            new String[] {"allegation", "/allegations/ru-us-budapest-2014"},
            new String[] {"sources", "/sources"}, new String[] {"source-lavrov", "/sources/rt-fr-2021-12-22-lavrov"},
            new String[] {"timeline", "/timeline"},
            new String[] {"timeline-jan-2022", "/timeline?from=2022-01&to=2022-01"},
            new String[] {"analysis", "/analysis"}, new String[] {"not-found", "/parties/atlantis"});

    @BeforeAll
    static void start() {
        browser = Browser.start(folder.resolve("chromium-profile"));
        demo = PageFixture.demo(folder);
        redline = PageFixture.redline(folder);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.close();
        }
        if (redline != null) {
            redline.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.width(1280, 900);
    }

    private static String url(String path, String lang) {
        return demo.base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    /** Opens a page and checks what every page must satisfy. */
    private static void visit(String url) {
        browser.severeLogs();
        browser.open(url);
        assertThat(browser.severeLogs()).as("console errors on " + url).isEmpty();
        List<Map<String, Object>> problems = browser.audit();
        assertThat(problems).as("checks.js on " + url).isEmpty();
    }

    static List<String> pages() {
        return PageList.DEMO;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPage_inBothLanguages_hasNoConsoleErrorAndPassesTheChecks(String path) {
        for (String lang : List.of("en", "fr")) {
            visit(url(path, lang));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }

    @Test
    void mainPages_screenshots_inEnglishAndFrench() {
        for (String[] page : MAIN_PAGES) {
            for (String lang : List.of("en", "fr")) {
                browser.open(url(page[1], lang));
                browser.fullScreenshot(SHOTS.resolve(page[0] + "-" + lang + ".png"));
            }
        }
        browser.open(redline.base() + "/instruments/river-pact/diff?from=1&to=2&lang=en");
        browser.fullScreenshot(SHOTS.resolve("redline-en.png"));
        browser.open(redline.base() + "/instruments/river-pact/diff?from=1&to=2&lang=fr");
        browser.fullScreenshot(SHOTS.resolve("redline-fr.png"));
    }

    @Test
    void narrowScreen_360px_noPageScrollsSideways() {
        browser.width(360, 780);
        for (String path : List.of("/", "/parties/nato?on=1997-05-27", "/instruments/us-russia-treaty-2021",
                "/tracks/geneva-ssd", "/commitments", "/timeline", "/analysis")) {
            visit(url(path, "fr"));
        }
        browser.open(url("/", "en"));
        browser.fullScreenshot(SHOTS.resolve("home-360-en.png"));
        browser.open(url("/commitments?form=ORAL", "fr"));
        browser.fullScreenshot(SHOTS.resolve("commitments-oral-360-fr.png"));
    }

    @Test
    void drafts_usTreatyHasEightArticles_natoAgreementNine() {
        browser.open(url("/instruments/us-russia-treaty-2021", "en"));
        assertThat(browser.driver.findElements(By.cssSelector("article.article"))).hasSize(8);
        browser.open(url("/instruments/nato-russia-agreement-2021", "fr"));
        assertThat(browser.driver.findElements(By.cssSelector("article.article"))).hasSize(9);
    }

    @Test
    void nato_on1997_05_27_listsSixteenMembers() {
        browser.open(url("/parties/nato?on=1997-05-27", "en"));
        List<WebElement> members = browser.driver.findElements(By.cssSelector("ul[aria-labelledby=members-on] li"));
        assertThat(members).hasSize(16);
        assertThat(members.stream().map(WebElement::getText)).contains("Germany", "Spain", "Türkiye")
                .doesNotContain("Poland");
    }

    @Test
    void oralCommitments_showThe1990Assurances() {
        browser.open(url("/commitments?form=ORAL", "en"));
        assertThat(browser.driver.findElement(By.id("results")).getText()).contains("9 Feb 1990")
                .contains("United States");
        assertThat(browser.driver.findElements(By.cssSelector("#results .strength.s-oral"))).hasSize(7);
    }

    @Test
    void filter_withHtmx_updatesResultsAndAddress() {
        browser.open(url("/commitments", "en"));
        String before = browser.driver.findElement(By.id("found")).getText();
        new Select(browser.driver.findElement(By.id("f-form"))).selectByValue("LEGAL");
        // htmx swaps #found while the wait reads it: a stale element means "look again".
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("found")).getText().equals(before));
        assertThat(browser.driver.findElement(By.id("found")).getText()).isEqualTo("Commitments shown: 1 of 19");
        assertThat(browser.driver.getCurrentUrl()).contains("form=LEGAL");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void timeline_january2022_showsTheThreeSessions() {
        browser.open(url("/timeline?from=2022-01&to=2022-01", "en"));
        for (String session : List.of("geneva-ssd-2022-01-10", "nato-russia-council-2022-01-12",
                "osce-permanent-council-2022-01-13")) {
            assertThat(browser.driver.findElement(By.id("session-" + session)).getText()).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector("svg a[href$='#session-" + session + "']")))
                    .hasSize(1);
        }
    }

    @Test
    void redline_marksInsertionsAndDeletions_visiblyWithoutColour() {
        browser.open(redline.base() + "/instruments/river-pact/diff?from=1&to=2&lang=en");
        WebElement inserted = browser.driver.findElement(By.cssSelector("article ins"));
        WebElement deleted = browser.driver.findElement(By.cssSelector("article del"));
        assertThat(inserted.getText()).contains("or dam");
        assertThat(inserted.getCssValue("text-decoration-line")).contains("underline");
        assertThat(deleted.getCssValue("text-decoration-line")).contains("line-through");
        assertThat(browser.driver.findElement(By.id("art_3")).getText()).contains("was Article 3");
        assertThat(browser.severeLogs()).isEmpty();
        assertThat(browser.audit()).isEmpty();
    }

    /** Pages that the demo cannot show yet: positions, signatures, messages, keys, a stored source text. */
    @Test
    void negotiatedText_pages_passTheChecks() {
        for (String path : List.of("/instruments/river-pact", "/instruments/river-pact?version=1",
                "/tracks/river-talks", "/parties/north", "/sources/river-report", "/timeline?from=2024&to=2024")) {
            for (String lang : List.of("en", "fr")) {
                visit(redline.base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            }
        }
        browser.open(redline.base() + "/instruments/river-pact?lang=en");
        assertThat(browser.driver.findElements(By.cssSelector("table.matrix tbody tr"))).hasSize(3);
        browser.fullScreenshot(SHOTS.resolve("positions-signatures-en.png"));
        browser.open(redline.base() + "/sources/river-report?lang=fr");
        assertThat(browser.driver.findElement(By.cssSelector(".source-text mark")).getText()).contains("never accept");
        browser.fullScreenshot(SHOTS.resolve("source-text-fr.png"));
    }

    @Test
    void languageSwitch_isStickyAcrossPages() {
        browser.open(demo.base() + "/parties?lang=en");
        browser.driver.findElement(By.cssSelector("nav.lang a[hreflang=fr]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Parties");
        browser.open(demo.base() + "/commitments");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Engagements");
        browser.open(demo.base() + "/?lang=en");
    }

    /** Guards the two checks every page relies on against passing vacuously. */
    @Test
    void consoleErrorsAndAuditProblems_areReallySeen() {
        browser.open(demo.base() + "/static/nothing-here.png");
        browser.open("data:text/html,<title>x</title><main><h2>skipped h1</h2><input id=q></main>"
                + "<script>console.error('deliberate')</script>");
        assertThat(browser.severeLogs()).anyMatch(m -> m.contains("deliberate"));
        assertThat(browser.audit()).extracting(p -> p.get("rule")).contains("lang", "headings", "label", "landmark");
    }

    @Test
    void keyboard_firstTabReachesTheSkipLink_withAVisibleFocus() {
        browser.open(url("/", "en"));
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
    }
}
