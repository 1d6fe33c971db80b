package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.log.LogFormatException;

class TilePathTest {
    @ParameterizedTest
    @CsvSource({
        "0, 000",
        "5, 005",
        "999, 999",
        "1000, x001/000",
        "1234067, x001/x234/067",
        "9223372036854775807, x009/x223/x372/x036/x854/x775/807",
    })
    void encodeIndex_threeDigitGroups(long index, String encoded) {
        assertThat(TilePath.encodeIndex(index)).isEqualTo(encoded);
    }

    @Test
    void path_fullAndPartialTiles() {
        assertThat(new TilePath.Hashes(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new TilePath.Hashes(2, 0, 1).path()).isEqualTo("tile/2/000.p/1");
        assertThat(new TilePath.Entries(0, 15).path()).isEqualTo("tile/entries/000.p/15");
        assertThat(new TilePath.Entries(1234067, 256).path()).isEqualTo("tile/entries/x001/x234/067");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tile/0/000", "tile/0/000.p/15", "tile/1/x001/x234/067.p/255", "tile/63/999",
        "tile/entries/000.p/1", "tile/entries/x001/x234/067", "tile/entries/x009/x223/x372/x036/x854/x775/807"})
    void parse_canonicalPath_roundTrips(String path) {
        assertThat(TilePath.parse(path).path()).isEqualTo(path);
    }

    @Test
    void parse_partialHashTile_givesCoordinates() {
        assertThat(TilePath.parse("tile/1/x001/x234/067.p/8")).isEqualTo(new TilePath.Hashes(1, 1234067, 8));
        assertThat(TilePath.parse("tile/entries/012")).isEqualTo(new TilePath.Entries(12, 256));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tiles/0/000|must start with tile/",
        "tile/0|needs a level and an index",
        "tile/00/000|level must be a decimal number without leading zeros",
        "tile/64/000|level must be at most 63",
        "tile/-1/000|level must be a decimal number",
        "tile/0/1|must be three digits",
        "tile/0/0001|must be three digits",
        "tile/0/001/002|must start with x",
        "tile/0/x001|must be three digits",
        "tile/0/x000/001|is not in canonical form",
        "tile/0/000.p/0|partial width must be 1 to 255",
        "tile/0/000.p/256|partial width must be at most 255",
        "tile/0/000.p/016|without leading zeros",
        "tile/0/000.p|must be followed by exactly one width",
        "tile/0/000.p/1/2|must be followed by exactly one width",
        "tile/0/000/|must start with x unless it is the last",
        "tile/0/00a|must be three digits",
        "tile/entries/000.p/|partial width must be a decimal number",
        "tile/0/x001/x002/x003/x004/x005/x006/x007/008|too many groups",
        "tile/0/x999/x999/x999/x999/x999/x999/999|too large",
    })
    void parse_malformedPath_namesProblem(String path, String problem) {
        assertThatThrownBy(() -> TilePath.parse(path))
                .isInstanceOf(LogFormatException.class)
                .hasMessageStartingWith("tile path " + path)
                .hasMessageContaining(problem);
    }

    @Test
    void hashes_widthOutOfRange() {
        assertThatThrownBy(() -> new TilePath.Hashes(0, 0, 257)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TilePath.Hashes(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
