package io.blueprintstudio.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.StateMachineSource;
import java.nio.file.Path;

/** The sample blueprint's state machine, its references resolved by hand (synthesis does it for a deploy). */
final class SampleMachine {
    static final String LAMBDA_STATE = "Lambda CSV to Parquet";
    static final String CHOICE_STATE = "Passed or Failed?";
    static final String REPORT_STATE = "Report Result";

    private SampleMachine() {
    }

    static Path sampleBlueprint() {
        return io.blueprintstudio.blueprint.TestBlueprints.sample();
    }

    /** The sample's ASL with the Lambda's ARN in its Task and the topic's ARN in its report. */
    static String definition(String functionArn, String topicArn) throws Exception {
        StateMachineSource source = Blueprint.load(sampleBlueprint()).stateMachines().get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode asl = (ObjectNode) json.readTree(source.asl().text());
        ObjectNode states = (ObjectNode) asl.get("States");
        ((ObjectNode) states.get(LAMBDA_STATE)).put("Resource", functionArn);
        ((ObjectNode) states.get(REPORT_STATE).get("Parameters")).put("TopicArn", topicArn);
        return json.writeValueAsString(asl);
    }
}
