package org.pacta.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Texts addressed by their SHA-256 ({@code sha256:<hex>}). Writing the same text twice is harmless;
 * a text read back is checked against its address.
 */
public final class ContentStore {

    private final Jdbi jdbi;

    public ContentStore(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    public void put(String hash, String text) {
        if (!hash.equals("sha256:" + ReportImporter.sha256(text))) {
            throw new IllegalArgumentException("hash does not match the text");
        }
        jdbi.useTransaction(h -> {
            boolean present = h.createQuery("SELECT COUNT(*) FROM content WHERE hash = :hash").bind("hash", hash)
                    .mapTo(Long.class).one() > 0;
            if (!present) {
                h.createUpdate("INSERT INTO content (hash, text) VALUES (:hash, :text)").bind("hash", hash)
                        .bind("text", text).execute();
            }
        });
    }

    /** The text stored under {@code hash}, if it is there and still matches it. */
    public Optional<String> get(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text FROM content WHERE hash = :hash").bind("hash", hash)
                        .mapTo(String.class).findOne())
                .filter(text -> hash.equals("sha256:" + ReportImporter.sha256(text)));
    }
}
