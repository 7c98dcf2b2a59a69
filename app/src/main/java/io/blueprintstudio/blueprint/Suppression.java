package io.blueprintstudio.blueprint;

/** A cdk-nag suppression as written: {@code {id, reason}}; either may be null when missing. */
public record Suppression(String id, String reason) {
}
