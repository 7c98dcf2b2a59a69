package io.blueprintstudio.aws;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * Creates, reads and drops change sets. Only parameters the assembly sets are passed: every other parameter, such
 * as an {@code AWS::SSM::Parameter::Value<String>} made from {@code {{resolve:ssm:...}}}, keeps its default.
 */
final class ChangeSets {
    /** CloudFormation's limit for a template sent inline; larger ones go through the assets bucket. */
    static final int MAX_TEMPLATE_BODY = 51_200;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final CloudFormationClient cfn;
    private final Stacks stacks;
    private final Pause pause;

    ChangeSets(CloudFormationClient cfn, Stacks stacks, Pause pause) {
        this.cfn = cfn;
        this.stacks = stacks;
        this.pause = pause;
    }

    /**
     * Creates a change set for {@code stack} and waits for CloudFormation to compute it. A change set that cannot
     * be used (refused, no changes, cancelled, a failed call) is dropped before this returns or throws.
     */
    StackPlan create(StackArtifact stack, boolean newStack, TemplateLocation templates, DeployListener listener,
            CancelSignal cancel) throws DeployException {
        String name = "blueprint-studio-" + NAME_TIME.format(Instant.now()) + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 6);
        CreateChangeSetRequest.Builder request = CreateChangeSetRequest.builder().stackName(stack.stackName())
                .changeSetName(name).changeSetType(newStack ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
                .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM,
                        Capability.CAPABILITY_AUTO_EXPAND)
                .description("Deployed by Blueprint Studio")
                .parameters(stack.parameters().entrySet().stream().map(e -> Parameter.builder()
                        .parameterKey(e.getKey()).parameterValue(e.getValue()).build()).toList())
                .tags(stack.tags().entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue())
                        .build()).toList());
        template(stack, templates, request);
        try {
            cfn.createChangeSet(request.build());
        } catch (SdkException e) {
            return unavailable(stack, newStack, Errors.message(e));
        }
        listener.step("change set " + name + " for " + stack.stackName() + " created; waiting for CloudFormation");
        try {
            DescribeChangeSetResponse d = waitFor(stack.stackName(), name, cancel);
            if (d.status() == ChangeSetStatus.FAILED) {
                discard(stack.stackName(), name, newStack);
                String reason = Optional.ofNullable(d.statusReason()).orElse("");
                return new StackPlan(stack, isNoChanges(reason) ? StackPlan.Kind.NO_CHANGES
                        : StackPlan.Kind.UNAVAILABLE, null, newStack, List.of(), reason);
            }
            return new StackPlan(stack, StackPlan.Kind.CHANGES, name, newStack, changes(stack.stackName(), name),
                    "");
        } catch (SdkException | DeployException e) {
            discard(stack.stackName(), name, newStack);
            throw e;
        }
    }

    private StackPlan unavailable(StackArtifact stack, boolean newStack, String reason) {
        if (newStack) {
            stacks.removeEmptyReview(stack.stackName()); // a refused CREATE change set may leave an empty stack
        }
        return new StackPlan(stack, StackPlan.Kind.UNAVAILABLE, null, newStack, List.of(), reason);
    }

    /** Drops a previewed change set that will not run (and the empty stack a CREATE preview made). */
    void discard(StackPlan plan) {
        if (plan.kind() == StackPlan.Kind.CHANGES) {
            discard(plan.stackName(), plan.changeSetName(), plan.newStack());
        }
    }

    private void discard(String stackName, String changeSet, boolean newStack) {
        try {
            cfn.deleteChangeSet(b -> b.stackName(stackName).changeSetName(changeSet));
        } catch (SdkException alreadyGone) {
            // executed, or deleted with its stack: nothing to drop
        }
        if (newStack) {
            stacks.removeEmptyReview(stackName);
        }
    }

    static boolean isNoChanges(String reason) {
        return reason.contains("didn't contain changes") || reason.contains("No updates are to be performed");
    }

    private static void template(StackArtifact stack, TemplateLocation templates, CreateChangeSetRequest.Builder
            request) throws DeployException {
        byte[] body = stack.template();
        if (body.length <= MAX_TEMPLATE_BODY) {
            request.templateBody(new String(body, StandardCharsets.UTF_8));
        } else {
            request.templateURL(templates.urlOf(stack));
        }
    }

    private DescribeChangeSetResponse waitFor(String stackName, String name, CancelSignal cancel)
            throws DeployException {
        while (true) {
            DescribeChangeSetResponse d = cfn.describeChangeSet(b -> b.stackName(stackName).changeSetName(name));
            if (d.status() == ChangeSetStatus.CREATE_COMPLETE || d.status() == ChangeSetStatus.FAILED) {
                return d;
            }
            if (cancel.isCancelled()) {
                throw new DeployException("cancelled while CloudFormation prepared the change set for " + stackName
                        + "; the change set was dropped and nothing was changed");
            }
            pause.shortWait();
        }
    }

    private List<ResourceChange> changes(String stackName, String name) {
        List<ResourceChange> rows = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            DescribeChangeSetResponse d = cfn.describeChangeSet(b -> b.stackName(stackName).changeSetName(name)
                    .nextToken(t));
            for (Change c : d.changes()) {
                var r = c.resourceChange();
                if (r != null) {
                    rows.add(new ResourceChange(stackName, r.actionAsString(), r.logicalResourceId(),
                            r.resourceType(), Optional.ofNullable(r.replacementAsString()).orElse("")));
                }
            }
            token = d.nextToken();
        } while (token != null && !token.isEmpty());
        return rows;
    }
}
