package io.blueprintstudio.validate.rules;

import io.blueprintstudio.validate.BlueprintRule;
import java.util.List;

/** Every blueprint rule, in the order they run. */
public final class Rules {
    public static final List<BlueprintRule> ALL = List.of(new SchemaRule(), new PlaceholderRule(),
            new ContextKeyRule(), new ReferenceRule(), new LambdaCodeRule(), new NameRule(), new ValueRule(),
            new SuppressionRule(), new RolePermissionRule(), new PrefixLoopRule(), new AslDefinitionRule());

    private Rules() {
    }
}
