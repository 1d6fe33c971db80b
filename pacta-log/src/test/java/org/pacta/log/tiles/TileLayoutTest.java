package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TileLayoutTest {
    @Test
    void partialTiles_size70000_matchSpecExample() {
        // C2SP tlog-tiles: size 70,000 has partial tiles of widths 112, 17 and 1 (research §2.4).
        assertThat(TileLayout.partialTiles(70_000)).containsExactly(
                new TilePath.Hashes(0, 273, 112), new TilePath.Hashes(1, 1, 17), new TilePath.Hashes(2, 0, 1));
    }

    @Test
    void hashTiles_size70000_countsFullTiles() {
        List<TilePath.Hashes> tiles = TileLayout.hashTiles(70_000);

        assertThat(tiles.stream().filter(t -> t.level() == 0 && t.isFull())).hasSize(273);
        assertThat(tiles.stream().filter(t -> t.level() == 1 && t.isFull())).hasSize(1);
        assertThat(tiles).hasSize(273 + 1 + 1 + 1 + 1);
    }

    @Test
    void hashTiles_size256_oneFullTileAndPartialAbove() {
        assertThat(TileLayout.hashTiles(256)).containsExactly(new TilePath.Hashes(0, 0, 256), new TilePath.Hashes(1, 0, 1));
    }

    @Test
    void hashTiles_emptyTree_none() {
        assertThat(TileLayout.hashTiles(0)).isEmpty();
        assertThat(TileLayout.entryBundles(0)).isEmpty();
    }

    @Test
    void entryBundles_size513() {
        assertThat(TileLayout.entryBundles(513)).containsExactly(
                new TilePath.Entries(0, 256), new TilePath.Entries(1, 256), new TilePath.Entries(2, 1));
    }

    @Test
    void tileFor_nodeInPartialTile() {
        assertThat(TileLayout.tileFor(0, 69_999, 70_000)).isEqualTo(new TilePath.Hashes(0, 273, 112));
        assertThat(TileLayout.width(0, 274, 70_000)).isZero();
    }
}
