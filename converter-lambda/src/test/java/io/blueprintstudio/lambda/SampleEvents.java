package io.blueprintstudio.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** EventBridge "Object Created" events, from a sample shaped like AWS's documented one, aimed at our objects. */
final class SampleEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleEvents() {
    }

    static byte[] objectCreated(String bucket, String key) {
        ObjectNode event = sample();
        event.withArray("/resources").removeAll().add("arn:aws:s3:::" + bucket);
        ((ObjectNode) event.at("/detail/bucket")).put("name", bucket);
        ((ObjectNode) event.at("/detail/object")).put("key", key);
        return event.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static ObjectNode sample() {
        try (InputStream in = SampleEvents.class.getResourceAsStream("object-created-event.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
