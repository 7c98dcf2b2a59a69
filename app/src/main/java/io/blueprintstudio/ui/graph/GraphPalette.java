package io.blueprintstudio.ui.graph;

import io.blueprintstudio.graph.StateMachineGraph;
import javafx.scene.paint.Color;

/**
 * Colours of the drawn graph: per state type (as in the PNG/SVG exports) and per execution style class, which
 * overrides the type's colours. Style classes known here: {@code state-running}, {@code state-succeeded},
 * {@code state-failed}, {@code state-caught}, {@code state-not-run}; any other class is drawn with the type's
 * colours and a highlight outline, so an unknown class is never silently invisible.
 */
public final class GraphPalette {
    public static final String RUNNING = "state-running";
    public static final String SUCCEEDED = "state-succeeded";
    public static final String FAILED = "state-failed";
    public static final String CAUGHT = "state-caught";
    public static final String NOT_RUN = "state-not-run";

    static final Color SELECTION = Color.web("#E67E22");
    static final Color TEXT = Color.web("#1D1D1F");
    static final Color SUBTEXT = Color.web("#555555");
    static final Color BACKGROUND = Color.WHITE;
    static final Color UNKNOWN_CLASS = Color.web("#7D3C98");

    private GraphPalette() {
    }

    /** A node's fill and stroke. */
    record Paint(Color fill, Color stroke, double strokeWidth) {
    }

    static Paint of(String stateType, String styleClass) {
        if (styleClass != null) {
            switch (styleClass) {
                case RUNNING -> { return new Paint(Color.web("#D6E9FF"), Color.web("#0B6BCB"), 3); }
                case SUCCEEDED -> { return new Paint(Color.web("#D5F2D8"), Color.web("#2E8B3D"), 2.5); }
                case FAILED -> { return new Paint(Color.web("#FBD3CD"), Color.web("#C0392B"), 2.5); }
                case CAUGHT -> { return new Paint(Color.web("#FFE9C7"), Color.web("#D68910"), 2.5); }
                case NOT_RUN -> { return new Paint(Color.web("#F2F2F2"), Color.web("#AAAAAA"), 1); }
                default -> { return new Paint(fill(stateType), UNKNOWN_CLASS, 3); }
            }
        }
        return new Paint(fill(stateType), stroke(stateType), 1.5);
    }

    static Color fill(String stateType) {
        return Color.web(switch (stateType) {
            case "Task" -> "#E3F0FF";
            case "Choice" -> "#FFF4D6";
            case "Succeed" -> "#E3F7E3";
            case "Fail" -> "#FDE4E1";
            case "Parallel", "Map" -> "#F4F4F8";
            case "Wait" -> "#F0E8FF";
            default -> "#F2F2F2";
        });
    }

    static Color stroke(String stateType) {
        return Color.web(switch (stateType) {
            case "Task" -> "#2F6FB3";
            case "Choice" -> "#B38600";
            case "Succeed" -> "#2E8B3D";
            case "Fail" -> "#C0392B";
            case "Wait" -> "#6C4AB6";
            default -> "#666677";
        });
    }

    static Color edge(StateMachineGraph.EdgeKind kind) {
        return Color.web(switch (kind) {
            case CATCH -> "#C0392B";
            case DEFAULT -> "#8A6D00";
            default -> "#444444";
        });
    }
}
