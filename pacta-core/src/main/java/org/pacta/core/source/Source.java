package org.pacta.core.source;

import static org.pacta.core.registry.Fields.optional;
import static org.pacta.core.registry.Fields.optionalText;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.ItemIndex;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Ref;

/** A document that evidences facts: a press report, a transcript, an official text, an archive record. */
public record Source(String id, SourceKind kind, String title, Optional<String> url, Optional<String> publisher,
        Optional<Edtf> date, Optional<String> language, Optional<String> contentHash, boolean verified,
        Optional<String> note) implements Item {

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Source {
        id = Fields.idOrNew("id", id, "source");
        Fields.required("kind", kind);
        title = Fields.text("title", title);
        url = optionalText("url", url);
        url.ifPresent(u -> {
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                throw new PactaException.InvalidInput("url", "url must start with http:// or https://, was: " + u);
            }
        });
        publisher = optionalText("publisher", publisher);
        date = optional(date);
        language = optionalText("language", language);
        language.ifPresent(l -> {
            if (!LANGUAGE.matcher(l).matches()) {
                throw new PactaException.InvalidInput("language", "language must be a BCP 47 tag such as fr or en-GB, was: " + l);
            }
        });
        contentHash = optionalText("contentHash", contentHash);
        contentHash.ifPresent(h -> {
            if (!HASH.matcher(h).matches()) {
                throw new PactaException.InvalidInput("contentHash", "contentHash must be sha256: and 64 lowercase hex digits");
            }
        });
        note = optionalText("note", note);
    }

    @Override
    public Kind itemKind() {
        return Kind.SOURCE;
    }

    @Override
    public ItemIndex index() {
        return ItemIndex.of(title).withCategory(kind).withDate(date);
    }

    @Override
    public List<Ref> refs() {
        return List.of();
    }

    public enum SourceKind {
        PRESS_REPORT, TRANSCRIPT, OFFICIAL_TEXT, ARCHIVE_RECORD, SECONDARY, REFERENCE
    }
}
