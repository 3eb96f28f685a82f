package nl.stip.concerned.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LetterCodeTest {

    @Test
    void codesAreEightCharactersWithoutLookAlikesAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = LetterCode.generate();
            assertThat(code).matches("[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}").doesNotContain("O", "0", "I", "1", "L", "U");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedCodesAreReadLenientlyAndComparedByHash() {
        String code = LetterCode.generate();
        String hash = LetterCode.hash(LetterCode.normalise(code));
        assertThat(LetterCode.matches(LetterCode.normalise(code.toLowerCase().replace("-", " ")), hash)).isTrue();
        assertThat(LetterCode.matches(LetterCode.normalise(" " + code + " "), hash)).isTrue();
        assertThat(LetterCode.normalise("ABCD-EFG")).isNull();
        assertThat(LetterCode.normalise("ABCD-EFGO")).isNull();
        assertThat(LetterCode.normalise(null)).isNull();
        assertThat(LetterCode.matches("ABCDEFGH", null)).isFalse();
        assertThat(hash).doesNotContain(LetterCode.normalise(code));
    }
}
