package org.pacta.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.core.PactaException;
import org.pacta.core.commitment.Commitment;

class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin:alice", "delegate:Zoë", "analyst:a \"quoted\" name", "x\\y", "tab\there", "line\nbreak",
        "\u0001control", "emoji \uD83D\uDE00", "日本"})
    void canonicalEntry_matchesFullCanonicalisation(String actor) {
        String payload = Json.canonicalString(Map.of("b", List.of(1, 2.5, "é\n"), "a", Map.of("z", true, "y", "\u2028")));
        Map<String, Object> entry = new TreeMap<>();
        entry.put("actor", actor);
        entry.put("payload", Json.tree(payload.getBytes(StandardCharsets.UTF_8)));
        entry.put("subject", "event/e-1");
        entry.put("time", "2026-11-28T01:00:00.000Z");
        entry.put("type", "event.create");
        assertThat(Json.canonicalEntry(actor, payload, "event/e-1", "2026-11-28T01:00:00.000Z", "event.create"))
                .isEqualTo(Json.canonicalString(entry));
    }

    @Test
    void read_namesNestedFieldOfABadValue() {
        String body = "{\"form\":\"ORAL\",\"madeBy\":\"a\",\"madeTo\":[\"b\", 7],\"date\":\"2021\",\"text\":\"t\"}";
        assertThatThrownBy(() -> Json.read(body.getBytes(StandardCharsets.UTF_8), Commitment.class))
                .isInstanceOfSatisfying(PactaException.InvalidInput.class,
                        e -> assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).startsWith("madeTo")));
    }

    @Test
    void read_rejectsTrailingTokensAndDuplicateKeys() {
        assertThatThrownBy(() -> Json.tree("{\"a\":1} {}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PactaException.InvalidInput.class);
        assertThatThrownBy(() -> Json.tree("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PactaException.InvalidInput.class);
    }
}
