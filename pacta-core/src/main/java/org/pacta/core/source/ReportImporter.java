package org.pacta.core.source;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.date.EdtfException;
import org.pacta.core.extract.ExtractedReport;
import org.pacta.core.extract.PartyMentions;
import org.pacta.core.extract.Quotation;
import org.pacta.core.extract.QuoteExtractor;
import org.pacta.core.extract.StatementClassifier;
import org.pacta.core.registry.Fields;
import org.pacta.core.registry.Item;
import org.pacta.core.registry.Kind;
import org.pacta.core.registry.Registry;
import org.pacta.core.statement.Statement;

/**
 * Turns a press report into a Source and its Statements: quotations found and attributed by the
 * extractor, speakers that name a party ("Moscou", "the Kremlin", "l'OTAN") linked to it, each
 * classified (commitment, demand, readiness, refusal, accusation). The text itself goes to the
 * content store under its SHA-256; the log records the hash, the Source and the Statements, all in
 * one transaction.
 */
public final class ReportImporter {

    /** A report to import: its text and what is known of it. */
    public record NewReport(String id, String title, Optional<String> url, Optional<String> publisher, Optional<Edtf> date,
            Optional<String> language, String text, boolean verified, Optional<String> note) {
        public NewReport {
            id = Fields.idOrNew("id", id, "report");
            title = Fields.text("title", title);
            url = Fields.optional(url);
            publisher = Fields.optional(publisher);
            date = Fields.optional(date);
            language = Fields.optional(language);
            Fields.required("text", text);
            if (text.isBlank()) {
                throw new PactaException.InvalidInput("text", "text must not be blank");
            }
            // kept exactly as given: statements point into it by character offsets
            if (text.length() > 1_000_000) {
                throw new PactaException.InvalidInput("text", "text is longer than 1,000,000 characters");
            }
            note = Fields.optional(note);
        }
    }

    private final Registry registry;
    private final ContentStore content;
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final PartyMentions parties = PartyMentions.standard();

    public ReportImporter(Registry registry, ContentStore content) {
        this.registry = requireNonNull(registry, "registry is null");
        this.content = requireNonNull(content, "content is null");
    }

    /** Records the report; answers its Source with the Statements made from it. */
    public List<Item> importReport(String actor, NewReport report) {
        ExtractedReport extracted = extractor.extract(report.text());
        String hash = "sha256:" + sha256(report.text());
        Optional<Edtf> date = report.date().or(() -> extracted.date().flatMap(ReportImporter::edtf));
        String language = report.language().orElse(extracted.language().code());
        Source source = new Source(report.id(), Source.SourceKind.PRESS_REPORT, report.title(), report.url(),
                report.publisher(), date, Optional.of(language), Optional.of(hash), report.verified(), report.note());
        List<Item> items = new ArrayList<>();
        items.add(source);
        int n = 0;
        for (Quotation quotation : extracted.quotations()) {
            Optional<String> party = quotation.speaker().flatMap(this::party);
            Statement.Classification classification = Statement.Classification.valueOf(
                    StatementClassifier.classify(quotation.quote(), extracted.language()).name());
            items.add(new Statement(source.id() + ".q" + (++n), source.id(), quotation.speaker(), party,
                    quotation.quote(), quotation.verb(), date, Optional.of(language), classification,
                    Optional.of(quotation.start()), Optional.of(quotation.end()), false,
                    Optional.of("extracted automatically from paragraph " + (quotation.paragraph() + 1)
                            + "; check the attribution")));
        }
        content.put(hash, report.text());
        registry.append(actor, items);
        return items;
    }

    private Optional<String> party(String speaker) {
        return parties.parties(speaker).stream().filter(p -> registry.exists(Kind.PARTY, p)).findFirst();
    }

    private static Optional<Edtf> edtf(String text) {
        try {
            return Optional.of(Edtf.parse(text));
        } catch (EdtfException e) {
            return Optional.empty();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
