package org.pacta.app.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders a precompiled JTE template into the response, with the headers every page carries. A page
 * depends on the visitor's language (query, cookie or Accept-Language) and on whether htmx asked for
 * it, and on a log that grows: so it varies on those headers and is revalidated on every visit.
 */
final class Render {

    /** Set on a response that holds a page, so the HTML 404 handler leaves it alone. */
    static final String RENDERED = "pacta.page.rendered";

    // Only same-origin files; no inline script or style anywhere (htmx's own indicator style is
    // switched off in the layout's htmx-config for this reason).
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void page(Context ctx, int status, String template, PageContext page, Object view) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, Map.of("p", page, "v", view), out);
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status).contentType("text/html; charset=utf-8");
        ctx.header("Content-Language", page.lang().code());
        ctx.header("Vary", "Accept-Language, Cookie, HX-Request");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.result(out.toByteArray());
    }
}
