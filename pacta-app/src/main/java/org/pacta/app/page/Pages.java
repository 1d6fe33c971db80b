package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Kind;

/**
 * The web pages: registers every page route, the static files, and the HTML error pages. Each route
 * resolves the visitor's language, takes the current {@link Snapshot}, and renders one template; an
 * unknown id or a bad parameter renders the error page in the site's look and the visitor's language.
 */
public final class Pages {

    private final Catalog catalog;
    private final Texts texts;
    private final Assets assets;
    private final Render render;
    private final Function<String, Optional<String>> content;
    private final LogPage log;
    private final Sessions sessions;
    private final SignInPage signIn;
    private final FormPages forms;

    private Pages(Catalog catalog, Texts texts, Assets assets, Render render,
            Function<String, Optional<String>> content, Pacta pacta, Clock clock) {
        this.catalog = catalog;
        this.texts = texts;
        this.assets = assets;
        this.render = render;
        this.content = content;
        this.log = new LogPage(pacta);
        this.sessions = new Sessions(clock);
        this.signIn = new SignInPage(pacta.access(), sessions);
        this.forms = new FormPages(pacta, catalog::current);
    }

    /** Registers the pages on a server being configured, over {@code pacta}. */
    public static void register(JavalinConfig config, Pacta pacta) {
        register(config, pacta, Clock.systemUTC());
    }

    static void register(JavalinConfig config, Pacta pacta, Clock clock) {
        requireNonNull(config, "config is null");
        requireNonNull(pacta, "pacta is null");
        Pages pages = new Pages(new Catalog(pacta.registry(), clock), Texts.load(), new Assets(), new Render(),
                pacta.content()::get, pacta, clock);
        pages.assets.register(config);
        pages.routes(config);
        // Errors (org.pacta.app.web) answers every 404 with problem JSON first; a browser that asked
        // for HTML outside the API gets the site's own page instead.
        config.routes.error(404, "html", ctx -> {
            if (ctx.attribute(Render.RENDERED) == null && !ctx.path().startsWith("/api/")) {
                pages.error(ctx, "home", 404, "error.notFoundPath", List.of(ctx.path()));
            }
        });
    }

    private void routes(JavalinConfig config) {
        get(config, "/", "home", HomePage::home);
        get(config, "/search", "home", HomePage::search);
        get(config, "/parties", "parties", PartyPages::list);
        get(config, "/parties/{id}", "parties", PartyPages::one);
        get(config, "/instruments", "instruments", InstrumentPages::list);
        get(config, "/instruments/{id}", "instruments", InstrumentPages::one);
        get(config, "/instruments/{id}/diff", "instruments", InstrumentPages::diff);
        get(config, "/tracks", "tracks", TrackPages::list);
        get(config, "/tracks/{id}", "tracks", TrackPages::one);
        get(config, "/commitments", "commitments", CommitmentPages::list);
        get(config, "/commitments/{id}", "commitments", CommitmentPages::one);
        get(config, "/allegations", "allegations", AllegationPages::list);
        get(config, "/allegations/{id}", "allegations", AllegationPages::one);
        get(config, "/sources", "sources", SourcePages::list);
        get(config, "/sources/{id}", "sources", SourcePages::one);
        get(config, "/events/{id}", "timeline", SourcePages::event);
        get(config, "/timeline", "timeline", TimelinePage::show);
        get(config, "/analysis", "analysis", AnalysisPage::show);
        get(config, "/log", "log", log::show);
        get(config, "/log/entries", "log", log::lookup);
        get(config, "/log/entries/{index}", "log", log::entry);
        get(config, "/signin", "signin", signIn::show);
        post(config, "/signin", "signin", signIn::submit);
        post(config, "/signout", "signin", signIn::signOut);
        get(config, "/new/{form}", "new", r -> forms.show(r, signedIn(r)));
        post(config, "/new/{form}", "new", r -> forms.submit(r, signedIn(r)));
    }

    /** The signed-in visitor; anyone else is sent to sign in first, and back here after. */
    private static org.pacta.core.access.Principal signedIn(PageRequest r) {
        return r.page().user().orElseThrow(() -> new SignInFirst(r.ctx().path()));
    }

    /** Thrown where a page needs a signed-in visitor: the route redirects to the sign-in page. */
    static final class SignInFirst extends RuntimeException {
        private final String back;

        SignInFirst(String back) {
            super("sign in first", null, false, false);
            this.back = back;
        }
    }

    /** What a route does with its request. */
    interface Route {
        void handle(PageRequest request);
    }

    private void get(JavalinConfig config, String path, String section, Route route) {
        config.routes.get(path, ctx -> handle(ctx, section, route));
    }

    /** A POST from a page's form: refused with a 403 page unless it carries the session's CSRF token. */
    private void post(JavalinConfig config, String path, String section, Route route) {
        config.routes.post(path, ctx -> {
            if (!sessions.csrfOk(ctx)) {
                error(ctx, section, 403, "error.csrf", List.of());
                return;
            }
            handle(ctx, section, route);
        });
    }

    private void handle(Context ctx, String section, Route route) {
        PageContext page = context(ctx, section);
        try {
            route.handle(new PageRequest(ctx, page, page.s(), render, content));
        } catch (SignInFirst e) {
            ctx.redirect("/signin?next=" + PageContext.encode(e.back), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (PageException e) {
            error(ctx, page, e.status(), e.key(), List.of(e.arguments()));
        } catch (PactaException.NotFound e) {
            error(ctx, page, 404, "error.notFoundPath", List.of(ctx.path()));
        }
    }

    private PageContext context(Context ctx, String section) {
        Lang lang = Lang.resolve(ctx);
        Optional<Sessions.Session> session = sessions.find(ctx);
        return new PageContext(lang, texts, catalog.current(), assets, ctx.path(),
                PageContext.queryWithoutLang(ctx.queryParamMap()), texts.get(lang, "site.name"), section,
                session.flatMap(Sessions.Session::principal), session.map(Sessions.Session::csrf).orElse(""));
    }

    private void error(Context ctx, String section, int status, String key, List<Object> arguments) {
        error(ctx, context(ctx, section), status, key, arguments);
    }

    private void error(Context ctx, PageContext page, int status, String key, List<Object> arguments) {
        Object[] words = arguments.stream().map(a -> a instanceof Kind kind ? page.kind(kind) : a).toArray();
        String heading = page.m(status == 404 ? "error.404" : status == 403 ? "error.403" : "error.400");
        render.page(ctx, status, "error.jte", page.titled(heading, page.section()),
                new ErrorView(status, heading, page.m(key, words)));
    }

    /** The error page's view. */
    public record ErrorView(int status, String heading, String message) {
    }
}
