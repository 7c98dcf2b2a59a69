package io.blueprintstudio.blueprint;

import io.blueprintstudio.validate.Diagnostic;
import io.blueprintstudio.validate.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files one load reads, each parsed once, in the order first asked for; texts given by the editor win. */
final class FileSet {

    private final Path folder;
    private final Map<Path, String> overrides;
    private final Map<Path, BlueprintFile> files = new LinkedHashMap<>();
    private final List<Diagnostic> problems;

    FileSet(Path folder, Map<Path, String> overrides, List<Diagnostic> problems) {
        this.folder = folder;
        this.overrides = overrides;
        this.problems = problems;
    }

    /**
     * The file at {@code path}, or null when it cannot be read (then a problem located at {@code referrer} is
     * recorded, or a file-level problem when there is no referrer). A syntax error is recorded once, here.
     */
    BlueprintFile get(Path path, SourceNode referrer, String what) {
        Path abs = path.toAbsolutePath().normalize();
        BlueprintFile known = files.get(abs);
        if (known != null) {
            return known;
        }
        String text = overrides.get(abs);
        if (text == null) {
            try {
                text = readUtf8(abs);
            } catch (NoSuchFileException e) {
                problems.add(at(referrer, "FILE-MISSING", what + " " + relativize(abs) + " does not exist",
                        "Create the file or fix the path (it is relative to the file that names it)"));
                return null;
            } catch (CharacterCodingException e) {
                problems.add(at(referrer, "FILE-ENCODING", what + " " + relativize(abs) + " is not valid UTF-8",
                        "Save the file as UTF-8"));
                return null;
            } catch (IOException e) {
                problems.add(at(referrer, "FILE-UNREADABLE", what + " " + relativize(abs) + " cannot be read: "
                        + e.getMessage(), ""));
                return null;
            }
        }
        BlueprintFile file = BlueprintFile.parse(relativize(abs), abs, text);
        file.syntaxError().ifPresent(problems::add);
        files.put(abs, file);
        return file;
    }

    List<BlueprintFile> all() {
        return List.copyOf(files.values());
    }

    String relativize(Path abs) {
        Path rel = folder.relativize(abs);
        return rel.toString().replace('\\', '/');
    }

    static String readUtf8(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static Diagnostic at(SourceNode where, String code, String message, String hint) {
        if (where == null) {
            return new Diagnostic(Severity.ERROR, code, "", 0, 0, "", message, hint);
        }
        return new Diagnostic(Severity.ERROR, code, where.file().relativePath(), where.line(), where.column(), "",
                message, hint);
    }
}
