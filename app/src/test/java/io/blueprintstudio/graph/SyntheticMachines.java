package io.blueprintstudio.graph;

/** Generated definitions for layout tests and the layout benchmark. */
public final class SyntheticMachines {
    private SyntheticMachines() {
    }

    /**
     * {@code states} top-level states in a chain of Tasks; every 10th a Choice that either goes on or jumps to a
     * shared Fail, every 60th a Parallel of two three-state branches; the last a Succeed. Deterministic.
     */
    public static String json(int states) {
        StringBuilder s = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
        for (int i = 0; i < states - 2; i++) {
            String next = i == states - 3 ? "Done" : "S" + (i + 1);
            if (i > 0) {
                s.append(',');
            }
            s.append("\"S").append(i).append("\":");
            if (i % 10 == 9) {
                s.append("{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.r").append(i)
                        .append("\",\"StringEquals\":\"ok\",\"Next\":\"").append(next)
                        .append("\"},{\"Variable\":\"$.n\",\"NumericGreaterThan\":").append(i)
                        .append(",\"Next\":\"S").append(Math.max(0, i - 4)).append("\"}],\"Default\":\"Failed\"}");
            } else if (i % 60 == 30) {
                s.append("{\"Type\":\"Parallel\",\"Branches\":[").append(branch(i, 'a')).append(',')
                        .append(branch(i, 'b')).append("],\"Next\":\"").append(next).append("\"}");
            } else {
                s.append("{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:eu-west-1:123456789012:function:step")
                        .append(i).append("\",\"Next\":\"").append(next).append("\"");
                if (i % 7 == 3) {
                    s.append(",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Failed\"}]");
                }
                s.append('}');
            }
        }
        s.append(",\"Failed\":{\"Type\":\"Fail\",\"Error\":\"StepFailed\"},\"Done\":{\"Type\":\"Succeed\"}}}");
        return s.toString();
    }

    private static String branch(int i, char b) {
        String p = "P" + i + b;
        return "{\"StartAt\":\"" + p + "1\",\"States\":{\"" + p + "1\":{\"Type\":\"Pass\",\"Next\":\"" + p + "2\"},\""
                + p + "2\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"" + p + "3\"},\"" + p
                + "3\":{\"Type\":\"Pass\",\"End\":true}}}";
    }
}
