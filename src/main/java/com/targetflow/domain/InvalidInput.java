package com.targetflow.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submission refused for its input, with every problem found in it. Thrown inside the engine's
 * transaction when a task is completed, so the task stays open and nothing is saved; the web layer
 * (the workbench's API, engine-rest, Tasklist) answers 400 and names the problems in the reader's
 * language.
 */
public class InvalidInput extends Refusal {

    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(Kind.INVALID, problems.get(0).field(), "task.input.refused");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The fields to mark on the form, in the order their problems were found. */
    public List<String> fields() {
        return problems.stream().map(Problem::field).toList();
    }

    /** For logs and incidents, which no user reads: the keys, not sentences. */
    @Override
    public String getMessage() {
        return "Input refused: "
                + problems.stream()
                        .map(p -> p.field() + " " + p.key() + p.args())
                        .collect(Collectors.joining("; "));
    }
}
