package io.blueprintstudio.aws;

import java.io.IOException;
import java.nio.file.Files;
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
    private final TemplateLocation templates;
    private final Pause pause;

    ChangeSets(CloudFormationClient cfn, Stacks stacks, TemplateLocation templates, Pause pause) {
        this.cfn = cfn;
        this.stacks = stacks;
        this.templates = templates;
        this.pause = pause;
    }

    /** Creates a change set for {@code stack} and waits for CloudFormation to compute it. */
    StackPlan create(StackArtifact stack, boolean newStack, DeployListener listener, CancelSignal cancel)
            throws DeployException {
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
        template(stack, request);
        try {
            cfn.createChangeSet(request.build());
        } catch (SdkException e) {
            return unavailable(stack, newStack, Errors.message(e));
        }
        listener.step("change set " + name + " for " + stack.stackName() + " created; waiting for CloudFormation");
        DescribeChangeSetResponse d = waitFor(stack.stackName(), name, cancel);
        if (d.status() == ChangeSetStatus.FAILED) {
            drop(stack.stackName(), name);
            String reason = Optional.ofNullable(d.statusReason()).orElse("");
            if (isNoChanges(reason)) {
                return new StackPlan(stack, StackPlan.Kind.NO_CHANGES, null, false, List.of(), reason);
            }
            return unavailable(stack, newStack, reason);
        }
        return new StackPlan(stack, StackPlan.Kind.CHANGES, name, newStack, changes(stack.stackName(), name),
                "");
    }

    private StackPlan unavailable(StackArtifact stack, boolean newStack, String reason) {
        if (newStack) {
            stacks.removeEmptyReview(stack.stackName()); // a refused CREATE change set leaves an empty stack behind
        }
        return new StackPlan(stack, StackPlan.Kind.UNAVAILABLE, null, newStack, List.of(), reason);
    }

    /** Drops a change set that will not be executed; an already gone one is fine. */
    void drop(String stackName, String changeSet) {
        try {
            cfn.deleteChangeSet(b -> b.stackName(stackName).changeSetName(changeSet));
        } catch (SdkException ignored) {
            // Gone already (executed or deleted with its stack): nothing to clean up.
        }
    }

    static boolean isNoChanges(String reason) {
        return reason.contains("didn't contain changes") || reason.contains("No updates are to be performed");
    }

    private void template(StackArtifact stack, CreateChangeSetRequest.Builder request) throws DeployException {
        try {
            if (Files.size(stack.templateFile()) <= MAX_TEMPLATE_BODY) {
                request.templateBody(Files.readString(stack.templateFile()));
            } else {
                request.templateURL(templates.urlOf(stack));
            }
        } catch (IOException e) {
            throw new DeployException("cannot read the template " + stack.templateFile() + ": " + e.getMessage(), e);
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
                drop(stackName, name);
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
