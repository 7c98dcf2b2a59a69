package io.blueprintstudio.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed read view of an {@code @aws-mdaa/dataops-stepfunction} module config. */
public record StepFunctionConfig(String projectName, List<Definition> definitions, Map<String, Object> raw) {

    /**
     * One entry of {@code stepfunctionDefinitions}.
     *
     * @param rawStepFunctionDef      the ASL as the YAML node it was read from, with its file and positions (in an
     *                                included file when it came through {@code !include}); empty when missing
     * @param rawStepFunctionDefValue the same ASL as a plain value tree (a Map for a normal definition)
     */
    public record Definition(int index, String stateMachineName, String stateMachineType,
            String stateMachineExecutionRole, Integer logGroupRetentionDays, Boolean logExecutionData,
            Map<String, Object> eventBridge, List<Suppression> suppressions,
            Optional<SourceNode> rawStepFunctionDef, Object rawStepFunctionDefValue, Map<String, Object> raw) {

        /** {@code /stepfunctionDefinitions/<index>} in the merged document. */
        public String pointer() {
            return JsonPointer.append("/stepfunctionDefinitions", index);
        }

        /** Where the ASL sits in the merged document; ASL pointers append to this. */
        public String rawStepFunctionDefPointer() {
            return pointer() + "/rawStepFunctionDef";
        }
    }

    static StepFunctionConfig from(Map<String, Object> doc, Map<String, SourceNode> sources) {
        List<Definition> defs = new ArrayList<>();
        List<Object> list = Values.list(doc, "stepfunctionDefinitions");
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> d = Values.map(list.get(i));
            String asl = JsonPointer.append("/stepfunctionDefinitions", i) + "/rawStepFunctionDef";
            defs.add(new Definition(i, Values.str(d, "stateMachineName"), Values.str(d, "stateMachineType"),
                    Values.str(d, "stateMachineExecutionRole"), Values.integer(d, "logGroupRetentionDays"),
                    Values.bool(d, "logExecutionData"), Values.map(d, "eventBridge"),
                    Values.suppressions(d, "suppressions"), Optional.ofNullable(sources.get(asl)),
                    d.get("rawStepFunctionDef"), d));
        }
        return new StepFunctionConfig(Values.str(doc, "projectName"), List.copyOf(defs), Values.map(doc));
    }
}
