package org.pacta.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.log.LogFormatException;

class VerifierKeyTest {
    @Test
    void parse_c2spExample_roundTrips() {
        VerifierKey key = VerifierKey.parse(NoteTest.FOO_VKEY);

        assertThat(key.name()).isEqualTo("example.com/foo");
        assertThat(key.type()).isEqualTo(KeyType.ED25519);
        assertThat(Integer.toHexString(key.keyId())).isEqualTo("530d903a");
        assertThat(key.encode()).isEqualTo(NoteTest.FOO_VKEY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "noParts|example.com/foo|verifier key must be name+id+key",
        "emptyName|+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|key name is empty",
        "shortId|example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|key id must be 8 hex digits, was: 530d903",
        "wrongId|example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|claims id 530d903b but its key has id 530d903a",
        "otherName|example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|claims id 530d903a",
        "notBase64|example.com/foo+530d903a+Ae*yeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|key is not base64",
        "unknownType|example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k|unsupported signature type 0x02",
        "shortKey|example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3Q==|must hold a 32-byte Ed25519 key, holds 30 bytes",
    })
    void parse_malformed_namesInput(String name, String vkey, String message) {
        assertThatThrownBy(() -> VerifierKey.parse(vkey))
                .isInstanceOf(LogFormatException.class)
                .hasMessageContaining(message);
    }
}
