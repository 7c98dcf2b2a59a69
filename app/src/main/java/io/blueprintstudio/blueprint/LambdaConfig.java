package io.blueprintstudio.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed read view of an {@code @aws-mdaa/dataops-lambda} module config. {@code srcDir} is already absolute when
 * the file wrote it with {@code ./} or {@code ../} (MDAA's rule); templates are not resolved (see {@link Resolver}).
 */
public record LambdaConfig(String projectName, List<Function> functions, Map<String, Object> raw) {

    /** One entry of {@code functions}; numbers are null when absent or not numbers. */
    public record Function(int index, String functionName, String description, String srcDir, String handler,
            String runtime, String roleArn, Integer retryAttempts, Integer maxEventAgeSeconds,
            Integer timeoutSeconds, Integer memorySizeMB, Integer ephemeralStorageSizeMB,
            Map<String, String> environment, Map<String, String> layerArns, Map<String, Object> raw) {

        /** Where this function sits in the merged document: {@code /functions/<index>}. */
        public String pointer() {
            return JsonPointer.append("/functions", index);
        }
    }

    static LambdaConfig from(Map<String, Object> doc) {
        List<Function> functions = new ArrayList<>();
        List<Object> list = Values.list(doc, "functions");
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> f = Values.map(list.get(i));
            functions.add(new Function(i, Values.str(f, "functionName"), Values.str(f, "description"),
                    Values.str(f, "srcDir"), Values.str(f, "handler"), Values.str(f, "runtime"),
                    Values.str(f, "roleArn"), Values.integer(f, "retryAttempts"),
                    Values.integer(f, "maxEventAgeSeconds"), Values.integer(f, "timeoutSeconds"),
                    Values.integer(f, "memorySizeMB"), Values.integer(f, "ephemeralStorageSizeMB"),
                    Values.stringMap(f, "environment"), Values.stringMap(f, "layerArns"), f));
        }
        return new LambdaConfig(Values.str(doc, "projectName"), List.copyOf(functions), Values.map(doc));
    }
}
