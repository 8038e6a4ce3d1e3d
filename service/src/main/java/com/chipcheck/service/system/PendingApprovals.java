package com.chipcheck.service.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Changes that can turn held lines clear (a list version, a policy table) wait for a second compliance officer: the
 * one who proposed a change may not put it in use (four eyes). Kept in memory until approved; a restart drops what
 * is still pending, and its proposer proposes it again.
 *
 * @param <T> the change waiting
 */
public final class PendingApprovals<T> {

    /** Pending changes kept at once: a proposal beyond them replaces the oldest. */
    private static final int MAX_PENDING = 20;

    public record Pending<T>(String id, String proposedBy, Instant proposedAt, T change) {
    }

    private final String what;
    private final Map<String, Pending<T>> pending = new ConcurrentHashMap<>();

    /** @param what how refusals name the change: "list version", "policy version" */
    public PendingApprovals(String what) {
        this.what = what;
    }

    public synchronized Pending<T> propose(String id, String by, Instant at, T change) {
        if (pending.size() >= MAX_PENDING && !pending.containsKey(id)) {
            pending.values().stream().min(java.util.Comparator.comparing(Pending::proposedAt)).ifPresent(p -> pending.remove(p.id()));
        }
        Pending<T> p = new Pending<>(id, by, at, change);
        pending.put(id, p);
        return p;
    }

    /** Takes the pending change for its approval by another person; 404 if there is none, 403 for its proposer. */
    public synchronized Pending<T> approve(String id, String approver) {
        Pending<T> p = pending.get(id);
        if (p == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " " + id + " is waiting for approval");
        }
        if (p.proposedBy().equalsIgnoreCase(approver)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "four eyes: " + approver + " proposed " + what + " " + id
                    + " and may not approve it; another compliance officer does");
        }
        pending.remove(id);
        return p;
    }

    public List<Pending<T>> all() {
        return new ArrayList<>(pending.values());
    }
}
