package io.blueprintstudio.ui.deploy;

import io.blueprintstudio.aws.Approval;
import io.blueprintstudio.aws.CancelSignal;
import io.blueprintstudio.aws.ResourceChange;
import io.blueprintstudio.aws.StackPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Deploy screen's say over change sets made during a deploy, which no preview showed: a stack whose preview
 * found no changes or could not be made (its SSM inputs did not exist yet), or whose previewed change set went stale
 * when an earlier stack changed. Such a change set runs only when it has the rows its preview showed, when the
 * user approved the remaining stacks, or when the user says so; the deploy's thread waits for that answer, and a
 * cancel ends the wait. Properties change on the FX thread.
 */
final class NewChangeSets {
    /** What the user says to a stack that waits. */
    enum Answer { DEPLOY, DEPLOY_REMAINING, STOP }

    private final ReadOnlyObjectWrapper<StackPlan> waiting = new ReadOnlyObjectWrapper<>(this, "waiting");
    private final Consumer<StackPlan> show;
    private CompletableFuture<Answer> pending;

    /** @param show puts a new change set's rows in place of its stack's preview, on the FX thread */
    NewChangeSets(Consumer<StackPlan> show) {
        this.show = show;
    }

    /** The approval for one deploy of {@code previewed}, whose waits end on {@code cancel}. */
    Approval forDeploy(List<StackPlan> previewed, CancelSignal cancel) {
        List<StackPlan> withChanges = previewed.stream().filter(p -> p.kind() == StackPlan.Kind.CHANGES).toList();
        Set<String> reviewed = withChanges.stream().map(StackPlan::changeSetName)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, List<ResourceChange>> reviewedRows = withChanges.stream()
                .collect(Collectors.toUnmodifiableMap(StackPlan::stackName, StackPlan::changes));
        boolean[] remainingApproved = {false}; // only the deploy's thread reads and writes it
        return plan -> {
            if (reviewed.contains(plan.changeSetName())) {
                return true;
            }
            if (plan.changes().equals(reviewedRows.get(plan.stackName())) || remainingApproved[0]) {
                Platform.runLater(() -> show.accept(plan));
                return true;
            }
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            Platform.runLater(() -> ask(plan, answer));
            Answer a = await(answer, cancel);
            remainingApproved[0] = a == Answer.DEPLOY_REMAINING;
            return a != Answer.STOP;
        };
    }

    /** Waits on the deploy's thread; a cancel (or an interrupt) ends the wait as a Stop. */
    private static Answer await(CompletableFuture<Answer> answer, CancelSignal cancel) {
        while (!cancel.isCancelled()) {
            try {
                return answer.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // look at the cancel again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                break;
            }
        }
        answer.complete(Answer.STOP);
        return Answer.STOP;
    }

    private void ask(StackPlan plan, CompletableFuture<Answer> answer) {
        if (answer.isDone()) {
            return; // cancelled before it was shown
        }
        pending = answer;
        show.accept(plan);
        waiting.set(plan);
        answer.thenRun(() -> Platform.runLater(() -> {
            if (waiting.get() == plan) {
                waiting.set(null);
                pending = null;
            }
        }));
    }

    /** Answers the stack that waits, if one does. */
    void answer(Answer a) {
        CompletableFuture<Answer> p = pending;
        pending = null;
        waiting.set(null);
        if (p != null) {
            p.complete(a);
        }
    }

    /** The stack that waits for {@link #answer}; null when none does. */
    ReadOnlyObjectProperty<StackPlan> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
