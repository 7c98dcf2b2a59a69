package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputTargetTest {
    @Test
    void pathBelowTheSourcePrefixMovesUnderTheDestinationPrefix() {
        OutputTarget t = OutputTarget.derive("incoming/2024 Q1/café données.csv", "incoming/", "curated/sales/");
        assertEquals("curated/sales/2024 Q1/", t.folder());
        assertEquals("café données.parquet", t.fileName());
        assertEquals("curated/sales/2024 Q1/café données.parquet", t.key());
    }

    @Test
    void slashesAreNormalised() {
        assertEquals("curated/sales/a.parquet",
                OutputTarget.derive("incoming/a.csv", "/incoming", "/curated//sales").key());
    }

    @Test
    void wholeKeyIsUsedWithoutAMatchingSourcePrefix() {
        assertEquals("out/incoming/a.parquet", OutputTarget.derive("incoming/a.csv", "", "out").key());
        assertEquals("out/other/a.parquet", OutputTarget.derive("other/a.csv", "incoming", "out").key());
        assertEquals("out/incoming-old/a.parquet", OutputTarget.derive("incoming-old/a.csv", "incoming", "out").key(),
                "a prefix matches whole folders only");
    }

    @Test
    void extensionIsReplacedOrAdded() {
        assertEquals("out/data.v2.parquet", OutputTarget.derive("in/data.v2.TXT", "in", "out").key());
        assertEquals("out/README.parquet", OutputTarget.derive("in/README", "in", "out").key());
        assertEquals("out/.hidden.parquet", OutputTarget.derive("in/.hidden", "in", "out").key());
    }

    @Test
    void emptyDestinationPrefixIsTheBucketRoot() {
        assertEquals("a.parquet", OutputTarget.derive("in/a.csv", "in/", "").key());
    }

    @Test
    void folderPlaceholderHasNoOutput() {
        assertThrows(IllegalArgumentException.class, () -> OutputTarget.derive("incoming/2024/", "incoming", "out"));
    }
}
