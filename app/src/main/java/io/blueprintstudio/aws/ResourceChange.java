package io.blueprintstudio.aws;

/**
 * One row of a change set preview.
 *
 * @param stackName   the stack it belongs to
 * @param action      Add, Modify, Remove, Import, Dynamic
 * @param logicalId   the resource's logical id
 * @param type        the resource type
 * @param replacement True, False or Conditional for a Modify; empty otherwise
 */
public record ResourceChange(String stackName, String action, String logicalId, String type, String replacement) {
}
