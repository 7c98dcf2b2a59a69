package io.blueprintstudio.blueprint;

/**
 * A template that could not be resolved, such as a missing context key.
 *
 * @param pointer  where in the resolved value ({@code /functions/0/environment/DEST_PREFIX}); locate it with
 *                 {@link BlueprintModule#source(String)}
 * @param template the template as written, such as {@code {{context:datalake_dest_prefix}}}
 * @param message  what is wrong
 */
public record ResolutionProblem(String pointer, String template, String message) {
}
