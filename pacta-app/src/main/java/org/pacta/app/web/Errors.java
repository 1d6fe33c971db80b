package org.pacta.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an RFC 9457 problem: the domain's categories to 400, 401, 403, 404, 409 and
 * 503, oversized bodies to 413, and anything unexpected to a 500 that names no internals (the
 * stack trace goes to the log, never to the client).
 */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static void install(JavalinConfig config) {
        config.routes.exception(PactaException.class, (e, ctx) -> write(ctx, problem(e, ctx)));
        config.routes.exception(Http.BodyTooLarge.class, (e, ctx) ->
                write(ctx, Problem.of(413, "Content Too Large", e.getMessage(), Optional.empty(), ctx.path())));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, Problem.of(e.getStatus(), title(e.getStatus()), e.getMessage(), Optional.empty(), ctx.path())));
        config.routes.exception(org.jdbi.v3.core.JdbiException.class, (e, ctx) -> {
            if (String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) {
                LOG.warn("database busy on {} {}", ctx.method(), ctx.path());
                ctx.header("Retry-After", "1");
                write(ctx, Problem.of(503, "Service Unavailable", "the database is busy: retry in a moment",
                        Optional.empty(), ctx.path()));
                return;
            }
            LOG.error("database failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(500, "Internal Server Error", "the database failed; the cause is in the server's log",
                    Optional.empty(), ctx.path()));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(500, "Internal Server Error", "the server failed unexpectedly; the cause is in its log",
                    Optional.empty(), ctx.path()));
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, Problem.of(404, "Not Found", "no route for " + ctx.method() + " " + ctx.path(),
                        Optional.empty(), ctx.path()));
            }
        });
        config.routes.error(405, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, Problem.of(405, "Method Not Allowed", ctx.method() + " is not allowed on " + ctx.path(),
                        Optional.empty(), ctx.path()));
            }
        });
    }

    static Problem problem(PactaException e, Context ctx) {
        if (e instanceof PactaException.InvalidInput invalid) {
            return Problem.of(400, "Bad Request", e.getMessage(), invalid.field(), ctx.path());
        }
        if (e instanceof PactaException.NotFound) {
            return Problem.of(404, "Not Found", e.getMessage(), Optional.empty(), ctx.path());
        }
        if (e instanceof PactaException.Conflict) {
            return Problem.of(409, "Conflict", e.getMessage(), Optional.empty(), ctx.path());
        }
        if (e instanceof PactaException.Forbidden) {
            return Problem.of(403, "Forbidden", e.getMessage(), Optional.empty(), ctx.path());
        }
        if (e instanceof PactaException.Unauthorized) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"pacta\"");
            return Problem.of(401, "Unauthorized", e.getMessage(), Optional.empty(), ctx.path());
        }
        if (e instanceof PactaException.Unavailable) {
            LOG.warn("unavailable: {}", e.getMessage(), e);
            ctx.header("Retry-After", "5");
            return Problem.of(503, "Service Unavailable", e.getMessage(), Optional.empty(), ctx.path());
        }
        throw new IllegalStateException("unmapped category " + e.getClass().getName(), e);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    public static void write(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.write(problem));
    }
}
