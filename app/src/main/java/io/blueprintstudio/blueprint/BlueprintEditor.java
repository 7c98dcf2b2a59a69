package io.blueprintstudio.blueprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way to change a blueprint. Every change is an undoable {@link Job} on one {@link JobManager}, is applied
 * as a splice into the file's text at the changed node's marks (so untouched bytes, comments included, stay
 * identical), and yields a fresh {@link Blueprint} snapshot. Files are addressed by their path relative to the
 * blueprint folder and places in them by JSON pointer, within that file (not the merged module document; use
 * {@link BlueprintModule#source(String)} to find which file holds a merged value).
 *
 * <p>{@link #save()} writes only the files whose text changed, atomically, keeping the previous version under
 * {@code .blueprint-studio/backups/} in the blueprint folder. Not thread-safe; no JavaFX.
 */
public final class BlueprintEditor {

    /** Folder, inside the blueprint folder, that holds the previous version of every saved file. */
    public static final String BACKUP_DIR = ".blueprint-studio/backups";

    private final Path folder;
    private final JobManager jobs;
    // Every file ever reached, in the order reached: a file an edit makes unreachable (its includer broken) keeps
    // its unsaved text here, so save() still writes it and nothing typed is lost.
    private final Map<Path, String> texts = new LinkedHashMap<>();
    private final Map<Path, String> saved = new HashMap<>();
    private Blueprint blueprint;

    public BlueprintEditor(Blueprint blueprint) {
        this(blueprint, new JobManager());
    }

    public BlueprintEditor(Blueprint blueprint, JobManager jobs) {
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.folder = blueprint.folder();
        for (BlueprintFile f : blueprint.files()) {
            texts.put(f.path(), f.text());
            saved.put(f.path(), f.text());
        }
    }

    /** Loads the blueprint in {@code folder} and opens an editor on it. */
    public static BlueprintEditor open(Path folder) throws BlueprintLoadException {
        return new BlueprintEditor(Blueprint.load(folder));
    }

    /** The blueprint as it is now, after every change so far. */
    public Blueprint blueprint() {
        return blueprint;
    }

    public JobManager jobs() {
        return jobs;
    }

    // ---- changes

    /** Sets the scalar at {@code pointer} in {@code file} to a String, Number, Boolean or null. */
    public void setScalar(String file, String pointer, Object value) {
        change(file, "Set " + label(pointer) + " to " + value, s -> s.setScalar(pointer, value), false);
    }

    /** Sets a scalar found through a typed view or {@link BlueprintModule#source(String)}. */
    public void setScalar(SourceNode node, Object value) {
        setScalar(node.file().relativePath(), filePointer(node), value);
    }

    /** Where a node sits in its own file (which, for a merged module value, differs from the merged pointer). */
    private static String filePointer(SourceNode node) {
        BlueprintFile f = node.file();
        return pointerOf(f, node).orElseThrow(
                () -> new IllegalArgumentException("the node is not in the current " + f.relativePath()));
    }

    /** Adds {@code key: value} to a mapping found through {@link BlueprintModule#source(String)} and the like. */
    public void addMapEntry(SourceNode mapping, String key, Object value) {
        addMapEntry(mapping.file().relativePath(), filePointer(mapping), key, value);
    }

    /** Removes {@code key} from a mapping found through {@link BlueprintModule#source(String)} and the like. */
    public void removeMapEntry(SourceNode mapping, String key) {
        removeMapEntry(mapping.file().relativePath(), filePointer(mapping), key);
    }

    /** Adds {@code key: value} to the mapping at {@code pointer}; value may be a scalar, Map or List. */
    public void addMapEntry(String file, String pointer, String key, Object value) {
        change(file, "Add " + key + " to " + label(pointer), s -> s.addMapEntry(pointer, key, value), false);
    }

    /** Removes {@code key} (and its whole value) from the mapping at {@code pointer}. */
    public void removeMapEntry(String file, String pointer, String key) {
        change(file, "Remove " + key + " from " + label(pointer), s -> s.removeMapEntry(pointer, key), false);
    }

    /** Appends an item (scalar, Map or List) to the list at {@code pointer}. */
    public void addListItem(String file, String pointer, Object value) {
        change(file, "Add an item to " + label(pointer), s -> s.addListItem(pointer, value), false);
    }

    /** Removes item {@code index} of the list at {@code pointer}. */
    public void removeListItem(String file, String pointer, int index) {
        change(file, "Remove item " + index + " of " + label(pointer), s -> s.removeListItem(pointer, index),
                false);
    }

    /**
     * Replaces a file's whole text (the YAML editor's commit). The text must parse: a syntax error is refused
     * with the located message, so the blueprint is never left half-readable by an edit.
     */
    public void replaceText(String file, String newText, String description) {
        change(file, description, s -> newText, false);
    }

    /**
     * Replaces a file's whole text as a person types it: unlike {@link #replaceText}, text that does not parse is
     * kept (typing passes through broken states); the file then reports its syntax error in
     * {@link Blueprint#problems()} like a broken file on disk would. Only {@code mdaa.yaml} must still parse, because
     * without it there is no blueprint: a syntax error there is refused with the located message.
     */
    public void editText(String file, String newText, String description) {
        change(file, description, s -> newText, !Blueprint.MDAA_FILE.equals(file));
    }

    // ---- undo

    public boolean undo() {
        return jobs.undo();
    }

    public boolean redo() {
        return jobs.redo();
    }

    public boolean canUndo() {
        return jobs.canUndo();
    }

    public boolean canRedo() {
        return jobs.canRedo();
    }

    /** Grows with every change, undo and redo. */
    public long revision() {
        return jobs.revision();
    }

    /** True when some file's text differs from what is on disk (as loaded or last saved). */
    public boolean isDirty() {
        return !dirtyFiles().isEmpty();
    }

    /** The files whose text differs from disk, relative to the folder. */
    public List<String> dirtyFiles() {
        List<String> out = new ArrayList<>();
        texts.forEach((path, text) -> {
            if (!text.equals(saved.get(path))) {
                out.add(relative(path));
            }
        });
        return out;
    }

    // ---- save

    /**
     * Writes every changed file atomically and keeps its previous version in {@link #BACKUP_DIR}. Refuses (and
     * writes nothing further) when a file changed on disk since it was loaded or saved here.
     */
    public void save() throws IOException {
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            Path path = e.getKey();
            String before = saved.get(path);
            if (e.getValue().equals(before)) {
                continue;
            }
            if (before != null && Files.exists(path) && !FileSet.readUtf8(path).equals(before)) {
                throw new IOException(relative(path) + " changed on disk since it was opened; not overwriting it"
                        + " (reload, or save it elsewhere)");
            }
            AtomicFiles.write(path, e.getValue(), backupPath(relative(path)));
            saved.put(path, e.getValue());
        }
    }

    /** Where the previous version of {@code file} goes on save. */
    public Path backupPath(BlueprintFile file) {
        return backupPath(file.relativePath());
    }

    private Path backupPath(String relativePath) {
        return folder.resolve(BACKUP_DIR).resolve(relativePath.replace("../", "_parent_/"));
    }

    private String relative(Path path) {
        return blueprint.files().stream().filter(f -> f.path().equals(path)).map(BlueprintFile::relativePath)
                .findFirst().orElseGet(() -> folder.relativize(path).toString().replace('\\', '/'));
    }

    // ---- internals

    private interface Edit {
        String apply(YamlSplicer splicer);
    }

    private void change(String relativePath, String description, Edit edit, boolean allowSyntaxErrors) {
        BlueprintFile f = blueprint.file(relativePath)
                .orElseThrow(() -> new IllegalArgumentException(relativePath + " is not a file of this blueprint"));
        String before = f.text();
        String after = edit.apply(new YamlSplicer(f));
        BlueprintFile check = BlueprintFile.parse(f.relativePath(), f.path(), after);
        if (check.syntaxError().isPresent() && !allowSyntaxErrors) {
            throw new IllegalArgumentException("the change would break " + check.syntaxError().get());
        }
        if (after.equals(before)) {
            return;
        }
        jobs.push(new TextJob(f.path(), before, after, description));
    }

    private void apply(Path path, String text) {
        Map<Path, String> next = new LinkedHashMap<>(texts);
        next.put(path, text);
        try {
            blueprint = Blueprint.load(folder, next);
        } catch (BlueprintLoadException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        texts.put(path, text);
        for (BlueprintFile f : blueprint.files()) { // files reached for the first time (a new include)
            texts.putIfAbsent(f.path(), f.text());
            saved.putIfAbsent(f.path(), f.text());
        }
    }

    private static Optional<String> pointerOf(BlueprintFile file, SourceNode target) {
        return file.root().flatMap(root -> search(root, "", target));
    }

    private static Optional<String> search(org.snakeyaml.engine.v2.nodes.Node n, String pointer, SourceNode target) {
        if (sameSpan(n, target)) {
            return Optional.of(pointer);
        }
        if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
            for (var t : m.getValue()) {
                if (t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k) {
                    Optional<String> r = search(t.getValueNode(), JsonPointer.append(pointer, k.getValue()), target);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        } else if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                Optional<String> r = search(s.getValue().get(i), JsonPointer.append(pointer, i), target);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameSpan(org.snakeyaml.engine.v2.nodes.Node n, SourceNode target) {
        return n.getStartMark().map(m -> m.getIndex()).equals(target.node().getStartMark().map(m -> m.getIndex()))
                && n.getEndMark().map(m -> m.getIndex()).equals(target.node().getEndMark().map(m -> m.getIndex()))
                && n.getNodeType() == target.node().getNodeType();
    }

    private static String label(String pointer) {
        return pointer.isEmpty() ? "the document" : JsonPointer.last(pointer);
    }

    /** One text change of one file: before and after, so undo and redo are exact. */
    private final class TextJob implements Job {
        private final Path path;
        private final String before;
        private final String after;
        private final String description;

        TextJob(Path path, String before, String after, String description) {
            this.path = path;
            this.before = before;
            this.after = after;
            this.description = description;
        }

        @Override
        public void execute() {
            apply(path, after);
        }

        @Override
        public void undo() {
            apply(path, before);
        }

        @Override
        public void redo() {
            apply(path, after);
        }

        @Override
        public String description() {
            return description;
        }
    }
}
