/**
 * The local sandbox in the window: its state, start/stop/cancel actions and first-install progress
 * ({@link io.blueprintstudio.ui.sandbox.SandboxViewModel}), and the status bar indicator that shows them.
 */
package io.blueprintstudio.ui.sandbox;
