package io.blueprintstudio.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectCreatedEventTest {
    private final ObjectMapper json = new ObjectMapper();

    private ObjectCreatedEvent parse(String text) {
        return ObjectCreatedEvent.parse(json, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBucketAndKeyFromTheDocumentedEvent() {
        ObjectCreatedEvent e = ObjectCreatedEvent.parse(json, SampleEvents.sample().toString()
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("example-raw-bucket", e.bucket());
        assertEquals("incoming/2024 Q1/café données.csv", e.key());
        assertEquals("s3://example-raw-bucket/incoming/2024 Q1/café données.csv", e.location().toString());
    }

    @Test
    void plainKeyIsTheOnlyCandidate() {
        assertEquals(List.of("incoming/2024 Q1/café données.csv"),
                new ObjectCreatedEvent("b", "incoming/2024 Q1/café données.csv").keyCandidates());
    }

    @Test
    void encodedKeyIsTriedAsGivenThenDecoded() {
        assertEquals(List.of("in/a+b%C3%A9.csv", "in/a+bé.csv", "in/a bé.csv"),
                new ObjectCreatedEvent("b", "in/a+b%C3%A9.csv").keyCandidates());
    }

    @Test
    void strayPercentSignIsNotTakenForEncoding() {
        assertEquals(List.of("in/100% done.csv"), new ObjectCreatedEvent("b", "in/100% done.csv").keyCandidates());
    }

    @Test
    void malformedEventsAreRefusedWithAReason() {
        assertMessage("not JSON", "{not json");
        assertMessage("not a JSON object", "\"passed\"");
        assertMessage("detail.bucket.name", "{\"detail\":{\"object\":{\"key\":\"a.csv\"}}}");
        assertMessage("detail.object.key", "{\"detail\":{\"bucket\":{\"name\":\"bucket\"},\"object\":{}}}");
        assertMessage("detail.object.key", "{\"detail\":{\"bucket\":{\"name\":\"bucket\"},\"object\":{\"key\":7}}}");
        assertMessage("not a valid S3 bucket name", "{\"detail\":{\"bucket\":{\"name\":\"Bad_Bucket\"},"
                + "\"object\":{\"key\":\"a.csv\"}}}");
    }

    private void assertMessage(String expected, String event) {
        var e = assertThrows(IllegalArgumentException.class, () -> parse(event));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
