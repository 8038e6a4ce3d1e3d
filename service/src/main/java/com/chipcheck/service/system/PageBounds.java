package com.chipcheck.service.system;

/** The bounds of a paged list request, checked the same way by every list. */
public final class PageBounds {

    private PageBounds() {
    }

    /** A 400 naming the field out of bounds unless offset ≥ 0 and 1 ≤ limit ≤ max. */
    public static void pageBounds(String offsetField, int offset, String limitField, int limit, int max) {
        java.util.List<com.chipcheck.rules.order.FieldProblem> problems = new java.util.ArrayList<>();
        if (offset < 0) {
            problems.add(new com.chipcheck.rules.order.FieldProblem(offsetField, "must be 0 or more"));
        }
        if (limit < 1 || limit > max) {
            problems.add(new com.chipcheck.rules.order.FieldProblem(limitField, "must be between 1 and " + max));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
