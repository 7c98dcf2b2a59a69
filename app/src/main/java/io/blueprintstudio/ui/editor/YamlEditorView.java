package io.blueprintstudio.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import io.blueprintstudio.validate.Diagnostic;
import java.time.Duration;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The YAML editor for one file: a RichTextFX code area with line numbers, highlighting, diagnostics underlined
 * (hover for the message and hint) and a find/replace bar. Undo and redo are the session's, not the text area's,
 * so typed edits and form edits share one history.
 */
public final class YamlEditorView extends BorderPane {
    /** Lines shown above a line the editor jumps to. */
    private static final int CONTEXT_LINES = 6;

    private final YamlEditorViewModel model;
    private final CodeArea area = new CodeArea();
    private final FindBar findBar;
    private final Tooltip tooltip = new Tooltip();
    private boolean updatingFromModel;

    public YamlEditorView(YamlEditorViewModel model) {
        this.model = model;
        getStyleClass().add("yaml-editor");
        area.getStyleClass().add("yaml-area");
        area.setId("yaml-area-" + model.file().replace('/', '-'));
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.replaceText(model.textProperty().get());
        area.moveTo(0);
        area.requestFollowCaret(); // replaceText left the viewport at the end
        findBar = new FindBar(model, area);
        installKeys();
        installTooltips();

        area.textProperty().addListener((o, a, b) -> {
            if (!updatingFromModel) {
                model.typed(b);
            }
        });
        model.textProperty().addListener((o, a, b) -> showModelText(b));
        model.diagnostics().addListener((javafx.collections.ListChangeListener<Diagnostic>) c -> restyle());
        restyle();

        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setTop(findBar);
        setCenter(scroll);
    }

    public YamlEditorViewModel model() {
        return model;
    }

    /** The text area (tests read its caret and styles). */
    public CodeArea area() {
        return area;
    }

    /** Puts the caret at a 1-based line and column, scrolls it into view and focuses the text. */
    public void goTo(int line, int column) {
        area.moveTo(model.offsetOf(line, column));
        // A few lines of context above the target; again once laid out, as a tab opened just now has no layout yet.
        int top = Math.max(0, area.getCurrentParagraph() - CONTEXT_LINES);
        area.showParagraphAtTop(top);
        Platform.runLater(() -> {
            area.showParagraphAtTop(top);
            area.requestFocus();
        });
    }

    /** Shows the find bar (with the replace row when {@code replace}) seeded with the selection. */
    public void showFind(boolean replace) {
        findBar.show(replace, area.getSelectedText());
    }

    public void findNext(boolean forward) {
        findBar.next(forward);
    }

    // ---- internals

    private void installKeys() {
        // The area's own undo keys would act on its (disabled) history: route them to the session's.
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> model.undo()),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        e -> model.redo()),
                consume(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> model.redo())));
    }

    private void installTooltips() {
        tooltip.getStyleClass().add("problem-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> model.diagnosticAt(e.getCharacterIndex())
                .ifPresent(d -> {
                    tooltip.setText(tooltipText(d));
                    Point2D p = e.getScreenPosition();
                    tooltip.show(area, p.getX(), p.getY() + 14);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
    }

    static String tooltipText(Diagnostic d) {
        String s = d.severity().name().charAt(0) + d.severity().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                + ": " + d.message() + "  [" + d.code() + "]";
        return d.hint().isEmpty() ? s : s + "\nHint: " + d.hint();
    }

    /** Applies the model's text with the smallest replacement, so the caret and scroll stay where they were. */
    private void showModelText(String text) {
        String now = area.getText();
        if (now.equals(text)) {
            restyle();
            return;
        }
        int prefix = 0;
        int max = Math.min(now.length(), text.length());
        while (prefix < max && now.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && now.charAt(now.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        updatingFromModel = true;
        try {
            area.replaceText(prefix, now.length() - suffix, text.substring(prefix, text.length() - suffix));
        } finally {
            updatingFromModel = false;
        }
        restyle();
    }

    private void restyle() {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, YamlHighlighter.spans(text, model.diagnostics()));
    }
}
