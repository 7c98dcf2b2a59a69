/**
 * Synthesis: turns a validated blueprint into the CloudFormation stacks MDAA would deploy for it, with the AWS CDK
 * for Java. One construct per module kind (roles, dataops-project, dataops-lambda, dataops-stepfunction), stacks
 * named and staged as MDAA names and stages them, cdk-nag's AwsSolutions and NIST 800-53 R5 packs with the
 * configs' suppressions, findings as located {@link io.blueprintstudio.validate.Diagnostic}s. Entry point:
 * {@link io.blueprintstudio.synth.BlueprintSynthesizer}.
 */
package io.blueprintstudio.synth;
