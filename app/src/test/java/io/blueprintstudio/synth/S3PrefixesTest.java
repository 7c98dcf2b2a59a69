package io.blueprintstudio.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What starts an execution is what the Lambda may read: the rule's matcher and the policy's pattern agree. */
class S3PrefixesTest {
    private static final List<String> KEYS = List.of("incoming/orders/a.csv", "incoming/orders-old/x.csv",
            "incoming/orders", "incoming/orders/sub/b.CSV", "incoming/ordersx.csv", "incoming/other/c.csv",
            "outgoing/incoming/orders/d.csv", "incoming/orders/e.csv.gz");

    @Test
    void theReadGrantCoversExactlyTheKeysThePrefixRuleMatches() {
        for (String prefix : List.of("incoming/orders", "/incoming/orders", "incoming/orders/", "")) {
            for (String suffix : new String[] {null, ".csv"}) {
                Pattern grant = iamPattern(S3Prefixes.matchedKeys(prefix, suffix));
                for (String key : KEYS) {
                    assertEquals(ruleMatches(prefix, suffix, key), grant.matcher(key).matches(),
                            key + " under prefix '" + prefix + "', suffix " + suffix);
                }
            }
        }
    }

    @Test
    void dropsALeadingSlashAsMdaaDoes() {
        assertEquals("incoming/orders", io.blueprintstudio.blueprint.S3KeyPrefix.of("/incoming/orders"));
        assertEquals("", io.blueprintstudio.blueprint.S3KeyPrefix.of(null));
        assertEquals(List.of(java.util.Map.of("prefix", "incoming/orders")),
                S3EventPatterns.keyMatchers(List.of("/incoming/orders"), null));
    }

    @Test
    void writesUnderTheDestinationFolderAsTheHandlerDoes() {
        assertEquals("curated/orders/*", S3Prefixes.folderKeys("curated/orders"));
        assertEquals("curated/orders/*", S3Prefixes.folderKeys("/curated/orders/"));
        assertEquals("*", S3Prefixes.folderKeys(""));
    }

    /** EventBridge's {@code prefix} matcher, and with a suffix its {@code wildcard prefix*suffix}. */
    private static boolean ruleMatches(String prefix, String suffix, String key) {
        String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return key.startsWith(p) && (suffix == null || (key.endsWith(suffix) && key.length() >= p.length()
                + suffix.length()));
    }

    /** IAM resource matching: {@code *} any run of characters, {@code ?} one; the rest literal. */
    private static Pattern iamPattern(String resource) {
        StringBuilder regex = new StringBuilder();
        for (char c : resource.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
