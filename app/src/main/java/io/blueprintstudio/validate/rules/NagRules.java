package io.blueprintstudio.validate.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The cdk-nag rule ids a suppression may name, read once from {@code cdk-nag-rules.txt}. */
final class NagRules {
    static final Set<String> IDS = load();

    private NagRules() {
    }

    private static Set<String> load() {
        Set<String> ids = new LinkedHashSet<>();
        try (InputStream in = NagRules.class.getResourceAsStream("cdk-nag-rules.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource cdk-nag-rules.txt missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    ids.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(ids);
    }

    /** The pack part of an id: {@code NIST.800.53.R5} of {@code NIST.800.53.R5-LambdaDLQ}. */
    static String pack(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /**
     * The id meant: the closest spelling, or, when only a pack was named, the pack's rule whose words the
     * suppression's reason mentions most ("log group retention" → {@code ...-CloudWatchLogGroupRetentionPeriod}).
     */
    static Optional<String> suggest(String id, String reason) {
        Optional<String> spelt = Suggest.closest(id, IDS);
        if (spelt.isPresent() || reason == null) {
            return spelt;
        }
        String text = reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String best = null;
        int bestScore = 1;
        for (String candidate : IDS) {
            if (!pack(candidate).equalsIgnoreCase(pack(id))) {
                continue;
            }
            int score = 0;
            for (String word : candidate.substring(candidate.indexOf('-') + 1).split("(?<=[a-z0-9])(?=[A-Z])")) {
                if (word.length() > 2 && text.contains(word.toLowerCase(Locale.ROOT))) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
