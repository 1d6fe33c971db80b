package org.pacta.core.registry;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.pacta.core.PactaException;
import org.pacta.core.date.Edtf;
import org.pacta.core.json.Json;

/**
 * The registry's single write path and its generic reads. A write records each item and appends
 * one log entry for it in the same transaction, so the registry is always the projection of its
 * log. Durable once {@link #append} returns. Writers are serialised (one process owns a
 * registry); readers never wait for writers.
 */
public final class Registry {

    /** The largest log entry, in bytes: C2SP entry bundles prefix each entry with a 16-bit length. */
    public static final int MAX_ENTRY_BYTES = 65_535;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<LongConsumer> appendListeners = new CopyOnWriteArrayList<>();
    private final java.util.Map<Kind, List<Rule>> rules = new java.util.concurrent.ConcurrentHashMap<>();

    public Registry(Jdbi jdbi, Clock clock) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Called with the new log size after every committed append (the integrator listens here). */
    public void onAppend(LongConsumer listener) {
        appendListeners.add(requireNonNull(listener, "listener is null"));
    }

    /** Adds a rule every new item of {@code kind} must pass, checked inside the writing transaction. */
    public void rule(Kind kind, Rule rule) {
        rules.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(requireNonNull(rule, "rule is null"));
    }

    /** Records one item; answers the index of its log entry. */
    public long append(String actor, Item item) {
        return append(actor, List.of(item));
    }

    /**
     * Records the items in order, all or none, in one transaction; answers the index of the last
     * log entry. An item may refer to one recorded earlier in the same call.
     */
    public long append(String actor, List<? extends Item> items) {
        requireNonNull(actor, "actor is null");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        String time = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        long last;
        writeLock.lock();
        try {
            last = jdbi.inTransaction(handle -> {
                Batch batch = new Batch(handle, size(handle), items);
                for (Item item : items) {
                    batch.record(actor, time, item);
                }
                return batch.flush();
            });
        } finally {
            writeLock.unlock();
        }
        for (LongConsumer listener : appendListeners) {
            listener.accept(last + 1);
        }
        return last;
    }

    /**
     * One transaction's worth of items: checked one by one against the store and the items before
     * them in the batch (existence in bulk, rules through an overlay lookup), then inserted with
     * prepared batches, so a thousand items cost a handful of statements rather than thousands.
     */
    private final class Batch implements Lookup {
        private final Handle handle;
        private final Set<String> existing;
        private final Map<String, StoredItem> added = new HashMap<>();
        private final Map<String, List<StoredItem>> addedChildren = new HashMap<>();
        private final List<Object[]> entryRows = new ArrayList<>();
        private final List<ItemRow> itemRows = new ArrayList<>();
        private long next;

        Batch(Handle handle, long next, List<? extends Item> items) {
            this.handle = handle;
            this.next = next;
            this.existing = existing(handle, items);
        }

        private boolean exists(Kind kind, String id) {
            String key = kind.slug() + "/" + id;
            return added.containsKey(key) || existing.contains(key);
        }

        void record(String actor, String time, Item item) {
            Kind kind = item.itemKind();
            if (exists(kind, item.id())) {
                throw new PactaException.Conflict(kind.slug() + " \"" + item.id() + "\" already exists");
            }
            for (Ref ref : item.refs()) {
                if (!exists(ref.kind(), ref.id())) {
                    throw new PactaException.InvalidInput(ref.field(), ref.field() + ": no " + ref.kind().slug()
                            + " has the id \"" + ref.id() + "\"");
                }
            }
            for (Rule rule : rules.getOrDefault(kind, List.of())) {
                rule.check(item, this);
            }
            long index = next++;
            JsonNode payload = Json.tree(item);
            String canonicalPayload = Json.canonicalString(payload);
            String type = kind.slug() + ".create";
            String subject = kind.slug() + "/" + item.id();
            String body = Json.canonicalEntry(actor, canonicalPayload, subject, time, type);
            int bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_ENTRY_BYTES) {
                throw new PactaException.InvalidInput(null, "this " + kind.slug() + " makes a log entry of " + bytes
                        + " bytes; one entry holds at most " + MAX_ENTRY_BYTES + " (C2SP entry bundles): split it");
            }
            entryRows.add(new Object[] {index, type, subject, actor, time, body});
            ItemRow row = ItemRow.of(item, canonicalPayload, index);
            itemRows.add(row);
            StoredItem stored = new StoredItem(kind, item.id(), payload, index);
            added.put(subject, stored);
            row.parent().ifPresent(parent -> addedChildren.computeIfAbsent(kind.slug() + "/" + parent,
                    k -> new ArrayList<>()).add(stored));
        }

