package org.pacta.app.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.allegation.Allegation;
import org.pacta.core.allegation.Response;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.StatusChange;
import org.pacta.core.event.Event;
import org.pacta.core.instrument.Action;
import org.pacta.core.instrument.Instrument;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Provision;
import org.pacta.core.instrument.Version;
import org.pacta.core.negotiation.Concern;
import org.pacta.core.negotiation.Message;
import org.pacta.core.negotiation.Session;
import org.pacta.core.negotiation.Stance;
import org.pacta.core.negotiation.Track;
import org.pacta.core.party.Membership;
import org.pacta.core.party.Party;
import org.pacta.core.registry.Item;
import org.pacta.core.source.Source;
import org.pacta.core.statement.Statement;

/**
 * A plain search for now: an item matches when every word of the query occurs in its titles, names
 * or texts, ignoring case and accents ("otan" finds "OTAN", "negociation" finds "négociation"). It
 * scans the snapshot, which is fine for thousands of items; the search index the design plans will
 * replace it.
 */
final class Search {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_RESULTS = 200;

    private Search() {
    }

    /** Lower case without accents, so that "negociation" finds "négociation". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Items whose text holds every word of {@code query}, newest log entries first. */
    static List<Snapshot.Entry> find(Snapshot snapshot, String query) {
        List<String> words = List.of(fold(query).trim().split("\\s+"));
        List<Snapshot.Entry> out = new ArrayList<>();
        for (int i = snapshot.entries.size() - 1; i >= 0 && out.size() < MAX_RESULTS; i--) {
            Snapshot.Entry entry = snapshot.entries.get(i);
            if (words.stream().allMatch(entry.search()::contains)) {
                out.add(entry);
            }
        }
        out.sort(java.util.Comparator.comparing((Snapshot.Entry e) -> e.kind().ordinal())
                .thenComparing(Snapshot.Entry::title));
        return out;
    }

    /** The titles, names and texts of an item: what a person would search it by. */
    static String text(Item item) {
        StringBuilder out = new StringBuilder(item.index().title());
        if (item instanceof Party p) {
            append(out, Optional.of(p.name()), p.shortName(), p.iso());
        } else if (item instanceof Instrument i) {
            append(out, Optional.of(i.title()));
        } else if (item instanceof Version v) {
            for (Provision provision : v.provisions()) {
                append(out, provision.number(), provision.heading(), Optional.of(provision.text()));
            }
        } else if (item instanceof Track t) {
            append(out, t.venue());
        } else if (item instanceof Session s) {
            append(out, s.title(), s.place(), s.outcome());
        } else if (item instanceof Concern c) {
            append(out, c.text());
        } else if (item instanceof Commitment c) {
            append(out, Optional.of(c.text()));
        } else if (item instanceof Statement s) {
            append(out, s.speaker(), Optional.of(s.quote()));
        } else if (item instanceof Allegation a) {
            append(out, Optional.of(a.text()));
        } else if (item instanceof Response r) {
            append(out, Optional.of(r.text()));
        } else if (item instanceof Event e) {
            append(out, e.text());
        } else if (item instanceof Source s) {
            append(out, s.publisher());
        } else if (item instanceof Position p) {
            append(out, p.text());
        } else if (item instanceof Message m) {
            append(out, m.text());
        }
        return out.toString();
    }

    @SafeVarargs
    private static void append(StringBuilder out, Optional<String>... parts) {
        for (Optional<String> part : parts) {
            part.ifPresent(text -> out.append('\n').append(text));
        }
    }

    /** The sources an item cites as its evidence (a statement's is the source that reports it). */
    static List<String> sourcesOf(Item item) {
        if (item instanceof Party p) {
            return p.sources();
        } else if (item instanceof Membership m) {
            return m.sources();
        } else if (item instanceof Instrument i) {
            return i.sources();
        } else if (item instanceof Version v) {
            return v.sources();
        } else if (item instanceof Action a) {
            return a.sources();
        } else if (item instanceof Track t) {
            return t.sources();
        } else if (item instanceof Session s) {
            return s.sources();
        } else if (item instanceof Concern c) {
            return c.sources();
        } else if (item instanceof Stance s) {
            return s.sources();
        } else if (item instanceof Commitment c) {
            return c.sources();
        } else if (item instanceof StatusChange s) {
            return s.sources();
        } else if (item instanceof Statement s) {
            return List.of(s.source());
        } else if (item instanceof Allegation a) {
            return a.sources();
        } else if (item instanceof Response r) {
            return r.sources();
        } else if (item instanceof Event e) {
            return e.sources();
        } else if (item instanceof Position p) {
            return p.sources();
        } else if (item instanceof Message m) {
            return m.sources();
        }
        return List.of();
    }
}
