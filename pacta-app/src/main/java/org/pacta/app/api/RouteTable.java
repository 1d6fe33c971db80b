package org.pacta.app.api;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API's routes, registered with Javalin and described once, so the OpenAPI document always
 * matches what is served.
 */
public final class RouteTable {

    /** One route: method, path, a summary, the request body type, the query parameters, whether it writes. */
    public record Route(String method, String path, String summary, Optional<Class<?>> body, List<String> query,
            boolean writes) {
        public Route {
            requireNonNull(method, "method is null");
            requireNonNull(path, "path is null");
            requireNonNull(summary, "summary is null");
            requireNonNull(body, "body is null");
            query = List.copyOf(query);
        }
    }

    private final JavalinConfig config;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(JavalinConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    public void get(String path, String summary, List<String> query, Handler handler) {
        routes.add(new Route("get", path, summary, Optional.empty(), query, false));
        config.routes.get(path, handler);
    }

    public void post(String path, String summary, Class<?> body, Handler handler) {
        routes.add(new Route("post", path, summary, Optional.of(body), List.of(), true));
        config.routes.post(path, handler);
    }

    public void refuse(String method, String path, String summary, Handler handler) {
        routes.add(new Route(method, path, summary, Optional.empty(), List.of(), true));
        switch (method) {
            case "put" -> config.routes.put(path, handler);
            case "patch" -> config.routes.patch(path, handler);
            case "delete" -> config.routes.delete(path, handler);
            default -> throw new IllegalArgumentException("unknown method " + method);
        }
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