        long flush() {
            PreparedBatch entries = handle.prepareBatch("INSERT INTO log_entry (idx, type, subject, actor, created, body) "
                    + "VALUES (:idx, :type, :subject, :actor, :created, :body)");
            for (Object[] e : entryRows) {
                entries.bind("idx", e[0]).bind("type", e[1]).bind("subject", e[2]).bind("actor", e[3])
                        .bind("created", e[4]).bind("body", e[5]).add();
            }
            entries.execute();
            PreparedBatch rows = handle.prepareBatch("INSERT INTO item (kind, id, parent, category, date_text, date_lo, "
                    + "date_hi, sort_lo, title, body, created_index) VALUES (:kind, :id, :parent, :category, :dateText, "
                    + ":dateLo, :dateHi, :sortLo, :title, :body, :idx)");
            PreparedBatch parties = handle.prepareBatch("INSERT INTO item_party (kind, id, role, party) "
                    + "VALUES (:kind, :id, :role, :party)");
            boolean anyParty = false;
            for (ItemRow row : itemRows) {
                bindRow(rows, row).add();
                for (String party : row.parties()) {
                    int colon = party.indexOf(':');
                    parties.bind("kind", row.kind()).bind("id", row.id()).bind("role", party.substring(0, colon))
                            .bind("party", party.substring(colon + 1)).add();
                    anyParty = true;
                }
            }
            rows.execute();
            if (anyParty) {
                parties.execute();
            }
            return next - 1;
        }

        @Override
        public Optional<StoredItem> find(Kind kind, String id) {
            StoredItem batched = added.get(kind.slug() + "/" + id);
            return batched != null ? Optional.of(batched) : Registry.find(handle, kind, id);
        }

