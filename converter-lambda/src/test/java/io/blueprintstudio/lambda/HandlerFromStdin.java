package io.blueprintstudio.lambda;

/**
 * Runs the handler the way Lambda constructs it (no-arg, settings from the environment) on an event read from
 * standard input, printing the result. {@link ShadedHandlerIT} runs it in a JVM that has only the shaded jar.
 */
public final class HandlerFromStdin {
    private HandlerFromStdin() {
    }

    public static void main(String[] args) throws Exception {
        new CsvToParquetHandler().handleRequest(System.in, System.out, null);
        System.out.flush();
    }
}
