package io.blueprintstudio.validate;

import java.util.List;

/**
 * One blueprint check (cf. cdk-nag's rules as data): the codes it reports and a check over the whole blueprint.
 * Rules keep no state and report through the {@link ValidationContext}.
 */
public interface BlueprintRule {

    /** The codes this rule reports; most rules have one. */
    List<RuleInfo> infos();

    void check(ValidationContext context);

    /** The first code's info, for rules with one code. */
    default RuleInfo info() {
        return infos().get(0);
    }
}
