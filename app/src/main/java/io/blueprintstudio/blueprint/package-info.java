/**
 * A blueprint folder as Blueprint Studio reads, resolves and changes it. Owns: reading {@code mdaa.yaml}, its tag
 * files and every module's config files (YAML 1.2 Core schema, {@code !include}, multi-file deep merge, {@code ./}
 * paths) with node positions kept; the typed read views ({@link io.blueprintstudio.blueprint.MdaaConfig},
 * {@link io.blueprintstudio.blueprint.RolesConfig}, {@link io.blueprintstudio.blueprint.ProjectConfig},
 * {@link io.blueprintstudio.blueprint.LambdaConfig}, {@link io.blueprintstudio.blueprint.StepFunctionConfig});
 * MDAA's template and reference resolution ({@link io.blueprintstudio.blueprint.Resolver}); and the one edit path
 * ({@link io.blueprintstudio.blueprint.BlueprintEditor}: undoable jobs, comment-preserving splices, atomic saves).
 *
 * <p>Does not own: validation rules (package {@code validate} reads {@link io.blueprintstudio.blueprint.Blueprint}
 * and reports {@link io.blueprintstudio.validate.Diagnostic}s), ASL parsing (package {@code asl} reads
 * {@link io.blueprintstudio.blueprint.StepFunctionConfig.Definition#rawStepFunctionDef()}), synthesis, AWS calls,
 * JavaFX.
 *
 * <p>Entry points:
 * <pre>{@code
 * Blueprint bp = Blueprint.load(folder);                    // throws BlueprintLoadException only for mdaa.yaml
 * bp.problems();                                            // other load problems, located
 * BlueprintModule sf = bp.module("sales", "dev", "stepfunction").orElseThrow();
 * StepFunctionConfig.Definition def = sf.stepFunction().orElseThrow().definitions().get(0);
 * SourceNode asl = def.rawStepFunctionDef().orElseThrow();  // asl.file(), asl.node(), asl.line(), asl.text()
 * sf.source("/stepfunctionDefinitions/0/stateMachineType"); // any merged value → its file and node
 * Map<String, Object> ctx = bp.context(sf);                 // global → domain → env → module
 * Resolution r = Resolver.forModule(bp, sf, Resolver.Target.LOCAL, System.getenv()).resolve(sf.document());
 * BlueprintEditor ed = new BlueprintEditor(bp);
 * ed.setScalar("stepfunctions/stepfunction.yaml", "/stepfunctionDefinitions/0/stateMachineType", "EXPRESS");
 * ed.undo(); ed.redo(); ed.save();
 * }</pre>
 */
package io.blueprintstudio.blueprint;
