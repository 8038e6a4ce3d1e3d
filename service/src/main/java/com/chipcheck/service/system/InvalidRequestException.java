package com.chipcheck.service.system;

import com.chipcheck.rules.order.FieldProblem;

import java.util.List;

/** A request that cannot be decided as sent, with every field that is wrong. Answered as a 400 problem. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " field(s) invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
