package org.pacta.app.web;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import org.pacta.app.api.ApiRoutes;
import org.pacta.app.api.OpenApi;
import org.pacta.app.api.RouteTable;
import org.pacta.core.Pacta;

/** The HTTP server: the API, its OpenAPI document and the web pages, over one open registry. */
public final class PactaServer {

    public static final String VERSION = "0.1.0";

    private PactaServer() {
    }

    /** Builds (does not start) the server. */
    public static Javalin create(Pacta pacta) {
        requireNonNull(pacta, "pacta is null");
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 4L * Http.MAX_BODY;
            Errors.install(config);
            RouteTable table = new RouteTable(config);
            new ApiRoutes(pacta).register(table);
            if (pacta.hasLog()) {
                new org.pacta.app.log.LogRoutes(pacta.log(), pacta.registry()).register(table);
            }
            table.get(ApiRoutes.BASE + "/openapi.json", "This OpenAPI document", java.util.List.of(),
                    ctx -> Http.json(ctx, 200, OpenApi.document(table.routes(), VERSION)));
            org.pacta.app.page.Pages.register(config, pacta);
        });
    }
}
