/**
 * Talking to AWS (or a local emulator): {@link io.blueprintstudio.aws.AwsTarget} builds every SDK client;
 * {@link io.blueprintstudio.aws.Deployer} takes a CDK cloud assembly to CloudFormation (bootstrap check, file assets
 * to the bootstrap bucket, one change set per stack in dependency order, stack events as they happen, failure and
 * rollback summary, cancel, destroy); {@link io.blueprintstudio.aws.SourceBuckets} checks the buckets a blueprint
 * reads from but does not create. Nothing here imports JavaFX.
 */
package io.blueprintstudio.aws;
