package org.pacta.log.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacta.log.LogFormatException;

class EntryBundleTest {
    @Test
    void encode_bigEndianLengthPrefixes() {
        byte[] bundle = EntryBundle.encode(List.of("one".getBytes(StandardCharsets.UTF_8), new byte[0], new byte[300]));

        assertThat(HexFormat.of().formatHex(bundle, 0, 9)).isEqualTo("00036f6e650000012c");
        assertThat(bundle).hasSize(2 + 3 + 2 + 2 + 300);
    }

    @Test
    void decode_roundTrip() {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        entries.set(7, new byte[EntryBundle.MAX_ENTRY_SIZE]);

        List<byte[]> decoded = EntryBundle.decode(EntryBundle.encode(entries));

        assertThat(decoded).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat(decoded.get(i)).isEqualTo(entries.get(i));
        }
    }

    @Test
    void decode_truncatedEntry() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 3, 'o', 'n'}))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("entry bundle is truncated: entry 0 declares 3 bytes, 2 remain");
    }

    @Test
    void decode_halfLengthPrefix() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 1, 'x', 0}))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("entry bundle is truncated: entry 1 has half a length prefix");
    }

    @Test
    void encode_entryTooLarge() {
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[EntryBundle.MAX_ENTRY_SIZE + 1])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536 bytes");
    }

    @Test
    void decode_moreThan256Entries() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[257 * 2]))
                .isInstanceOf(LogFormatException.class)
                .hasMessage("entry bundle holds more than 256 entries");
    }
}
