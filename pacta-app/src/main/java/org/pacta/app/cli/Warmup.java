package org.pacta.app.cli;

import org.pacta.core.json.Json;

/**
 * Loads the heaviest classes (JSON, the HTTP server, the page templates) on a second thread while
 * the main thread opens the database, so that start-up uses both cores instead of one.
 */
final class Warmup {

    private static final String[] CLASSES = {
        "io.javalin.Javalin", "io.javalin.config.JavalinConfig", "org.eclipse.jetty.server.Server",
        "org.eclipse.jetty.server.ServerConnector", "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
        "kotlin.jvm.internal.Intrinsics", "gg.jte.TemplateEngine", "org.pacta.app.web.PactaServer",
        "org.pacta.app.api.ApiRoutes", "org.pacta.app.api.OpenApi", "java.net.http.HttpClient"};

    private Warmup() {
    }

    static void start() {
        Thread thread = new Thread(() -> {
            Json.write(java.util.Map.of("warm", java.util.List.of(1, "two")));
            ClassLoader loader = Warmup.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // only an optimisation: a class that moved is loaded later, when it is used
                }
            }
        }, "pacta-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
