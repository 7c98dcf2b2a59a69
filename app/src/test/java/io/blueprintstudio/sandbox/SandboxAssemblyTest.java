package io.blueprintstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blueprintstudio.aws.AwsTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leaving out what the emulator cannot create: references by name are kept, anything more is refused. */
class SandboxAssemblyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GLUE = Set.of("AWS::Glue::SecurityConfiguration");

    private static ObjectNode template(String otherResources) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"Resources": {
                  "Sec": {"Type": "AWS::Glue::SecurityConfiguration", "Properties": {"Name": "proj-sec"}},
                  %s
                }}""".formatted(otherResources));
    }

    @Test
    void refByNameBecomesTheNameAndDependsOnIsDropped() throws Exception {
        ObjectNode t = template("""
                "Param": {"Type": "AWS::SSM::Parameter", "DependsOn": ["Sec", "Key"],
                          "Properties": {"Value": {"Ref": "Sec"}, "List": [{"Ref": "Sec"}, {"Ref": "Key"}]}},
                "Key": {"Type": "AWS::KMS::Key", "DependsOn": "Sec"}""");
        List<String> notes = SandboxAssembly.leaveOut(t, GLUE, "project");
        assertEquals(List.of("Left out of the sandbox: Sec (AWS::Glue::SecurityConfiguration) in project, which the "
                + "emulator cannot create; references to it use its name, proj-sec"), notes);
        assertFalse(t.get("Resources").has("Sec"));
        assertEquals(JSON.readTree("""
                {"Type": "AWS::SSM::Parameter", "DependsOn": ["Key"],
                 "Properties": {"Value": "proj-sec", "List": ["proj-sec", {"Ref": "Key"}]}}"""),
                t.get("Resources").get("Param"));
        assertFalse(t.get("Resources").get("Key").has("DependsOn"));
    }

    /** The emulator names the types it does not know; templates it accepts are left as they were. */
    @Test
    void asksTheEmulatorWhichTypesItCannotCreate(@TempDir Path dir) throws Exception {
        String supported = """
                {"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}""";
        Files.writeString(dir.resolve("a.template.json"), supported);
        Files.writeString(dir.resolve("b.template.json"), template("""
                "Param": {"Type": "AWS::SSM::Parameter", "Properties": {"Type": "String", "Value": {"Ref": "Sec"}}}""")
                .toString());
        List<String> notes = SandboxAssembly.adapt(dir, AwsTarget.endpoint(SandboxPeers.ministack(), null));
        assertEquals(1, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("Left out of the sandbox: Sec (AWS::Glue::SecurityConfiguration) in b,"));
        assertEquals(supported, Files.readString(dir.resolve("a.template.json")));
        assertEquals("proj-sec", JSON.readTree(Files.readString(dir.resolve("b.template.json")))
                .at("/Resources/Param/Properties/Value").asText());
    }

    @Test
    void anAttributeOfTheLeftOutResourceStopsWithBothNamed() throws Exception {
        ObjectNode t = template("""
                "Param": {"Type": "AWS::SSM::Parameter", "Properties": {"Value": {"Fn::GetAtt": ["Sec", "Arn"]}}}""");
        SandboxException e = assertThrows(SandboxException.class, () -> SandboxAssembly.leaveOut(t, GLUE, "project"));
        assertTrue(e.getMessage().startsWith("Sec (AWS::Glue::SecurityConfiguration) in project cannot be created by "
                + "the emulator, and {\"Fn::GetAtt\":[\"Sec\",\"Arn\"]} needs it"), e.getMessage());
    }
}
