package io.blueprintstudio.asl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AslReaderTest {

    @Test
    void readsTheSeedFromJsonWithPositions() throws AslParseException {
        StateMachine m = AslReader.read(Seed.json());
        assertEquals("Lambda CSV to Parquet", m.startAt().orElseThrow().value());
        assertEquals(List.of("Lambda CSV to Parquet", "Passed or Failed?", "Report Result"),
                List.copyOf(m.states().keySet()));
        State.Task task = assertInstanceOf(State.Task.class, m.states().get("Lambda CSV to Parquet"));
        Text next = task.common().next().orElseThrow();
        assertEquals(new Position(9, 15, "/States/Lambda CSV to Parquet/Next"), next.position());
        assertEquals("$.status", task.common().resultPath().orElseThrow().value());
        State.Choice choice = assertInstanceOf(State.Choice.class, m.states().get("Passed or Failed?"));
        assertEquals("$.status == \"passed\"", choice.choices().get(0).label());
        assertTrue(choice.defaultState().isEmpty());
        assertTrue(m.states().get("Report Result").isTerminal());
    }

    @Test
    void readsTheSeedFromItsYamlConfigWithYamlPositions() throws AslParseException {
        StateMachine m = AslReader.read(Seed.yamlDefinition());
        State.Task task = (State.Task) m.states().get("Lambda CSV to Parquet");
        // stepfunction.yaml line 27: `            "Next": "Passed or Failed?"`, value at column 21
        assertEquals(new Position(27, 21, "/States/Lambda CSV to Parquet/Next"),
                task.common().next().orElseThrow().position());
        assertEquals(AslReader.read(Seed.json()).states().keySet(), m.states().keySet());
        assertTrue(m.states().get("Report Result").common().end());
    }

    @Test
    void yamlNodeBecomesEquivalentJson() throws AslParseException {
        String json = AslJson.toJson(Seed.yamlDefinition());
        assertEquals(AslJson.toJson(AslReader.source(Seed.json())), json);
        assertTrue(json.contains("\"End\" : true"), json);
    }

    @Test
    void malformedJsonGivesLineAndColumnAndAReadableMessage() {
        AslParseException e = assertThrows(AslParseException.class,
                () -> AslReader.read("{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": \"Pass\" \"End\": true}\n}}"));
        assertEquals(4, e.line());
        assertTrue(e.column() > 20, "column " + e.column());
        assertTrue(e.getMessage().startsWith("Unexpected character"), e.getMessage());
        assertTrue(!e.getMessage().contains("Source"), e.getMessage());
    }

    @Test
    void duplicateKeysAreParseErrors() {
        AslParseException e = assertThrows(AslParseException.class,
                () -> AslReader.read("{\"StartAt\": \"A\", \"StartAt\": \"B\"}"));
        assertEquals("duplicate key \"StartAt\"", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(18, e.column());
    }

    @Test
    void pointersEscapeSlashAndTilde() throws AslParseException {
        StateMachine m = AslReader.read("{\"StartAt\":\"a/b~c\",\"States\":{\"a/b~c\":{\"Type\":\"Pass\",\"End\":true}}}");
        assertEquals("/States/a~1b~0c", m.states().get("a/b~c").position().pointer());
    }
}
