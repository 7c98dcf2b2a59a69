package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.ConvertOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerConfigTest {
    @Test
    void requiredSettingsAloneGiveTheConverterDefaults() {
        HandlerConfig c = HandlerConfig.from(Map.of("DEST_BUCKET_NAME", "dest", "DEST_PREFIX", "/curated"));
        assertEquals("dest", c.destBucket());
        assertEquals("curated/", c.destPrefix());
        assertEquals("", c.sourcePrefix());
        assertEquals(ConvertOptions.defaults(), c.options());
    }

    @Test
    void optionalSettingsReachTheConverter() {
        HandlerConfig c = HandlerConfig.from(Map.of("DEST_BUCKET_NAME", "dest", "DEST_PREFIX", "",
                "SOURCE_PREFIX", "incoming", "PARTITION_COLUMNS", " region, year ,", "COMPRESSION", "Zstd",
                "ON_BAD_VALUE", "reject"));
        assertEquals("", c.destPrefix());
        assertEquals("incoming/", c.sourcePrefix());
        assertEquals(List.of("region", "year"), c.options().partitionColumns());
        assertEquals(Compression.ZSTD, c.options().compression());
        assertEquals(BadValuePolicy.REJECT, c.options().onBadValue());
    }

    @Test
    void uncompressedIsAcceptedForNone() {
        assertEquals(Compression.NONE, HandlerConfig.from(Map.of("DEST_BUCKET_NAME", "dest", "DEST_PREFIX", "x",
                "COMPRESSION", "uncompressed")).options().compression());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HandlerConfig.from(Map.of("COMPRESSION", "lz4", "ON_BAD_VALUE", "ignore")));
        String m = e.getMessage();
        assertTrue(m.contains("DEST_BUCKET_NAME is not set"), m);
        assertTrue(m.contains("DEST_PREFIX is not set"), m);
        assertTrue(m.contains("COMPRESSION is 'lz4'; use one of [snappy, zstd, gzip, none]"), m);
        assertTrue(m.contains("ON_BAD_VALUE is 'ignore'; use one of [fail, widen, reject]"), m);
    }

    @Test
    void invalidBucketNameIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HandlerConfig.from(Map.of("DEST_BUCKET_NAME", "s3://dest", "DEST_PREFIX", "x")));
        assertTrue(e.getMessage().contains("DEST_BUCKET_NAME"), e.getMessage());
    }
}
