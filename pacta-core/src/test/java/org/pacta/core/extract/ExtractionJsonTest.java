package org.pacta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    @Test
    void render_lowerCamelCaseFieldsAndNulls() throws Exception {
        ExtractedReport report = new QuoteExtractor().extract(
                " date 2024-02-03 Un «tournant»\n\n«Nous verrons», a dit Paul Roux.");
        String json = ExtractionJson.render(List.of(ExtractionJson.of("a.txt", report)));
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode first = root.get(0);
        assertThat(first.get("file").asText()).isEqualTo("a.txt");
        assertThat(first.get("date").asText()).isEqualTo("2024-02-03");
        assertThat(first.get("language").asText()).isEqualTo("fr");
        JsonNode headline = first.get("quotations").get(0);
        assertThat(headline.get("quote").asText()).isEqualTo("tournant");
        assertThat(headline.get("speaker").isNull()).isTrue();
        assertThat(headline.get("verb").isNull()).isTrue();
        JsonNode second = first.get("quotations").get(1);
        assertThat(second.get("speaker").asText()).isEqualTo("Paul Roux");
        assertThat(second.get("verb").asText()).isEqualTo("a dit");
        assertThat(second.get("paragraph").asInt()).isEqualTo(1);
        assertThat(second.get("end").asInt() - second.get("start").asInt()).isEqualTo("Nous verrons".length());
    }

    @Test
    void render_absentDateIsNull() throws Exception {
        ExtractedReport report = new QuoteExtractor().extract("No quotation here.");
        JsonNode root = new ObjectMapper().readTree(ExtractionJson.render(List.of(ExtractionJson.of("b", report))));
        assertThat(root.get(0).get("date").isNull()).isTrue();
        assertThat(root.get(0).get("quotations")).isEmpty();
    }

    @Test
    void renderFiles_readsEachFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("r.txt");
        java.nio.file.Files.writeString(file, "«Nous verrons», a dit Paul Roux.");
        JsonNode root = new ObjectMapper().readTree(ExtractionJson.renderFiles(List.of(file)));
        assertThat(root.get(0).get("file").asText()).isEqualTo(file.toString());
        assertThat(root.get(0).get("quotations").get(0).get("speaker").asText()).isEqualTo("Paul Roux");
    }

    @Test
    void renderFiles_missingFileIsNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractionJson.renderFiles(List.of(java.nio.file.Path.of("missing-report.txt"))))
                .isInstanceOf(org.pacta.core.PactaException.NotFound.class).hasMessageContaining("missing-report.txt");
    }
}
