package org.pacta.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hash_matchesItsPasswordOnly() {
        String stored = Passwords.hash("correct horse".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$");
        assertThat(Passwords.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(Passwords.matches("correct horsE".toCharArray(), stored)).isFalse();
    }

    @Test
    void hash_saltsEachHashDifferently() {
        assertThat(Passwords.hash("same".toCharArray())).isNotEqualTo(Passwords.hash("same".toCharArray()));
    }

    @Test
    void unmatchable_costsTheCurrentIterationsAndMatchesNothing() {
        String dummy = Passwords.unmatchable();
        assertThat(dummy.split("\\$")).hasSize(4);
        assertThat(dummy.split("\\$")[1]).isEqualTo(Integer.toString(Passwords.ITERATIONS));
        assertThat(Passwords.matches("".toCharArray(), dummy)).isFalse();
        assertThat(Passwords.matches("not a password".toCharArray(), dummy)).isFalse();
    }

    @Test
    void matches_refusesForeignFormats() {
        assertThat(Passwords.matches("x".toCharArray(), "md5$abc")).isFalse();
    }
}
