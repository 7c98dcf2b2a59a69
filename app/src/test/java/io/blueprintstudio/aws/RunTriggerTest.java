package io.blueprintstudio.aws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which execution an upload started: the one whose input is that object's EventBridge "Object Created" event. */
class RunTriggerTest {
    private static final RunTrigger TRIGGER = new RunTrigger("raw-bucket", "incoming/orders/");

    private static String objectCreated(String bucket, String key) {
        return "{\"version\":\"0\",\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{\"version\":"
                + "\"0\",\"bucket\":{\"name\":\"" + bucket + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":12},"
                + "\"reason\":\"PutObject\"}}";
    }

    @Test
    void theUploadsOwnObjectCreatedEventStartedIt() {
        String key = TRIGGER.key("orders.csv");
        assertTrue(TRIGGER.startedBy(objectCreated("raw-bucket", "incoming/orders/orders.csv"), key));
        assertTrue(TRIGGER.startedBy(objectCreated("raw-bucket", "incoming/orders/my+orders%281%29.csv"),
                TRIGGER.key("my orders(1).csv")), "a URL-encoded key in the event");
    }

    @Test
    void anotherObjectAnotherBucketOrAnotherSourceDidNot() {
        String key = TRIGGER.key("orders.csv");
        assertFalse(TRIGGER.startedBy(objectCreated("raw-bucket", "incoming/orders/other.csv"), key));
        assertFalse(TRIGGER.startedBy(objectCreated("other-bucket", "incoming/orders/orders.csv"), key));
        assertFalse(TRIGGER.startedBy("{\"want\": \"passed\"}", key));
        assertFalse(TRIGGER.startedBy("", key));
        assertFalse(TRIGGER.startedBy("not json", key));
        assertFalse(TRIGGER.startedBy(objectCreated("raw-bucket", "incoming/orders/100%.csv"),
                TRIGGER.key("1.csv")), "a key that is not URL-encoded");
    }
}
