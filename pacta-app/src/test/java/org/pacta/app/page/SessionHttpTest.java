package org.pacta.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pacta.core.access.AccessService.NewAccount;
import org.pacta.core.access.Role;
import org.pacta.core.negotiation.Concern;

/** Sessions, CSRF and the write forms over plain HTTP, on the redline registry with one concern. */
class SessionHttpTest {

    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path folder;

    private static PageFixture fixture;
    private static PageClient client;

    @BeforeAll
    static void start() {
        fixture = PageFixture.redline(folder);
        addConcernAndDelegate(fixture);
        fixture.pacta.access().createAccount(new NewAccount("analyst", Role.ANALYST, Optional.empty(),
                Optional.of(PASSWORD)));
        client = new PageClient(fixture.base());
    }

    /** A concern South raised with North on the river talks, and a delegate of North who may sign in. */
    static void addConcernAndDelegate(PageFixture fixture) {
        fixture.pacta.registry().append("test", new Concern("dam-concern", Optional.of("river-talks"), "south",
                List.of("north"), "A dam upstream", Optional.empty(), Optional.empty(), List.of(), List.of(), false,
                Optional.empty()));
        fixture.pacta.access().createAccount(new NewAccount("north-delegate", Role.DELEGATE, Optional.of("north"),
                Optional.of(PASSWORD)));
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** A visitor's session: its cookie and the CSRF token of its forms. */
    record Visit(String cookie, String csrf) {
    }

    static Visit open(PageClient client) {
        PageClient.Answer page = client.get("/signin");
        String setCookie = page.header("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        return new Visit(setCookie.substring(0, setCookie.indexOf(';')), csrf(page.body()));
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the page has a CSRF field").isTrue();
        return m.group(1);
    }

    static Visit signIn(PageClient client) {
        return signIn(client, "north-delegate");
    }

    static Visit signIn(PageClient client, String name) {
        Visit anonymous = open(client);
        PageClient.Answer answer = client.post("/signin", Map.of("name", name, "password", PASSWORD,
                "csrf", anonymous.csrf()), "Cookie", anonymous.cookie());
        assertThat(answer.status()).isEqualTo(303);
        String setCookie = answer.header("Set-Cookie");
        String cookie = setCookie.substring(setCookie.indexOf("pacta_session="), setCookie.indexOf(';',
                setCookie.indexOf("pacta_session=")));
        assertThat(cookie).as("a new session id at sign-in").isNotEqualTo(anonymous.cookie());
        return new Visit(cookie, csrf(client.get("/", "Cookie", cookie).body()));
    }

    @Test
    void postWithoutToken_isRefused() {
        assertThat(client.post("/signin", Map.of("name", "north-delegate", "password", PASSWORD)).status())
                .isEqualTo(403);
        Visit visit = open(client);
        PageClient.Answer wrongToken = client.post("/signin", Map.of("name", "north-delegate", "password", PASSWORD,
                "csrf", "forged"), "Cookie", visit.cookie());
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(wrongToken.body()).contains("did not come from this site");
    }

    @Test
    void signIn_wrongPasswordOrUnknownName_sameAnswer() {
        Visit visit = open(client);
        PageClient.Answer wrongPassword = client.post("/signin", Map.of("name", "north-delegate", "password", "nope",
                "csrf", visit.csrf()), "Cookie", visit.cookie());
        PageClient.Answer unknownName = client.post("/signin", Map.of("name", "nobody", "password", PASSWORD,
                "csrf", visit.csrf()), "Cookie", visit.cookie());
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownName.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("The name or the password is wrong.").contains("value=\"north-delegate\"");
        assertThat(unknownName.body()).contains("The name or the password is wrong.");
    }

    @Test
    void signIn_showsWhoIsSignedIn_andSignOutEndsTheSession() {
        Visit visit = signIn(client);
        assertThat(client.get("/tracks/river-talks", "Cookie", visit.cookie()).body())
                .contains("Signed in as north-delegate").contains("/new/stance?concern=dam-concern");
        assertThat(client.post("/signout", Map.of("csrf", visit.csrf()), "Cookie", visit.cookie()).status())
                .isEqualTo(303);
        assertThat(client.get("/", "Cookie", visit.cookie()).body()).doesNotContain("Signed in as");
    }

    @Test
    void form_withoutSession_redirectsToSignIn() {
        PageClient.Answer answer = client.get("/new/stance?concern=dam-concern");
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).startsWith("/signin?next=");
    }

    @Test
    void stance_csrfChecked_policyEnforced_errorsKept_andWrittenOnSuccess() {
        Visit visit = signIn(client);
        long before = fixture.pacta.registry().size();
        Map<String, String> form = new LinkedHashMap<>(Map.of("concern", "dam-concern", "party", "north",
                "stance", "WILL_DISCUSS", "date", "2024-05-02"));

        assertThat(client.post("/new/stance", form, "Cookie", visit.cookie()).status()).as("no token").isEqualTo(403);

        Map<String, String> other = new LinkedHashMap<>(form);
        other.put("party", "south");
        other.put("csrf", visit.csrf());
        PageClient.Answer refused = client.post("/new/stance", other, "Cookie", visit.cookie());
        assertThat(refused.status()).as("a delegate of north for south").isEqualTo(403);
        assertThat(refused.body()).contains("cannot act in the name of south");

        Map<String, String> badDate = new LinkedHashMap<>(form);
        badDate.put("date", "second of May");
        badDate.put("csrf", visit.csrf());
        PageClient.Answer invalid = client.post("/new/stance", badDate, "Cookie", visit.cookie());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("id=\"f-date-error\"").contains("value=\"second of May\"");
        assertThat(fixture.pacta.registry().size()).as("nothing written on failure").isEqualTo(before);

        form.put("csrf", visit.csrf());
        PageClient.Answer written = client.post("/new/stance", form, "Cookie", visit.cookie());
        assertThat(written.status()).isEqualTo(303);
        assertThat(written.header("Location")).startsWith("/tracks/river-talks");
        assertThat(fixture.pacta.registry().size()).isEqualTo(before + 1);
    }

    @Test
    void position_delegateForItsOwnParty_redirectsToTheInstrument() {
        Visit visit = signIn(client);
        PageClient.Answer written = client.post("/new/position", Map.of("instrument", "river-pact", "version", "2",
                "eid", "art_3", "party", "north", "position", "RESERVE", "csrf", visit.csrf()), "Cookie", visit.cookie());
        assertThat(written.status()).isEqualTo(303);
        assertThat(written.header("Location")).startsWith("/instruments/river-pact");
    }

    @Test
    void commitment_missingAndBadFields_errorsNextToThem_valuesKept() {
        Visit visit = signIn(client);
        long before = fixture.pacta.registry().size();
        PageClient.Answer answer = client.post("/new/commitment", Map.of("madeBy", "north", "madeTo", "south",
                "form", "ORAL", "date", "2024-13-45", "sources", "river-report", "csrf", visit.csrf()),
                "Cookie", visit.cookie());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"f-text-error\"").contains("value=\"2024-13-45\"")
                .contains("value=\"river-report\"");
        assertThat(fixture.pacta.registry().size()).isEqualTo(before);
    }

    @Test
    void report_delegateRefused_analystImports() {
        Visit delegate = signIn(client);
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Dam talks stall",
                "text", "\"We will not build the dam,\" the South's minister said on Monday.\n"));
        form.put("csrf", delegate.csrf());
        assertThat(client.get("/sources", "Cookie", delegate.cookie()).body()).doesNotContain("/new/report");
        assertThat(client.post("/new/report", form, "Cookie", delegate.cookie()).status()).isEqualTo(403);

        Visit analyst = signIn(client, "analyst");
        form.put("csrf", analyst.csrf());
        PageClient.Answer imported = client.post("/new/report", form, "Cookie", analyst.cookie());
        assertThat(imported.status()).isEqualTo(303);
        assertThat(imported.header("Location")).startsWith("/sources/");
        assertThat(client.get(imported.header("Location")).body()).contains("Dam talks stall");
    }
}
