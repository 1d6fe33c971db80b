package org.pacta.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.commitment.Commitment;
import org.pacta.core.commitment.Form;
import org.pacta.core.date.Edtf;
import org.pacta.core.party.Party;
import org.pacta.core.testing.TestStores;
import org.pacta.core.testing.TestStores.Engine;

class RegistryTest {

    @TempDir
    Path temp;

    private static Party state(String id) {
        return new Party(id, "State " + id, Optional.empty(), Party.PartyKind.STATE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                List.of(), true, Optional.empty());
    }

    private static Commitment oral(String id, String by, String to, String date) {
        return new Commitment(id, Form.ORAL, by, List.of(to), Edtf.parse(date), "Promise " + id, Optional.empty(),
                Optional.empty(),
                Optional.empty(), List.of(), false, Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void append_recordsItemAndLogEntryTogether(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            Registry registry = pacta.registry();
            long index = registry.append("test:alice", state("alpha"));
            assertThat(index).isZero();
            assertThat(registry.size()).isEqualTo(1);
            StoredItem stored = registry.get(Kind.PARTY, "alpha");
            assertThat(stored.logIndex()).isZero();
            assertThat(stored.as(Party.class)).isEqualTo(state("alpha"));
            LogEntry entry = registry.entry(0).orElseThrow();
            assertThat(entry.type()).isEqualTo("party.create");
            assertThat(entry.subject()).isEqualTo("party/alpha");
            assertThat(entry.actor()).isEqualTo("test:alice");
            assertThat(entry.payload().get("name").asText()).isEqualTo("State alpha");
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void append_duplicateId_conflictsAndChangesNothing(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            Registry registry = pacta.registry();
            registry.append("test", state("alpha"));
            assertThatThrownBy(() -> registry.append("test", List.of(state("beta"), state("alpha"))))
                    .isInstanceOf(PactaException.Conflict.class).hasMessageContaining("party \"alpha\" already exists");
            assertThat(registry.size()).isEqualTo(1);
            assertThat(registry.exists(Kind.PARTY, "beta")).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void append_unknownReference_namesFieldAndChangesNothing(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            Registry registry = pacta.registry();
            registry.append("test", state("alpha"));
            assertThatThrownBy(() -> registry.append("test", oral("c1", "alpha", "nobody", "1990-02-09")))
                    .isInstanceOfSatisfying(PactaException.InvalidInput.class,
                            e -> assertThat(e.field()).contains("madeTo[0]"))
                    .hasMessageContaining("no party has the id \"nobody\"");
            assertThat(registry.size()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void list_pagesWithCursorInDateOrder(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            Registry registry = pacta.registry();
            registry.append("test", List.of(state("alpha"), state("beta")));
            List<Commitment> items = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                items.add(oral("c" + i, "alpha", "beta", "20" + (10 + (i * 3) % 7) + "-01-01"));
            }
            registry.append("test", items);
            List<String> seen = new ArrayList<>();
            Optional<Cursor> cursor = Optional.empty();
            int pages = 0;
            do {
                Page<StoredItem> page = registry.list(ItemQuery.of(Kind.COMMITMENT).withLimit(3).withCursor(cursor));
                page.items().forEach(s -> seen.add(s.body().get("date").asText()));
                cursor = page.next().map(c -> Cursor.parse(c.encode()));
                pages++;
            } while (cursor.isPresent());
            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactly("2010-01-01", "2011-01-01", "2012-01-01", "2013-01-01", "2014-01-01",
                    "2015-01-01", "2016-01-01");
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void list_filtersByPartyCategoryAndContainedDates(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            Registry registry = pacta.registry();
            registry.append("test", List.of(state("alpha"), state("beta"), state("gamma")));
            registry.append("test", List.of(oral("jan", "alpha", "beta", "2022-01-12"),
                    oral("month", "beta", "gamma", "2022-01"), oral("year", "alpha", "gamma", "2022"),
                    oral("span", "gamma", "alpha", "2022-01-10/2022-01-13"), oral("feb", "gamma", "beta", "2022-02-01")));
            Edtf january = Edtf.parse("2022-01");
            List<String> inJanuary = registry.list(ItemQuery.of(Kind.COMMITMENT)
                            .withDays(Optional.of(january.earliestDay()), Optional.of(january.latestDay())))
                    .items().stream().map(StoredItem::id).toList();
            assertThat(inJanuary).containsExactly("month", "span", "jan");
            List<String> byBeta = registry.list(ItemQuery.of(Kind.COMMITMENT).withParty(Optional.of("beta")))
                    .items().stream().map(StoredItem::id).toList();
            assertThat(byBeta).containsExactlyInAnyOrder("jan", "month", "feb");
            assertThat(registry.list(ItemQuery.of(Kind.COMMITMENT).withCategory(Optional.of("LEGAL"))).items()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void reopen_keepsCommittedWrites(Engine engine) {
        if (engine == Engine.POSTGRES) {
            String url = TestStores.freshPgUrl();
            try (Pacta pacta = new Pacta(org.pacta.core.storage.Database.postgres(url), Clock.systemUTC())) {
                pacta.registry().append("test", state("alpha"));
            }
            try (Pacta pacta = new Pacta(org.pacta.core.storage.Database.postgres(url), Clock.systemUTC())) {
                assertThat(pacta.registry().get(Kind.PARTY, "alpha").as(Party.class)).isEqualTo(state("alpha"));
            }
            return;
        }
        Path data = temp.resolve("reopen");
        try (Pacta pacta = new Pacta(org.pacta.core.storage.Database.sqlite(data), Clock.systemUTC())) {
            pacta.registry().append("test", state("alpha"));
        }
        try (Pacta pacta = new Pacta(org.pacta.core.storage.Database.sqlite(data), Clock.systemUTC())) {
            assertThat(pacta.registry().get(Kind.PARTY, "alpha").as(Party.class)).isEqualTo(state("alpha"));
            String journal = pacta.database().jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode")
                    .mapTo(String.class).one());
            int synchronous = pacta.database().jdbi().withHandle(h -> h.createQuery("PRAGMA synchronous")
                    .mapTo(Integer.class).one());
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(synchronous).as("synchronous=FULL (2): a commit is on disk before it returns").isEqualTo(2);
        }
    }
}
