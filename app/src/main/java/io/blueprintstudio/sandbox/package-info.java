/**
 * The local sandbox: MiniStack, installed into a Python venv the app manages and run on a free loopback port, with
 * our Java Lambda handler hosted in this JVM through MiniStack's Lambda proxy mode, and the blueprint's external
 * resources (buckets, topic) created in it, so the whole blueprint runs on a laptop without AWS or Docker.
 * Imports no JavaFX; the window drives it through {@link io.blueprintstudio.sandbox.LocalSandbox}.
 */
package io.blueprintstudio.sandbox;
