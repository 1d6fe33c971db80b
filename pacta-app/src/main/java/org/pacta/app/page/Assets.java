package org.pacta.app.page;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The few static files the pages use: the style sheet, the icon, the in-browser check script, and
 * htmx from its webjar. Each is read once and served with a content-hash version in its URL
 * ({@code /static/pacta.css?v=1a2b3c4d}), so browsers may cache it for a year and still see a new
 * release at once.
 */
public final class Assets {

    private static final String HTMX_POM = "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private final Map<String, Asset> files = new LinkedHashMap<>();

    record Asset(String contentType, byte[] bytes, String hash) {
    }

    Assets() {
        add("pacta.css", "text/css; charset=utf-8", "/static/pacta.css");
        add("checks.js", "text/javascript; charset=utf-8", "/static/checks.js");
        add("log.js", "text/javascript; charset=utf-8", "/static/log.js");
        add("favicon.svg", "image/svg+xml", "/static/favicon.svg");
        add("htmx.min.js", "text/javascript; charset=utf-8", "/META-INF/resources/webjars/htmx.org/"
                + htmxVersion() + "/dist/htmx.min.js");
    }

    private static String htmxVersion() {
        Properties pom = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream(HTMX_POM)) {
            if (in == null) {
                throw new IllegalStateException("the htmx webjar is missing from the class path (" + HTMX_POM + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HTMX_POM, e);
        }
        return pom.getProperty("version");
    }

    private void add(String name, String contentType, String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("static file " + resource + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            files.put(name, new Asset(contentType, bytes, hash));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The versioned URL of a static file. */
    public String url(String name) {
        Asset asset = files.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no static file " + name);
        }
        return "/static/" + name + "?v=" + asset.hash();
    }

    void register(JavalinConfig config) {
        config.routes.get("/static/{name}", this::serve);
    }

    private void serve(Context ctx) {
        Asset asset = files.get(ctx.pathParam("name"));
        if (asset == null) {
            throw new NotFoundResponse("no static file " + ctx.pathParam("name"));
        }
        String etag = "\"" + asset.hash() + "\"";
        boolean versioned = asset.hash().equals(ctx.queryParam("v"));
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    /** For tests: the text of a static file. */
    String text(String name) {
        return new String(files.get(name).bytes(), StandardCharsets.UTF_8);
    }
}
