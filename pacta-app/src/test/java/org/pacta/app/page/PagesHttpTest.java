package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.core.registry.Kind;

/** The page routes over HTTP, without a browser: status codes, languages, errors, key content. */
class PagesHttpTest {

    @TempDir
    static Path folder;

    private static PageFixture demo;
    private static PageFixture redline;
    private static PageClient client;

    @BeforeAll
    static void start() {
        demo = PageFixture.demo(folder);
        redline = PageFixture.redline(folder);
        client = new PageClient(demo.base());
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
        if (redline != null) {
            redline.close();
        }
    }

    static List<String> pages() {
        return PageList.DEMO;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void page_answersHtmlInEnglishAndFrench(String path) {
        for (String lang : List.of("en", "fr")) {
            PageClient.Answer answer = client.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(answer.status()).as(path + " " + lang).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(answer.header("Content-Language")).isEqualTo(lang);
            assertThat(answer.body()).contains("<html lang=\"" + lang + "\">").contains("<main id=\"main\"")
                    .contains("href=\"#main\"").doesNotContain("java.lang.");
            assertThat(count(answer.body(), "<h1")).as("one h1 on " + path).isEqualTo(1);
        }
    }

    @Test
    void unknownIds_are404PagesInTheSitesLook() {
        for (String path : List.of("/parties/atlantis", "/instruments/none", "/instruments/none/diff",
                "/tracks/none", "/commitments/none", "/allegations/none", "/sources/none", "/events/none")) {
            PageClient.Answer answer = client.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(answer.body()).contains("<h1>Not found</h1>").contains("class=\"site\"");
        }
        assertThat(client.get("/parties/atlantis?lang=fr").body()).contains("<h1>Introuvable</h1>")
                .contains("l’identifiant «\u00a0atlantis\u00a0»");
        assertThat(client.get("/instruments/us-russia-treaty-2021?version=7").status()).isEqualTo(404);
    }

    @Test
    void unknownPath_isHtmlForBrowsers_andProblemJsonForTheApi() {
        PageClient.Answer page = client.get("/no/such/page", "Accept", "text/html,application/xhtml+xml");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/no/such/page");
        PageClient.Answer api = client.get("/api/v1/nothing", "Accept", "text/html");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("/api/v1/parties/atlantis").header("Content-Type"))
                .startsWith("application/problem+json");
    }

