package io.blueprintstudio.lambda;

import io.blueprintstudio.convert.BadValuePolicy;
import io.blueprintstudio.convert.Compression;
import io.blueprintstudio.convert.ConvertOptions;
import io.blueprintstudio.convert.io.S3Keys;
import io.blueprintstudio.convert.io.S3Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The function's settings, read from its environment on every run (so a configuration mistake is reported as a
 * failed run, not a crash at start-up).
 *
 * @param destBucket   where the Parquet goes ({@code DEST_BUCKET_NAME})
 * @param destPrefix   folder inside it ({@code DEST_PREFIX}), normalised; empty means the bucket's root
 * @param sourcePrefix folder the CSVs arrive under ({@code SOURCE_PREFIX}), normalised; empty when not set
 */
record HandlerConfig(String destBucket, String destPrefix, String sourcePrefix, ConvertOptions options) {

    static HandlerConfig from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String bucket = required(env, "DEST_BUCKET_NAME", problems);
        String prefix = env.get("DEST_PREFIX");
        if (prefix == null) {
            problems.add("DEST_PREFIX is not set (use an empty value for the bucket's root)");
        }
        ConvertOptions.Builder options = ConvertOptions.builder();
        parse(env, "COMPRESSION", Compression.class, problems).ifPresent(options::compression);
        parse(env, "ON_BAD_VALUE", BadValuePolicy.class, problems).ifPresent(options::onBadValue);
        options.partitionColumns(list(env.get("PARTITION_COLUMNS")));
        if (bucket != null) {
            try {
                new S3Location(bucket, "");
            } catch (IllegalArgumentException e) {
                problems.add("DEST_BUCKET_NAME: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the function is misconfigured: " + String.join("; ", problems));
        }
        return new HandlerConfig(bucket, S3Keys.folder(prefix), S3Keys.folder(env.getOrDefault("SOURCE_PREFIX", "")),
                options.build());
    }

    private static String required(Map<String, String> env, String name, List<String> problems) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            problems.add(name + " is not set");
            return null;
        }
        return value.trim();
    }

    private static <E extends Enum<E>> Optional<E> parse(Map<String, String> env, String name,
            Class<E> type, List<String> problems) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        if (type == Compression.class && wanted.equals("UNCOMPRESSED")) {
            wanted = "NONE";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        problems.add(name + " is '" + value + "'; use one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        return Optional.empty();
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
