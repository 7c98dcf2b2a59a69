package io.blueprintstudio.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Deploys a CDK cloud assembly with the AWS SDK: checks the bootstrap (and makes it on request), publishes each
 * stack's file assets, previews and executes one change set per stack in dependency order while streaming its
 * events, and destroys in reverse order. Every call goes through clients the {@link AwsTarget} builds; every call is
 * counted ({@link #apiCalls()}).
 */
public final class Deployer implements AutoCloseable {
    private final AwsTarget target;
    private final ApiCallCounter calls = new ApiCallCounter();
    private final CloudFormationClient cfn;
    private final S3Client s3;
    private final SsmClient ssm;
    private final StsClient sts;
    private final Stacks stacks;
    private final ChangeSets changeSets;
    private final Pause pause;
    private AwsEnvironment env;

    public Deployer(AwsTarget target) {
        this.target = target;
        this.cfn = target.client(CloudFormationClient.builder().overrideConfiguration(o -> o
                .addExecutionInterceptor(calls)));
        this.s3 = target.client(S3Client.builder().forcePathStyle(target.isLocal()).overrideConfiguration(o -> o
                .addExecutionInterceptor(calls)));
        this.ssm = target.client(SsmClient.builder().overrideConfiguration(o -> o.addExecutionInterceptor(calls)));
        this.sts = target.client(StsClient.builder().overrideConfiguration(o -> o.addExecutionInterceptor(calls)));
        this.stacks = new Stacks(cfn);
        this.pause = Pause.forTarget(target);
        this.changeSets = new ChangeSets(cfn, stacks, pause);
    }

    public AwsTarget target() {
        return target;
    }

    /** The calls made so far by service and operation. */
    public ApiCallCounter apiCalls() {
        return calls;
    }

    /** The account (from STS) and region deploys go to; asked once. */
    public synchronized AwsEnvironment environment() throws DeployException {
        if (env == null) {
            try {
                String account = sts.getCallerIdentity().account();
                String region = target.resolvedRegion();
                env = new AwsEnvironment(account, region, AwsEnvironment.partitionOf(region));
            } catch (SdkException e) {
                throw new DeployException("cannot reach " + target.describe() + ": " + Errors.message(e), e);
            }
        }
        return env;
    }

    /** The bootstrap as it is, against what {@code assembly}'s stacks need. */
    public BootstrapStatus bootstrapStatus(CloudAssembly assembly) throws DeployException {
        int required = assembly.stacks().stream().mapToInt(StackArtifact::requiredBootstrapVersion).max().orElse(0);
        return new Bootstrap(s3, ssm).check(environment(), required);
    }

    /**
     * Creates or updates our bootstrap stack with {@code version} (at least the version the templates need). An
     * assets bucket no stack holds (kept by an earlier bootstrap stack's Retain policy when that stack was deleted)
     * is used as it is: the stack then holds only the version parameter, since CloudFormation cannot create a bucket
     * whose name exists.
     */
    public StackOutcome bootstrap(int version, DeployListener listener, CancelSignal cancel) throws DeployException {
        AwsEnvironment e = environment();
        Optional<Stack> existing = call("read the bootstrap stack " + Bootstrap.STACK_NAME,
                () -> stacks.find(Bootstrap.STACK_NAME));
        if (existing.isPresent() && !isOurBootstrap(existing.get())) {
            // The CDK CLI's bootstrap holds roles and repositories other apps use; ours would delete them.
            throw new DeployException(e + " has a " + Bootstrap.STACK_NAME + " stack made by the CDK CLI ("
                    + existing.get().stackStatusAsString() + "); it is not replaced: upgrade it with `cdk bootstrap "
                    + "aws://" + e.account() + "/" + e.region() + "`");
        }
        removeFailedCreate(Bootstrap.STACK_NAME, listener, cancel);
        boolean keptBucket = new Bootstrap(s3, ssm).check(e, version).bucketExists() && !holdsABucket();
        if (keptBucket) {
            listener.step("the assets bucket " + e.bootstrapBucket() + " already exists, but no " + Bootstrap.STACK_NAME
                    + " stack holds it (an earlier bootstrap stack was deleted and its bucket kept): it is used as "
                    + "it is, and " + Bootstrap.STACK_NAME + " holds only the version parameter");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("bps-bootstrap");
        } catch (IOException x) {
            throw new DeployException("cannot make a temporary folder for the bootstrap template: " + x.getMessage());
        }
        listener.step("bootstrapping " + e + " (version " + version + ", stack " + Bootstrap.STACK_NAME + ")");
        StackPlan plan = plan(Bootstrap.stack(version, dir, !keptBucket), listener, cancel);
        return switch (plan.kind()) {
            case CHANGES -> execute(plan, listener, cancel);
            case NO_CHANGES -> noChangeOutcome(plan);
            case UNAVAILABLE -> new StackOutcome(Bootstrap.STACK_NAME, StackOutcome.Result.FAILED, "",
                    Optional.empty(), "not bootstrapped: CloudFormation refused the change set for "
                            + Bootstrap.STACK_NAME + ": " + plan.reason() + " (nothing was changed)");
        };
    }

    /** Whether the bootstrap stack, if there is one, holds the assets bucket (one we adopted does not). */
    private boolean holdsABucket() throws DeployException {
        return call("read the resources of " + Bootstrap.STACK_NAME, () -> stacks.find(Bootstrap.STACK_NAME)
                .map(s -> cfn.describeStackResources(b -> b.stackName(s.stackId())).stackResources().stream()
                        .anyMatch(r -> r.resourceType().equals("AWS::S3::Bucket")))
                .orElse(false));
    }

    /** Whether the bootstrap stack is ours: its template carries our description (emulators may not report it). */
    private boolean isOurBootstrap(Stack stack) throws DeployException {
        return Bootstrap.DESCRIPTION.equals(stack.description()) || call("read the template of "
                + Bootstrap.STACK_NAME, () -> cfn.getTemplate(b -> b.stackName(stack.stackId())).templateBody())
                .contains(Bootstrap.DESCRIPTION);
    }

    /** Runs one SDK call, turning its failure into a message that says what was being done. */
    private static <T> T call(String what, java.util.function.Supplier<T> call) throws DeployException {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new DeployException("could not " + what + ": " + Errors.message(e), e);
        }
    }

    /**
     * Previews every stack: assets published, change sets created and kept for {@link #deploy}. When it stops
     * half-way (cancelled, a failed call) the change sets made so far are dropped.
     */
    public List<StackPlan> diff(CloudAssembly assembly, DeployListener listener, CancelSignal cancel)
            throws DeployException {
        requireBootstrap(assembly);
        List<StackPlan> plans = new ArrayList<>();
        boolean complete = false;
        try {
            for (StackArtifact stack : assembly.stacks()) {
                if (cancel.isCancelled()) {
                    throw new DeployException("cancelled; the change sets made so far were dropped, nothing was "
                            + "changed");
                }
                plans.add(plan(stack, listener, cancel));
            }
            complete = true;
            return plans;
        } finally {
            if (!complete) {
                plans.forEach(this::discard);
            }
        }
    }

    /**
     * Deploys stack after stack: previews (or reuses a prepared change set), asks {@code approval}, executes, and
     * stops at the first stack that fails, is declined or is cancelled. Every change set that did not run, prepared
     * or made here, is dropped before it returns or throws.
     */
    public DeployResult deploy(CloudAssembly assembly, List<StackPlan> prepared, Approval approval,
            DeployListener listener, CancelSignal cancel) throws DeployException {
        List<StackPlan> unexecuted = new ArrayList<>(prepared.stream()
                .filter(p -> p.kind() == StackPlan.Kind.CHANGES).toList());
        try {
            requireBootstrap(assembly);
            List<StackOutcome> outcomes = new ArrayList<>();
            boolean earlierChanged = false;
            for (StackArtifact stack : assembly.stacks()) {
                if (earlierChanged) {
                    dropStale(stack, unexecuted, listener);
                }
                StackOutcome o = deployOne(stack, unexecuted, approval, listener, cancel);
                earlierChanged |= o.result() == StackOutcome.Result.CREATED
                        || o.result() == StackOutcome.Result.UPDATED;
                outcomes.add(o);
                listener.step(o.summary());
                if (!o.ok()) {
                    break;
                }
            }
            return new DeployResult(outcomes, calls.byOperation());
        } finally {
            unexecuted.forEach(this::discard);
        }
    }

    /**
     * A change set resolved its SSM parameters when it was made; once an earlier stack has changed, those may have
     * changed too, so the stack's prepared change set is dropped and made again.
     */
    private void dropStale(StackArtifact stack, List<StackPlan> unexecuted, DeployListener listener) {
        for (StackPlan p : List.copyOf(unexecuted)) {
            if (p.stackName().equals(stack.stackName())) {
                unexecuted.remove(p);
                discard(p);
                listener.step("previewing " + stack.stackName() + " again: an earlier stack changed, and with it "
                        + "perhaps the SSM values it reads");
            }
        }
    }

    /** One stack; a change set it makes joins {@code unexecuted} until it runs. */
    private StackOutcome deployOne(StackArtifact stack, List<StackPlan> unexecuted, Approval approval,
            DeployListener listener, CancelSignal cancel) throws DeployException {
        if (cancel.isCancelled()) {
            return cancelledBefore(stack.stackName());
        }
        StackPlan plan = unexecuted.stream().filter(p -> p.stackName().equals(stack.stackName())).findFirst()
                .orElse(null);
        if (plan == null) {
            removeFailedCreate(stack.stackName(), listener, cancel);
            plan = plan(stack, listener, cancel);
            if (plan.kind() == StackPlan.Kind.CHANGES) {
                unexecuted.add(plan);
            }
        }
        return switch (plan.kind()) {
            case NO_CHANGES -> noChangeOutcome(plan);
            case UNAVAILABLE -> new StackOutcome(stack.stackName(), StackOutcome.Result.FAILED, "", Optional.empty(),
                    "CloudFormation refused the change set for " + stack.stackName() + ": " + plan.reason()
                            + " (nothing was changed)");
            case CHANGES -> {
                if (!approval.approve(plan)) {
                    yield cancel.isCancelled() ? cancelledBefore(stack.stackName()) : declined(plan);
                }
                StackOutcome o = execute(plan, listener, cancel);
                unexecuted.remove(plan); // kept until then: one that never ran is dropped (one that ran cannot be)
                yield o;
            }
        };
    }

    private static StackOutcome cancelledBefore(String stackName) {
        return new StackOutcome(stackName, StackOutcome.Result.CANCELLED, "", Optional.empty(),
                "cancelled before " + stackName + " was changed");
    }

    private static StackOutcome declined(StackPlan plan) {
        return new StackOutcome(plan.stackName(), StackOutcome.Result.CANCELLED, "", Optional.empty(),
                "not deployed: the change set for " + plan.stackName() + " was declined and dropped");
    }

    private static StackOutcome noChangeOutcome(StackPlan plan) {
        return new StackOutcome(plan.stackName(), StackOutcome.Result.NO_CHANGES, "", Optional.empty(),
                plan.stackName() + ": no changes");
    }

    /** Publishes the stack's assets and creates its change set. */
    public StackPlan plan(StackArtifact stack, DeployListener listener, CancelSignal cancel) throws DeployException {
        requireEnvironment(stack);
        stack.template(); // before its assets go up: a template asset changed since the preview must not
        try {
            new AssetPublisher(s3, environment()).publish(stack.assets(), listener);
            Optional<Stack> existing = stacks.find(stack.stackName());
            if (existing.isPresent() && existing.get().stackStatusAsString().equals("ROLLBACK_COMPLETE")) {
                return new StackPlan(stack, StackPlan.Kind.UNAVAILABLE, null, true, List.of(), stack.stackName()
                        + " is ROLLBACK_COMPLETE after a failed create; deploy deletes it and creates it again");
            }
            return changeSets.create(stack, stacks.needsCreate(existing), new TemplateLocation(environment(),
                    target.endpoint()), listener, cancel);
        } catch (SdkException e) {
            throw new DeployException("could not preview " + stack.stackName() + ": " + Errors.message(e), e);
        }
    }

    /** Executes a previewed change set and follows the stack until it settles. */
    public StackOutcome execute(StackPlan plan, DeployListener listener, CancelSignal cancel) throws DeployException {
        try {
            String id = stacks.find(plan.stackName()).map(Stack::stackId).orElseThrow(() -> new DeployException(
                    "stack " + plan.stackName() + " vanished before its change set ran"));
            StackWatcher watcher = new StackWatcher(cfn, stacks, pause, id, plan.stackName());
            cfn.executeChangeSet(b -> b.stackName(plan.stackName()).changeSetName(plan.changeSetName()));
            listener.step("executing change set " + plan.changeSetName() + " on " + plan.stackName());
            StackWatcher.Ending end = watcher.follow(listener, cancel);
            return Outcomes.deployed(plan, end, watcher.events(), cancel.isCancelled());
        } catch (SdkException e) {
            throw new DeployException("deploying " + plan.stackName() + " failed: " + Errors.message(e), e);
        }
    }

    /** Drops a previewed change set that will not run (and the empty stack a CREATE preview made). */
    public void discard(StackPlan plan) {
        changeSets.discard(plan);
    }

    /** Deletes the assembly's stacks, last first, following each until it is gone. Stops at the first failure. */
    public DeployResult destroy(CloudAssembly assembly, DeployListener listener, CancelSignal cancel)
            throws DeployException {
        List<StackOutcome> outcomes = new ArrayList<>();
        List<StackArtifact> reversed = new ArrayList<>(assembly.stacks());
        java.util.Collections.reverse(reversed);
        for (StackArtifact stack : reversed) {
            StackOutcome o = cancel.isCancelled() ? new StackOutcome(stack.stackName(),
                    StackOutcome.Result.CANCELLED, "", Optional.empty(), "cancelled before deleting "
                            + stack.stackName()) : destroy(stack.stackName(), listener, cancel);
            outcomes.add(o);
            listener.step(o.summary());
            if (!o.ok()) {
                break;
            }
        }
        return new DeployResult(outcomes, calls.byOperation());
    }

    /** Deletes one stack and follows it until it is gone. */
    public StackOutcome destroy(String stackName, DeployListener listener, CancelSignal cancel)
            throws DeployException {
        try {
            Optional<Stack> s = stacks.find(stackName);
            if (s.isEmpty()) {
                return new StackOutcome(stackName, StackOutcome.Result.NOT_DEPLOYED, "", Optional.empty(),
                        stackName + " is not deployed");
            }
            String id = s.get().stackId();
            StackWatcher watcher = new StackWatcher(cfn, stacks, pause, id, stackName);
            cfn.deleteStack(b -> b.stackName(id));
            listener.step("deleting " + stackName);
            return Outcomes.destroyed(stackName, watcher.follow(listener, cancel), watcher.events());
        } catch (SdkException e) {
            throw new DeployException("deleting " + stackName + " failed: " + Errors.message(e), e);
        }
    }

    /** A failed first create leaves a ROLLBACK_COMPLETE stack that can only be deleted: delete it, saying so. */
    private void removeFailedCreate(String stackName, DeployListener listener, CancelSignal cancel)
            throws DeployException {
        Optional<Stack> s = call("read the stack " + stackName, () -> stacks.find(stackName));
        if (s.isPresent() && s.get().stackStatusAsString().equals("ROLLBACK_COMPLETE")) {
            listener.step(stackName + " is ROLLBACK_COMPLETE after a failed create: deleting it to create it again");
            StackOutcome o = destroy(stackName, listener, cancel);
            if (o.result() != StackOutcome.Result.DELETED) {
                throw new DeployException(o.summary());
            }
        }
    }

    private void requireBootstrap(CloudAssembly assembly) throws DeployException {
        boolean needs = assembly.stacks().stream().anyMatch(s -> s.requiredBootstrapVersion() > 0
                || !s.assets().isEmpty());
        if (needs) {
            BootstrapStatus status = bootstrapStatus(assembly);
            if (!status.ready()) {
                throw new DeployException(environment() + " is not bootstrapped for these stacks: "
                        + status.problem() + "; bootstrap it first (deploy --yes, or the Bootstrap button)");
            }
        }
    }

    private void requireEnvironment(StackArtifact stack) throws DeployException {
        String[] parts = stack.environment().replace("aws://", "").split("/", 2);
        AwsEnvironment e = environment();
        boolean accountOk = parts[0].equals("unknown-account") || parts[0].equals(e.account());
        boolean regionOk = parts.length < 2 || parts[1].equals("unknown-region") || parts[1].equals(e.region());
        if (!accountOk || !regionOk) {
            throw new DeployException("stack " + stack.stackName() + " is meant for " + stack.environment()
                    + " but the target is " + e + " (" + target.describe() + ")");
        }
    }

    @Override
    public void close() {
        cfn.close();
        s3.close();
        ssm.close();
        sts.close();
    }
}