    @Test
    void badParameters_are400PagesNamingTheParameter() {
        assertThat(client.get("/timeline?from=yesterday")).satisfies(a -> {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.body()).contains("“from”").contains("“yesterday”");
        });
        assertThat(client.get("/commitments?form=WHISPERED").status()).isEqualTo(400);
        assertThat(client.get("/commitments?party=atlantis").status()).isEqualTo(400);
        assertThat(client.get("/commitments?from=2000&to=1990").status()).isEqualTo(400);
        assertThat(client.get("/instruments/us-russia-treaty-2021?version=two").status()).isEqualTo(400);
        assertThat(client.get("/analysis?by=century").status()).isEqualTo(400);
        assertThat(client.get("/parties/nato?on=someday").status()).isEqualTo(400);
    }

    @Test
    void language_fromQuery_isRememberedInACookie() {
        PageClient.Answer answer = client.get("/parties?lang=fr");
        assertThat(answer.header("Set-Cookie")).contains("pacta_lang=fr").contains("Path=/")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(client.get("/parties", "Cookie", "pacta_lang=fr").body()).contains("<html lang=\"fr\">");
        assertThat(client.get("/parties", "Cookie", "pacta_lang=fr", "Accept-Language", "en").body())
                .contains("<html lang=\"fr\">");
        assertThat(client.get("/parties?lang=en", "Cookie", "pacta_lang=fr").body()).contains("<html lang=\"en\">");
    }

    @Test
    void language_fromAcceptLanguage_thenEnglish() {
        assertThat(client.get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"fr\">").contains("Ce que contient Pacta");
        assertThat(client.get("/", "Accept-Language", "de-DE,de;q=0.9").body()).contains("<html lang=\"en\">");
        assertThat(client.get("/", "Accept-Language", "not a header;;;").body()).contains("<html lang=\"en\">");
        assertThat(client.get("/").header("Vary")).contains("Accept-Language").contains("Cookie");
    }

    @Test
    void languageSwitch_keepsThePageAndItsQuery() {
        String body = client.get("/commitments?form=ORAL&lang=en").body();
        assertThat(body).contains("href=\"/commitments?form=ORAL&amp;lang=fr\"");
    }

    @Test
    void nato_on1997_05_27_hasSixteenMembers() {
        String body = client.get("/parties/nato?on=1997-05-27&lang=en").body();
        assertThat(body).contains("Members on 27 May 1997: 16");
        String french = client.get("/parties/nato?on=1997-05-27&lang=fr").body();
        assertThat(french).contains("Membres au 27 mai 1997\u00a0: 16");
        assertThat(client.get("/parties/nato?on=1949-08-24").body()).contains("Members on 24 Aug 1949: 12");
    }

    @Test
    void drafts_showTheirArticles() {
        String us = client.get("/instruments/us-russia-treaty-2021").body();
        assertThat(count(us, "<article class=\"article\"")).isEqualTo(8);
        assertThat(us).contains("Text of version 1 (8 articles)");
        assertThat(count(client.get("/instruments/nato-russia-agreement-2021").body(), "<article class=\"article\""))
                .isEqualTo(9);
    }

    @Test
    void oralCommitments_includeThe1990Assurances() {
        String body = client.get("/commitments?form=ORAL").body();
        assertThat(body).contains("/commitments/us-ussr-1990-02-09-baker").contains("9 Feb 1990")
                .doesNotContain("/commitments/nato-ru-fa-1997-forces\"");
        assertThat(body).contains("Commitments shown: 7 of 19");
    }

    @Test
    void timeline_january2022_showsTheThreePlatformsSessions() {
        String body = client.get("/timeline?from=2022-01&to=2022-01").body();
        for (String session : List.of("geneva-ssd-2022-01-10", "nato-russia-council-2022-01-12",
                "osce-permanent-council-2022-01-13")) {
            assertThat(body).contains("id=\"session-" + session + "\"");
        }
        assertThat(body).doesNotContain("id=\"session-osce-permanent-council-2022-02-08\"").contains("<svg");
    }

    @Test
    void redline_marksInsertionsAndDeletions() {
        PageClient redlines = new PageClient(redline.base());
        String body = redlines.get("/instruments/river-pact/diff?from=1&to=2").body();
        assertThat(body).contains("<ins>").contains("<del>").contains("or dam").contains("was Article 3");
        assertThat(body).containsPattern("<del><span class=\"vh\">\\[deleted\\] </span>Fishing rights");
        assertThat(redlines.get("/instruments/river-pact").body()).contains("Text of version 2 (3 articles)");
        assertThat(redlines.get("/instruments/river-pact/diff").status()).isEqualTo(200);
    }

    @Test
    void instrument_showsPositionsMatrixAndSignatures() {
        PageClient redlines = new PageClient(redline.base());
        String body = redlines.get("/instruments/river-pact?lang=en").body();
        assertThat(body).contains("class=\"compact matrix\"").contains("id=\"position-pos-1\"")
                .contains("counter-proposal").contains("The commission meets twice a year.").contains("no position");
        assertThat(body).contains("agreed text").contains("id=\"signature-");
        assertThat(redlines.get("/instruments/river-pact?version=1&lang=en").body())
                .contains("No party has recorded a position on the articles of version 1");
        assertThat(client.get("/instruments/us-russia-treaty-2021").body())
                .contains("No party has recorded a position").contains("No version has been signed");
        assertThat(redlines.get("/parties/north").body()).contains("id=\"key-north-key\"");
        assertThat(redlines.get("/tracks/river-talks").body()).contains("id=\"message-msg-1\"")
                .contains("counter-proposes");
    }

    @Test
    void source_withStoredText_highlightsItsQuotations() {
        PageClient redlines = new PageClient(redline.base());
        String body = redlines.get("/sources/river-report?lang=en").body();
        assertThat(body).contains("Text of the source").containsPattern("<mark>[^<]*never accept a dam");
        assertThat(body).contains("href=\"#quote-river-report.q1\"")
                .contains("id=\"statement-river-report.q1\"");
        assertThat(client.get("/sources/rt-fr-2021-12-22-lavrov").body()).doesNotContain("<mark>")
                .contains("not stored in Pacta");
    }

    @Test
    void search_findsAcrossKindsIgnoringCaseAndAccents() {
        String body = client.get("/search?q=FOUNDING+act").body();
        assertThat(body).contains("/instruments/nato-russia-founding-act-1997");
        assertThat(client.get("/search?q=zzzzqqq").body()).contains("Results: 0");
    }

    @Test
    void staticFiles_areVersionedAndCached() {
        String home = client.get("/").body();
        Matcher css = Pattern.compile("/static/pacta\\.css\\?v=([0-9a-f]+)").matcher(home);
        assertThat(css.find()).isTrue();
        PageClient.Answer answer = client.get(css.group());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("immutable");
        assertThat(client.get("/static/pacta.css", "If-None-Match", answer.header("ETag")).status()).isEqualTo(304);
        assertThat(client.get("/static/htmx.min.js").body()).contains("htmx");
        assertThat(client.get("/static/nothing.js").status()).isEqualTo(404);
    }

    @Test
    void pages_carryASecurityPolicyWithoutInlineCode() {
        PageClient.Answer answer = client.get("/timeline");
        assertThat(answer.header("Content-Security-Policy")).contains("script-src 'self'").contains("style-src 'self'");
        assertThat(answer.body()).doesNotContain("style=\"").doesNotContain("<script>").doesNotContain("onclick");
    }

    /** Every item that has a page of its own is at most two clicks from the front page. */
    @Test
    void everyItemPage_isWithinTwoClicksOfHome() {
        Set<String> reached = new HashSet<>(Set.of("/"));
        Set<String> frontier = Set.of("/");
        for (int click = 1; click <= 2; click++) {
            Set<String> next = new HashSet<>();
            for (String page : frontier) {
                for (String link : links(client.get(page).body())) {
                    if (reached.add(link)) {
                        next.add(link);
                    }
                }
            }
            frontier = next;
        }
        Set<String> paths = new HashSet<>();
        reached.forEach(link -> paths.add(link.replaceAll("\\?.*", "")));
        List<String> expected = new ArrayList<>();
        Map<Kind, String> pages = Map.of(Kind.PARTY, "/parties/", Kind.INSTRUMENT, "/instruments/", Kind.TRACK,
                "/tracks/", Kind.COMMITMENT, "/commitments/", Kind.ALLEGATION, "/allegations/", Kind.SOURCE,
                "/sources/", Kind.EVENT, "/events/");
        pages.forEach((kind, prefix) -> demo.pacta.registry().all(kind)
                .forEach(item -> expected.add(prefix + item.id())));
        assertThat(expected).hasSize(42 + 8 + 3 + 19 + 9 + 121 + 16);
        assertThat(paths).containsAll(expected);
    }

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)");

    /** The site's own page links of a page (no API, no static files), without fragments. */
    private static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (!link.startsWith("/api/") && !link.startsWith("/static/") && !link.contains("lang=")) {
                out.add(link);
            }
        }
        return out;
    }

    static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
