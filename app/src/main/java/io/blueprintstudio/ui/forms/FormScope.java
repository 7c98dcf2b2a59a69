package io.blueprintstudio.ui.forms;

import io.blueprintstudio.blueprint.Blueprint;
import io.blueprintstudio.blueprint.BlueprintModule;
import io.blueprintstudio.blueprint.SourceNode;
import java.util.List;
import java.util.Optional;

/** What a form edits: {@code mdaa.yaml}, or one module of one environment (its merged config files). */
public sealed interface FormScope {

    String title();

    List<FormSection> sections(Blueprint blueprint);

    /** The node a pointer of this scope's document is read from, in the blueprint as it is now. */
    Optional<SourceNode> source(Blueprint blueprint, String pointer);

    /** The {@code mdaa.yaml} form: organization, region, environments and their context. */
    record Mdaa() implements FormScope {
        @Override
        public String title() {
            return "mdaa.yaml";
        }

        @Override
        public List<FormSection> sections(Blueprint blueprint) {
            return FormSpecs.forMdaa(blueprint.mdaa());
        }

        @Override
        public Optional<SourceNode> source(Blueprint blueprint, String pointer) {
            return blueprint.mdaaSource(pointer);
        }
    }

    /** One module's form, e.g. {@code sales/dev/lambda}. */
    record Module(String domain, String env, String name) implements FormScope {
        public static Module of(BlueprintModule module) {
            return new Module(module.domain(), module.env(), module.name());
        }

        @Override
        public String title() {
            return name + " (" + domain + "/" + env + ")";
        }

        @Override
        public List<FormSection> sections(Blueprint blueprint) {
            return module(blueprint).map(FormSpecs::forModule).orElse(List.of());
        }

        @Override
        public Optional<SourceNode> source(Blueprint blueprint, String pointer) {
            return module(blueprint).flatMap(m -> m.source(pointer));
        }

        private Optional<BlueprintModule> module(Blueprint blueprint) {
            return blueprint.module(domain, env, name);
        }
    }
}
