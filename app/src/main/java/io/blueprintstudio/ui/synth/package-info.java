/**
 * The Synthesize screen: synthesizes the open blueprint off the FX thread with progress and cancel, then shows the
 * stacks in deploy order, each stack's template (read-only, highlighted JSON) and the cdk-nag findings, which also
 * go to the Problems list.
 */
package io.blueprintstudio.ui.synth;
