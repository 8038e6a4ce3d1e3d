package com.chipcheck.rules.screening;

import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The list version in use, swapped atomically: a check takes one {@link Screener} at its start and uses it for
 * every line, so no check ever sees half a list. A new version must pass the integrity guard first: it may not
 * lose more than {@code maxLossShare} of the current entries (by id), nor all entries of a list the current
 * version has; a compliance officer can force a refused load, and the version records that it was forced.
 */
public final class ScreeningLists {

    /** The answer to a load: accepted or refused, and why. */
    public record LoadVerdict(boolean accepted, ListVersion version, ListVersion previous, int lost, int added,
                              String verdict) {
    }

    private final AtomicReference<Screener> current;
    private final ScreeningPolicy policy;
    private final FalsePositiveRegister falsePositives;
    private final Clock clock;
    private final double maxLossShare;

    public ScreeningLists(ScreeningList initial, ScreeningPolicy policy, FalsePositiveRegister falsePositives,
                          Clock clock, double maxLossShare) {
        this.policy = policy;
        this.falsePositives = falsePositives;
        this.clock = clock;
        this.maxLossShare = maxLossShare;
        this.current = new AtomicReference<>(new Screener(initial, policy, falsePositives, clock));
    }

    public static ScreeningLists none() {
        return new ScreeningLists(ScreeningList.EMPTY, ScreeningPolicy.DEFAULT, FalsePositiveRegister.NONE, Clock.systemUTC(), 0.1);
    }

    public Screener current() {
        return current.get();
    }

    public FalsePositiveRegister falsePositives() {
        return falsePositives;
    }

    /** Checks the candidate against the current version and, if it passes or is forced, puts it in use. */
    public synchronized LoadVerdict load(ScreeningList candidate, boolean force) {
        LoadVerdict verdict = check(candidate, force);
        if (verdict.accepted()) {
            current.set(new Screener(candidate, policy, falsePositives, clock));
        }
        return verdict;
    }

    /**
     * Puts in use a list another replica of the service checked and put in use (it passed the guard there, or was
     * forced, and a second officer approved it): every replica screens against the same version.
     */
    public synchronized void adopt(ScreeningList list) {
        if (!list.version().id().equals(current.get().list().version().id())) {
            current.set(new Screener(list, policy, falsePositives, clock));
        }
    }

    /** The integrity guard's verdict on a candidate, without putting it in use. */
    public synchronized LoadVerdict check(ScreeningList candidate, boolean force) {
        ScreeningList old = current.get().list();
        Set<String> newIds = new HashSet<>();
        candidate.entries().forEach(e -> newIds.add(e.id()));
        Set<String> oldIds = new HashSet<>();
        old.entries().forEach(e -> oldIds.add(e.id()));
        int lost = (int) oldIds.stream().filter(id -> !newIds.contains(id)).count();
        int added = (int) newIds.stream().filter(id -> !oldIds.contains(id)).count();
        String problem = null;
        if (!oldIds.isEmpty() && lost > maxLossShare * oldIds.size()) {
            problem = String.format(Locale.ROOT, "the new file loses %d of the %d current entries (%.1f %%, more than the %.0f %% allowed)",
                    lost, oldIds.size(), 100.0 * lost / oldIds.size(), 100 * maxLossShare);
        } else {
            for (String source : old.countBySource().keySet()) {
                if (!candidate.countBySource().containsKey(source)) {
                    problem = "the new file has no entry of the " + source + ", which the current version has";
                    break;
                }
            }
        }
        if (problem != null && !force) {
            return new LoadVerdict(false, candidate.version(), old.version(), lost, added,
                    "refused: " + problem + "; the current version stays in use");
        }
        return new LoadVerdict(true, candidate.version(), old.version(), lost, added,
                problem == null ? "accepted" : "accepted by force: " + problem);
    }
}