        @Override
        public List<StoredItem> children(Kind kind, String parent) {
            List<StoredItem> out = new ArrayList<>(Registry.children(handle, kind, parent));
            out.addAll(addedChildren.getOrDefault(kind.slug() + "/" + parent, List.of()));
            return out;
        }
    }

    /** Which of the items, and of the items they refer to, already exist: a few queries per kind. */
    private static Set<String> existing(Handle handle, List<? extends Item> items) {
        Map<Kind, Set<String>> wanted = new EnumMap<>(Kind.class);
        for (Item item : items) {
            wanted.computeIfAbsent(item.itemKind(), k -> new HashSet<>()).add(item.id());
            for (Ref ref : item.refs()) {
                wanted.computeIfAbsent(ref.kind(), k -> new HashSet<>()).add(ref.id());
            }
        }
        Set<String> found = new HashSet<>();
        for (Map.Entry<Kind, Set<String>> entry : wanted.entrySet()) {
            List<String> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                handle.createQuery("SELECT id FROM item WHERE kind = :kind AND id IN (<ids>)")
                        .bind("kind", entry.getKey().slug()).bindList("ids", chunk).mapTo(String.class)
                        .forEach(id -> found.add(entry.getKey().slug() + "/" + id));
            }
        }
        return found;
    }

    private static PreparedBatch bindRow(PreparedBatch batch, ItemRow row) {
        batch.bind("kind", row.kind()).bind("id", row.id())
                .bind("parent", row.parent().orElse(null)).bind("category", row.category().orElse(null))
                .bind("dateText", row.dateText().orElse(null)).bind("dateLo", row.dateLo().orElse(null))
                .bind("dateHi", row.dateHi().orElse(null)).bind("sortLo", row.sortLo())
                .bind("title", row.title()).bind("body", row.body()).bind("idx", row.createdIndex());
        return batch;
    }

    /** The stored row of an item with its party links, as {@link ItemRow#of} would derive it. */
    public Optional<ItemRow> row(String kind, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kind, id, parent, category, date_text, date_lo, date_hi, "
                        + "sort_lo, title, body, created_index FROM item WHERE kind = :kind AND id = :id")
                .bind("kind", kind).bind("id", id)
                .map((rs, ctx) -> new ItemRow(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getObject(6) == null ? null : rs.getLong(6)),
                        Optional.ofNullable(rs.getObject(7) == null ? null : rs.getLong(7)), rs.getLong(8),
                        rs.getString(9), rs.getString(10), rs.getLong(11),
                        h.createQuery("SELECT role, party FROM item_party WHERE kind = :kind AND id = :id")
                                .bind("kind", kind).bind("id", id)
                                .map((r, c) -> r.getString(1) + ":" + r.getString(2)).list().stream().sorted().toList()))
                .findOne());
    }

    /**
     * Log entries as stored, column by column ({@code idx, type, subject, actor, created, body}), for
     * checks that the columns say what the hashed body says.
     */
    public List<String[]> rawEntries(long from, int max) {
        return jdbi.withHandle(h -> h.createQuery("SELECT idx, type, subject, actor, created, body FROM log_entry "
                        + "WHERE idx >= :from ORDER BY idx LIMIT :max")
                .bind("from", from).bind("max", max)
                .map((rs, ctx) -> new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6)})
                .list());
    }

    /** Counts of item rows and party links, for replay checks. */
    public long[] rowCounts() {
        return jdbi.withHandle(h -> new long[] {
            h.createQuery("SELECT COUNT(*) FROM item").mapTo(Long.class).one(),
            h.createQuery("SELECT COUNT(*) FROM item_party").mapTo(Long.class).one()});
    }

    private static boolean exists(Handle handle, Kind kind, String id) {
        return handle.createQuery("SELECT COUNT(*) FROM item WHERE kind = :kind AND id = :id")
                .bind("kind", kind.slug()).bind("id", id).mapTo(Long.class).one() > 0;
    }

    private static long size(Handle handle) {
        return handle.createQuery("SELECT COALESCE(MAX(idx) + 1, 0) FROM log_entry").mapTo(Long.class).one();
    }

    /** Maps {@code kind, id, body, created_index} to a stored item. */
    private static final org.jdbi.v3.core.mapper.RowMapper<StoredItem> STORED = (rs, ctx) ->
            stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));

    /** The number of entries in the log. */
    public long size() {
        return jdbi.withHandle(Registry::size);
    }

    public boolean exists(Kind kind, String id) {
        return jdbi.withHandle(h -> exists(h, kind, id));
    }

    public Optional<StoredItem> find(Kind kind, String id) {
        return jdbi.withHandle(h -> find(h, kind, id));
    }

    private static Optional<StoredItem> find(Handle h, Kind kind, String id) {
        return h.createQuery("SELECT kind, id, body, created_index FROM item WHERE kind = :kind AND id = :id")
                .bind("kind", kind.slug()).bind("id", id).map(STORED).findOne();
    }

    public StoredItem get(Kind kind, String id) {
        return find(kind, id).orElseThrow(() -> new PactaException.NotFound("no " + kind.slug()
                + " has the id \"" + id + "\""));
    }

    /** Items of {@code kind} owned by {@code parent}, in the order they were recorded. */
    public List<StoredItem> children(Kind kind, String parent) {
        return jdbi.withHandle(h -> children(h, kind, parent));
    }

    private static List<StoredItem> children(Handle h, Kind kind, String parent) {
        return h.createQuery("SELECT kind, id, body, created_index FROM item WHERE kind = :kind AND parent = :parent "
                        + "ORDER BY created_index")
                .bind("kind", kind.slug()).bind("parent", parent).map(STORED).list();
    }

    /** Every item of {@code kind}, in the order they were recorded. */
    public List<StoredItem> all(Kind kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kind, id, body, created_index FROM item "
                        + "WHERE kind = :kind ORDER BY created_index")
                .bind("kind", kind.slug())
                .map(STORED)
                .list());
    }

    public Page<StoredItem> list(ItemQuery query) {
        StringBuilder sql = new StringBuilder("SELECT i.kind, i.id, i.body, i.created_index, i.sort_lo FROM item i "
                + "WHERE i.kind IN (<kinds>)");
        query.category().ifPresent(c -> sql.append(" AND i.category = :category"));
        query.parent().ifPresent(p -> sql.append(" AND i.parent = :parent"));
        query.party().ifPresent(p -> sql.append(" AND EXISTS (SELECT 1 FROM item_party p WHERE p.kind = i.kind "
                + "AND p.id = i.id AND p.party = :party)"));
        query.fromDay().ifPresent(d -> sql.append(" AND i.date_lo IS NOT NULL AND i.date_lo >= :fromDay"));
        query.toDay().ifPresent(d -> sql.append(" AND i.date_hi IS NOT NULL AND i.date_hi <= :toDay"));
        query.cursor().ifPresent(c -> sql.append(" AND (i.sort_lo > :cSort OR (i.sort_lo = :cSort AND "
                + "(i.kind > :cKind OR (i.kind = :cKind AND i.id > :cId))))"));
        sql.append(" ORDER BY i.sort_lo, i.kind, i.id LIMIT :limit");
        List<String> kinds = query.kinds().stream().map(Kind::slug).toList();
        record Row(StoredItem item, long sortLo) {
        }
        List<Row> rows = jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bindList("kinds", kinds).bind("limit", query.limit() + 1);
            query.category().ifPresent(c -> q.bind("category", c));
            query.parent().ifPresent(p -> q.bind("parent", p));
            query.party().ifPresent(p -> q.bind("party", p));
            query.fromDay().ifPresent(d -> q.bind("fromDay", d));
            query.toDay().ifPresent(d -> q.bind("toDay", d));
            query.cursor().ifPresent(c -> q.bind("cSort", c.sortKey()).bind("cKind", c.kind()).bind("cId", c.id()));
            return q.map((rs, ctx) -> new Row(stored(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getLong(4)), rs.getLong(5))).list();
        });
        List<StoredItem> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), query.limit()); i++) {
            items.add(rows.get(i).item());
        }
        Optional<Cursor> next = Optional.empty();
        if (rows.size() > query.limit()) {
            Row lastServed = rows.get(query.limit() - 1);
            next = Optional.of(new Cursor(lastServed.sortLo(), lastServed.item().kind().slug(),
                    lastServed.item().id()));
        }
        return new Page<>(items, next);
    }

    public Optional<LogEntry> entry(long index) {
        return jdbi.withHandle(h -> h.createQuery("SELECT idx, body FROM log_entry WHERE idx = :idx")
                .bind("idx", index).map((rs, ctx) -> entry(rs.getLong(1), rs.getString(2))).findOne());
    }

    /** Up to {@code max} entries from {@code from}, in log order. */
    public List<LogEntry> entries(long from, int max) {
        return jdbi.withHandle(h -> h.createQuery("SELECT idx, body FROM log_entry WHERE idx >= :from "
                        + "ORDER BY idx LIMIT :max")
                .bind("from", from).bind("max", max).map((rs, ctx) -> entry(rs.getLong(1), rs.getString(2))).list());
    }

    private static LogEntry entry(long index, String body) {
        LogEntry.Body parsed = Json.read(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), LogEntry.Body.class);
        return new LogEntry(index, parsed.type(), parsed.subject(), parsed.payload(), parsed.actor(), parsed.time());
    }

    private static StoredItem stored(String kind, String id, String body, long index) {
        Kind k = Kind.fromSlug(kind).orElseThrow(() -> new IllegalStateException("unknown kind in store: " + kind));
        return new StoredItem(k, id, Json.tree(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), index);
    }
}
