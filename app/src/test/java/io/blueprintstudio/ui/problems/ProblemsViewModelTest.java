package io.blueprintstudio.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The Problems view-model without a window. */
class ProblemsViewModelTest {
    private static Diagnostic d(Severity s, String file, int line) {
        return new Diagnostic(s, "C", file, line, 1, "", "m", "");
    }

    @Test
    void followsItsSourceFiltersAndSummarises() {
        List<Diagnostic> opened = new ArrayList<>();
        ProblemsViewModel vm = new ProblemsViewModel(opened::add);
        ObservableList<Diagnostic> source = FXCollections.observableArrayList(d(Severity.ERROR, "a.yaml", 1),
                d(Severity.WARNING, "b.yaml", 2), d(Severity.NOTE, "b.yaml", 3));
        vm.setSource(source);
        assertEquals(3, vm.shown().size());
        assertEquals("1 error, 1 warning, 1 note", vm.summaryProperty().get());
        assertEquals(List.of(ProblemsViewModel.ALL_FILES, "a.yaml", "b.yaml"), vm.files());

        vm.minimumSeverityProperty().set(Severity.WARNING);
        assertEquals(2, vm.shown().size());
        vm.fileProperty().set("b.yaml");
        assertEquals(List.of(d(Severity.WARNING, "b.yaml", 2)), vm.shown());

        source.remove(1); // the warning is fixed
        assertEquals(List.of(), vm.shown());
        assertEquals("b.yaml", vm.fileProperty().get(), "the file filter stays while the file has problems");
        source.remove(1);
        assertEquals(ProblemsViewModel.ALL_FILES, vm.fileProperty().get(), "and resets when it has none");
        assertEquals("1 error, 0 warnings", vm.summaryProperty().get());

        vm.open(source.get(0));
        assertEquals(List.of(source.get(0)), opened);
        source.clear();
        assertEquals("No problems", vm.summaryProperty().get());
    }
}
