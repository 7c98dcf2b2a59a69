package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3EventPatternsTest {

    @Test
    void matchesThePrefixAloneLikeMdaaWithoutASuffix() {
        assertEquals(List.of(Map.of("prefix", "incoming/orders")),
                S3EventPatterns.keyMatchers(List.of("/incoming/orders"), null));
    }

    @Test
    void combinesPrefixAndSuffixInOneWildcardBecauseListedMatchersAreAlternatives() {
        assertEquals(List.of(Map.of("wildcard", "incoming/orders/*.csv")),
                S3EventPatterns.keyMatchers(List.of("incoming/orders/"), ".csv"));
        assertEquals(List.of(Map.of("wildcard", "*.csv")), S3EventPatterns.keyMatchers(List.of(), ".csv"));
    }

    @Test
    void escapesWildcardCharactersWrittenInThePrefix() {
        assertEquals(List.of(Map.of("wildcard", "odd\\*name/*.csv")),
                S3EventPatterns.keyMatchers(List.of("odd*name/"), ".csv"));
    }
}
