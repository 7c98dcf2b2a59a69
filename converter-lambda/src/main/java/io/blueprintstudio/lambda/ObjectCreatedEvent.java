package io.blueprintstudio.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blueprintstudio.convert.io.S3Location;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of EventBridge's S3 "Object Created" event we use; the state machine passes the whole event through.
 *
 * @param key the key exactly as the event gives it (see {@link #keyCandidates()})
 */
record ObjectCreatedEvent(String bucket, String key) {

    /** Reads {@code detail.bucket.name} and {@code detail.object.key}; anything else in the event is ignored. */
    static ObjectCreatedEvent parse(ObjectMapper json, byte[] event) {
        JsonNode root;
        try {
            root = json.readTree(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("the input could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the input is not a JSON object; expected an EventBridge S3 "
                    + "'Object Created' event");
        }
        String bucket = text(root, "/detail/bucket/name");
        String key = text(root, "/detail/object/key");
        return new ObjectCreatedEvent(new S3Location(bucket, key).bucket(), key);
    }

    /** The object as the event names it, before any decoding. */
    S3Location location() {
        return new S3Location(bucket, key);
    }

    private static String text(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new IllegalArgumentException("the event has no " + pointer.substring(1).replace('/', '.')
                    + "; expected an EventBridge S3 'Object Created' event");
        }
        return node.asText();
    }

    /**
     * The keys to try, best first. AWS does not document whether EventBridge's key is URL-encoded: S3's older
     * notification format encodes it (a space becomes {@code +}), and reports about EventBridge differ. So after
     * the key as given come its percent-decoded form and its form-decoded form ({@code +} as a space), where they
     * differ and are well formed; the first that exists wins.
     */
    List<String> keyCandidates() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        if (key.indexOf('%') >= 0 || key.indexOf('+') >= 0) {
            decode(key.replace("+", "%2B")).ifPresent(keys::add);
            decode(key).ifPresent(keys::add);
        }
        return new ArrayList<>(keys);
    }

    private static Optional<String> decode(String s) {
        try {
            return Optional.of(URLDecoder.decode(s, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // A key with a stray '%' is simply not encoded.
            return Optional.empty();
        }
    }
}
