package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.pacta.core.access.AccessService;
import org.pacta.core.access.Principal;

/**
 * {@code /signin} and {@code /signout}: a name and password start a server-side session (see
 * {@link Sessions}). A failed sign-in says only that the pair was wrong, never which half, so the
 * form cannot be used to find out which names exist.
 */
public final class SignInPage {

    /** The sign-in form: the name entered (kept after a failure), the error, the CSRF token, where to go next. */
    public record SignInView(String name, Optional<String> error, String csrf, String next) {
    }

    private final AccessService access;
    private final Sessions sessions;

    SignInPage(AccessService access, Sessions sessions) {
        this.access = requireNonNull(access, "access is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    void show(PageRequest r) {
        // Even the sign-in form carries a CSRF token, so a third-party page cannot sign a visitor in
        // under an account of its choosing: an anonymous session holds it.
        Sessions.Session session = sessions.findOrStart(r.ctx());
        render(r, 200, new SignInView("", Optional.empty(), session.csrf(), next(r.param("next").orElse("/"))));
    }

    void submit(PageRequest r) {
        String name = Optional.ofNullable(r.ctx().formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(r.ctx().formParam("password")).orElse("");
        String next = next(Optional.ofNullable(r.ctx().formParam("next")).orElse("/"));
        Optional<Principal> principal = name.isEmpty() || password.isEmpty() ? Optional.empty()
                : access.signIn(name, password);
        if (principal.isPresent()) {
            sessions.start(r.ctx(), principal);
            r.ctx().redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Sessions.Session session = sessions.findOrStart(r.ctx());
        render(r, 401, new SignInView(name, Optional.of(r.page().m("signin.failed")), session.csrf(), next));
    }

    void signOut(PageRequest r) {
        sessions.end(r.ctx());
        r.ctx().redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: an absolute or protocol-relative address would make an open redirect. */
    private static String next(String wanted) {
        return wanted.startsWith("/") && !wanted.startsWith("//") && !wanted.contains("\\") ? wanted : "/";
    }

    private static void render(PageRequest r, int status, SignInView view) {
        r.render().page(r.ctx(), status, "signin.jte", r.page().titled(r.page().m("signin.title"), "signin"), view);
    }
}
