/**
 * Talking to AWS (or a local emulator standing in for it): {@link io.blueprintstudio.aws.AwsTarget} builds every
 * SDK client; {@link io.blueprintstudio.aws.Deployer} takes a CDK cloud assembly to CloudFormation (bootstrap check,
 * file assets to the bootstrap bucket, one change set per stack in dependency order, stack events as they happen,
 * failure and rollback summary, cancel, destroy); {@link io.blueprintstudio.aws.SourceBuckets} checks the buckets a
 * blueprint reads from but does not create; {@link io.blueprintstudio.aws.ExecutionTail} lists, starts and follows
 * state machine executions and turns their history (or, for EXPRESS machines, their CloudWatch log group) into
 * {@link io.blueprintstudio.aws.ExecutionEvent}s and per-state {@link io.blueprintstudio.aws.StateStatus}es.
 * Nothing here imports JavaFX.
 */
package io.blueprintstudio.aws;
