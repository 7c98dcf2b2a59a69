package io.blueprintstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blueprintstudio.blueprint.BlueprintEditor;
import io.blueprintstudio.ui.FxTesting;
import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormViewModelTest {
    @TempDir
    Path dir;
    private Path folder;
    private BlueprintEditor editor;
    private FormViewModel lambda;

    @BeforeEach
    void open() throws Exception {
        folder = FxTesting.copyOfSample(dir);
        editor = BlueprintEditor.open(folder);
        lambda = new FormViewModel(editor, new FormScope.Module("sales", "dev", "lambda"));
    }

    private FieldModel field(FormViewModel form, String pointer) {
        return form.sections().stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.spec().pointer().equals(pointer)).findFirst().orElseThrow();
    }

    @Test
    void showsTheValuesAsWrittenWithTheirLines() {
        FieldModel memory = field(lambda, "/functions/0/memorySizeMB");
        assertEquals("512", memory.textProperty().get());
        assertEquals("stepfunctions/lambda.yaml", memory.sourceProperty().get().file().relativePath());
        assertEquals("generated-role-arn:lambda-etl", field(lambda, "/functions/0/roleArn").textProperty().get());
    }

    @Test
    void writesANumberAsANumberAndChangesOnlyThatLine() throws Exception {
        Path file = folder.resolve("stepfunctions/lambda.yaml");
        List<String> before = Files.readAllLines(file);
        FieldModel memory = field(lambda, "/functions/0/memorySizeMB");
        memory.textProperty().set("1024");
        lambda.commit(memory);
        assertEquals(1024, ((Number) editor.blueprint().module("sales", "dev", "lambda").orElseThrow()
                .lambda().orElseThrow().functions().get(0).raw().get("memorySizeMB")).intValue());
        editor.save();
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertEquals(before.get(i).replace("512", "1024"), after.get(i));
            }
        }
        assertEquals(1, changed);
    }

    @Test
    void formEditsShareTheEditorsUndo() {
        FieldModel timeout = field(lambda, "/functions/0/timeoutSeconds");
        timeout.textProperty().set("60");
        lambda.commit(timeout);
        assertTrue(editor.undo());
        lambda.reload();
        assertEquals("300", timeout.textProperty().get());
        assertTrue(editor.redo());
        lambda.reload();
        assertEquals("60", timeout.textProperty().get());
    }

    @Test
    void checksAsYouTypeBeforeWriting() {
        FieldModel name = field(lambda, "/functions/0/functionName");
        name.textProperty().set("csv to parquet");
        assertTrue(name.checkProperty().get().contains("letters, digits"), name.checkProperty().get());
        FieldModel memory = field(lambda, "/functions/0/memorySizeMB");
        memory.textProperty().set("20000");
        assertEquals("must be between 128 and 10240", memory.checkProperty().get());
        FieldModel role = field(lambda, "/functions/0/roleArn");
        role.textProperty().set("arn:aws:iam::12345:role/x");
        assertFalse(role.checkProperty().get().isEmpty());
    }

    @Test
    void addsAMissingKeyAndRemovesAnEmptiedOne() {
        FormViewModel sf = new FormViewModel(editor, new FormScope.Module("sales", "dev", "stepfunction"));
        FieldModel type = field(sf, "/stepfunctionDefinitions/0/stateMachineType");
        String was = type.textProperty().get();
        type.textProperty().set("");
        sf.commit(type);
        assertTrue(type.sourceProperty().get() == null, "key removed");
        assertFalse(was.isEmpty(), "the sample sets a type");
        type.textProperty().set("EXPRESS");
        sf.commit(type);
        assertEquals("EXPRESS", type.textProperty().get());
        assertEquals("EXPRESS", editor.blueprint().module("sales", "dev", "stepfunction").orElseThrow()
                .stepFunction().orElseThrow().definitions().get(0).stateMachineType(), "the key is back in the file");
    }

    @Test
    void showsADiagnosticOnTheFieldOnItsLine() {
        FieldModel memory = field(lambda, "/functions/0/memorySizeMB");
        int line = memory.sourceProperty().get().line();
        lambda.showDiagnostics(List.of(new Diagnostic(Severity.ERROR, "TEST", "stepfunctions/lambda.yaml", line, 5,
                "", "memory is wrong", "")));
        assertEquals("memory is wrong", memory.problemProperty().get());
        assertEquals("", field(lambda, "/functions/0/timeoutSeconds").problemProperty().get());
    }

    @Test
    void mdaaFormListsEachEnvironmentsContext() {
        FormViewModel mdaa = new FormViewModel(editor, new FormScope.Mdaa());
        FieldModel account = field(mdaa, "/domains/sales/environments/dev/account");
        assertEquals("000000000000", account.textProperty().get());
        FieldModel bucket = field(mdaa, "/domains/sales/environments/dev/context/datalake_src_bucket_name");
        assertEquals("bps-sample-raw", bucket.textProperty().get());
        account.textProperty().set("1234");
        assertTrue(account.checkProperty().get().contains("12-digit"));
    }
}
