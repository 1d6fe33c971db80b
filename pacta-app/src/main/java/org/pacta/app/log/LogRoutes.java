package org.pacta.app.log;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.pacta.app.api.ApiRoutes;
import org.pacta.app.api.RouteTable;
import org.pacta.app.web.Http;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;
import org.pacta.core.registry.LogEntry;
import org.pacta.core.tlog.LogService;
import org.pacta.log.LogFormatException;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;
import org.pacta.log.tiles.TilePath;

/**
 * The log over HTTP: C2SP tlog-tiles under {@code /log/} (checkpoint, tiles, entry bundles, the
 * verifier key) for third-party tlog clients, and JSON proofs and evidence bundles under
 * {@code /api/v1/log/}.
 */
public final class LogRoutes {

    private static final Base64.Encoder B64 = Base64.getEncoder();
    private final LogService log;
    private final org.pacta.core.registry.Registry registry;

    public LogRoutes(LogService log, org.pacta.core.registry.Registry registry) {
        this.log = requireNonNull(log, "log is null");
        this.registry = requireNonNull(registry, "registry is null");
    }

    public void register(RouteTable table) {
        table.get("/log/checkpoint", "The latest signed checkpoint, with witness cosignatures (C2SP tlog-checkpoint)",
                List.of(), ctx -> {
                    SignedCheckpoint checkpoint = log.latest().orElseThrow(() ->
                            new PactaException.NotFound("no checkpoint has been signed yet: retry in a second"));
                    ctx.header("Cache-Control", "no-cache");
                    ctx.contentType("text/plain; charset=utf-8").result(checkpoint.format());
                });
        table.get("/log/vkey", "The log's verifier key (C2SP vkey)", List.of(), ctx -> ctx.header("Cache-Control", "max-age=3600")
                .contentType("text/plain; charset=utf-8").result(log.verifierKey().encode() + "\n"));
        table.get("/log/tile/<path>", "Hash tiles and entry bundles (C2SP tlog-tiles)", List.of(), this::tile);
        String base = ApiRoutes.BASE + "/log";
        table.get(base, "The log: origin, verifier key, entries, latest checkpoint", List.of(), this::summary);
        table.get(base + "/entries/{index}", "One log entry, its leaf hash and whether a checkpoint covers it", List.of(),
                this::entry);
        table.get(base + "/proof/inclusion", "An RFC 9162 inclusion proof (size defaults to the latest checkpoint)",
                List.of("index", "size"), this::inclusion);
        table.get(base + "/proof/consistency", "An RFC 9162 consistency proof between two checkpoint sizes",
                List.of("from", "to"), this::consistency);
        table.get(base + "/bundle/{index}", "An evidence bundle (pacta-evidence/v1): the entry, its inclusion proof and "
                + "the signed, cosigned checkpoint, verifiable offline with pacta verify", List.of(), this::bundle);
    }

    private void tile(Context ctx) {
        String path = "tile/" + ctx.pathParam("path");
        TilePath parsed;
        try {
            parsed = TilePath.parse(path);
        } catch (LogFormatException e) {
            throw new PactaException.NotFound("not a tile path: " + path + " (" + e.getMessage() + ")");
        }
        java.util.Optional<byte[]> bytes = parsed instanceof TilePath.Hashes hashes ? log.store().tile(hashes)
                : log.store().bundle((TilePath.Entries) parsed);
        if (bytes.isEmpty()) {
            throw new PactaException.NotFound("no such tile yet: " + path);
        }
        ctx.header("Cache-Control", parsed.isFull() ? "public, max-age=31536000, immutable" : "public, max-age=60");
        ctx.contentType("application/octet-stream").result(bytes.get());
    }

    private void summary(Context ctx) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("origin", log.origin());
        node.put("vkey", log.verifierKey().encode());
        node.put("entries", registry.size());
        log.latest().ifPresent(c -> {
            node.put("checkpointSize", c.checkpoint().size());
            node.put("rootHash", B64.encodeToString(c.checkpoint().rootHash()));
            node.put("checkpoint", c.format());
        });
        Http.json(ctx, 200, node);
    }

    private void entry(Context ctx) {
        long index = longPath(ctx, "index");
        LogEntry entry = registry.entry(index).orElseThrow(() -> new PactaException.NotFound("no log entry " + index));
        byte[] bytes = log.store().entryBytes(index, index + 1).get(0);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("index", index);
        node.set("entry", Json.tree(entry.body()));
        node.put("canonical", new String(bytes, StandardCharsets.UTF_8));
        node.put("leafHash", B64.encodeToString(MerkleHasher.leafHash(bytes)));
        node.put("covered", log.store().integratedSize() > index);
        Http.json(ctx, 200, node);
    }

    private void inclusion(Context ctx) {
        long index = longQuery(ctx, "index", null);
        long size = longQuery(ctx, "size", log.store().integratedSize());
        List<byte[]> proof = log.inclusionProof(index, size);
        byte[] entry = log.store().entryBytes(index, index + 1).get(0);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("index", index).put("size", size);
        node.put("leafHash", B64.encodeToString(MerkleHasher.leafHash(entry)));
        node.put("rootHash", B64.encodeToString(log.rootHash(size)));
        node.set("proof", array(proof));
        Http.json(ctx, 200, node);
    }

    private void consistency(Context ctx) {
        long from = longQuery(ctx, "from", null);
        long to = longQuery(ctx, "to", log.store().integratedSize());
        List<byte[]> proof = log.consistencyProof(from, to);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("from", from).put("to", to);
        node.put("fromRoot", B64.encodeToString(log.rootHash(from)));
        node.put("toRoot", B64.encodeToString(log.rootHash(to)));
        node.set("proof", array(proof));
        Http.json(ctx, 200, node);
    }

    private void bundle(Context ctx) {
        long index = longPath(ctx, "index");
        String text = log.bundle(index).format();
        ctx.header("Content-Disposition", "attachment; filename=\"pacta-" + index + ".evidence\"");
        ctx.contentType("text/plain; charset=utf-8").result(text);
    }

    private static ArrayNode array(List<byte[]> hashes) {
        ArrayNode array = Json.mapper().createArrayNode();
        hashes.forEach(h -> array.add(B64.encodeToString(h)));
        return array;
    }

    private static long longPath(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new PactaException.InvalidInput(name, name + " must be a whole number, was: " + ctx.pathParam(name));
        }
    }

    private static long longQuery(Context ctx, String name, Long fallback) {
        var value = Http.query(ctx, name);
        if (value.isEmpty()) {
            if (fallback == null) {
                throw new PactaException.InvalidInput(name, name + " is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw new PactaException.InvalidInput(name, name + " must be a whole number, was: " + value.get());
        }
    }
}
