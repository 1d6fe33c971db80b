package org.pacta.app.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pacta.core.Pacta;
import org.pacta.core.json.Json;
import org.pacta.core.registry.LogEntry;
import org.pacta.core.tlog.LogService;
import org.pacta.log.checkpoint.SignedCheckpoint;
import org.pacta.log.merkle.MerkleHasher;

/**
 * {@code /log} and {@code /log/entries/{index}}: the latest checkpoint with its signatures, and one
 * entry with what a reader needs to check it. The facts are rendered on the server; static/log.js
 * re-derives them in the browser from the JSON API, so a reader need not trust this page's words.
 */
public final class LogPage {

    private final Pacta pacta;

    LogPage(Pacta pacta) {
        this.pacta = pacta;
    }

    /** One signature line of the checkpoint note; {@code log} when it is the log's own. */
    public record SignatureView(String name, String keyId, boolean log) {
    }

    public record CheckpointView(long size, String rootHash, String note, List<SignatureView> signatures) {
    }

    /** The log, when this registry has one. */
    public record LogView(boolean present, String origin, String vkey, long entries,
            Optional<CheckpointView> checkpoint) {
    }

    public record EntryView(long index, String json, String leafHashHex, String leafHash, boolean covered) {
    }

    void show(PageRequest r) {
        r.show("log.jte", r.page().m("log.title"), view());
    }

    void entry(PageRequest r) {
        if (!pacta.hasLog()) {
            throw new PageException(404, "error.notFoundPath", r.ctx().path());
        }
        long index;
        String text = r.param("index").orElseGet(() -> r.path("index"));
        try {
            index = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PageException(400, "log.badIndex", text);
        }
        LogService log = pacta.log();
        Optional<LogEntry> entry = index < 0 ? Optional.empty() : pacta.registry().entry(index);
        if (entry.isEmpty()) {
            throw new PageException(404, "log.noEntry", index);
        }
        byte[] bytes = log.store().entryBytes(index, index + 1).get(0);
        byte[] leaf = MerkleHasher.leafHash(bytes);
        String json = Json.tree(entry.get().body()).toPrettyString();
        EntryView view = new EntryView(index, json, HexFormat.of().formatHex(leaf),
                Base64.getEncoder().encodeToString(leaf), log.store().integratedSize() > index);
        r.show("logentry.jte", r.page().m("log.entryTitle", index), new Entry(view(), view));
    }

    /** The entry page's view: the log's facts and the entry's. */
    public record Entry(LogView log, EntryView entry) {
    }

    /** Redirects the look-up form's {@code ?index=} to the entry's own address. */
    void lookup(PageRequest r) {
        String index = r.param("index").orElse("");
        if (!index.matches("[0-9]{1,18}")) {
            throw new PageException(400, "log.badIndex", index);
        }
        r.ctx().redirect("/log/entries/" + index);
    }

    private LogView view() {
        if (!pacta.hasLog()) {
            return new LogView(false, "", "", pacta.registry().size(), Optional.empty());
        }
        LogService log = pacta.log();
        return new LogView(true, log.origin(), log.verifierKey().encode(), pacta.registry().size(),
                log.latest().map(c -> checkpoint(log, c)));
    }

    private static CheckpointView checkpoint(LogService log, SignedCheckpoint c) {
        int logKey = log.verifierKey().keyId();
        List<SignatureView> signatures = c.note().signatures().stream()
                .map(s -> new SignatureView(s.name(), String.format("%08x", s.keyId()),
                        s.keyId() == logKey && s.name().equals(log.verifierKey().name())))
                .toList();
        return new CheckpointView(c.checkpoint().size(), Base64.getEncoder().encodeToString(c.checkpoint().rootHash()),
                new String(c.note().text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), signatures);
    }
}
