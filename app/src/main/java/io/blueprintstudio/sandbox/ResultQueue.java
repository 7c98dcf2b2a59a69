package io.blueprintstudio.sandbox;

/**
 * An SQS queue subscribed to one of the blueprint's SNS topics, so the messages the state machine publishes can be
 * read back in the sandbox (SNS itself keeps nothing).
 *
 * @param topicArn the topic's ARN, for the state machine's {@code TopicArn}
 * @param queueUrl the queue to read the topic's messages from
 */
public record ResultQueue(String topicArn, String queueUrl) {
}
