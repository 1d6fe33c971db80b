package org.pacta.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pacta.core.Pacta;
import org.pacta.core.PactaException;
import org.pacta.core.json.Json;
import org.pacta.core.registry.ItemQuery;
import org.pacta.core.registry.Kind;
import org.pacta.core.testing.TestStores;
import org.pacta.core.testing.TestStores.Engine;

class DatasetTest {

    @TempDir
    Path temp;

    private static final byte[] SMALL = TestStores.resource("/fixtures/small-dataset.json");

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void exportImportExport_isIdentical(Engine engine) {
        String first;
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            int count = pacta.importer().importDocument("test", SMALL);
            assertThat(count).isEqualTo(pacta.registry().size());
            first = pacta.exporter().json();
        }
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            pacta.importer().importDocument("test", first.getBytes(StandardCharsets.UTF_8));
            assertThat(pacta.exporter().json()).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void import_derivesViewsFromTheRecord(Engine engine) {
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            pacta.importer().importDocument("test", SMALL);
            JsonNode act = pacta.instruments().view(pacta.registry().get(Kind.INSTRUMENT, "old-act"));
            assertThat(act.get("status").asText()).isEqualTo("IN_FORCE");
            assertThat(act.get("statusReason").asText()).contains("signed by all 2 parties");
            JsonNode draft = pacta.instruments().view(pacta.registry().get(Kind.INSTRUMENT, "draft-treaty"));
            assertThat(draft.get("status").asText()).isEqualTo("PROPOSED");
            assertThat(draft.get("version").asInt()).isEqualTo(2);
            assertThat(draft.get("provisions").get(0).get("text").asText()).contains("consult");
            JsonNode concern = pacta.negotiation().concernView(pacta.registry().get(Kind.CONCERN, "no-enlargement"));
            assertThat(concern.get("currentStances").get("beta").asText()).isEqualTo("WONT_DISCUSS");
            JsonNode oral = pacta.commitments().view(pacta.registry().get(Kind.COMMITMENT, "oral-1990"));
            assertThat(oral.get("status").asText()).isEqualTo("DISPUTED");
            long day = LocalDate.of(1997, 5, 27).toEpochDay();
            assertThat(pacta.parties().membersOn("league", day)).containsExactly("beta");
            assertThat(pacta.parties().membersOn("league", LocalDate.of(2024, 1, 1).toEpochDay()))
                    .containsExactly("beta", "gamma");
            List<String> timeline = pacta.timeline().list(ItemQuery.of(Kind.EVENT)
                    .withDays(Optional.of(LocalDate.of(2022, 1, 1).toEpochDay()),
                            Optional.of(LocalDate.of(2022, 1, 31).toEpochDay())))
                    .items().stream().map(i -> i.kind() + ":" + i.id()).toList();
            assertThat(timeline).containsSubsequence("session:lakeside-1", "session:council-1", "event:reply-1");
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void import_badItem_recordsNothingAndNamesThePath(Engine engine) {
        ObjectNode document = (ObjectNode) Json.tree(SMALL);
        ((ObjectNode) document.withArray("commitments").get(1)).put("form", "WHISPERED");
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            assertThatThrownBy(() -> pacta.importer().importDocument("test", Json.write(document)
                    .getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(PactaException.InvalidInput.class,
                            e -> assertThat(e.field()).contains("commitments[1].form"))
                    .hasMessageContaining("WHISPERED");
            assertThat(pacta.registry().size()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.pacta.core.testing.TestStores#engines")
    void import_brokenRuleLateInDocument_rollsBackEverything(Engine engine) {
        ObjectNode document = (ObjectNode) Json.tree(SMALL);
        ((ObjectNode) document.withArray("concerns").get(1).withArray("stances").get(0)).put("party", "gamma");
        try (Pacta pacta = new Pacta(TestStores.open(engine, temp), Clock.systemUTC())) {
            assertThatThrownBy(() -> pacta.importer().importDocument("test", Json.write(document)
                    .getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(PactaException.InvalidInput.class).hasMessageContaining("not addressed");
            assertThat(pacta.registry().size()).isZero();
            assertThat(pacta.registry().exists(Kind.PARTY, "alpha")).isFalse();
        }
    }
}
