package com.chipcheck.service.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit: appends from concurrent requests wait on one writer, which stores everything queued so far in one
 * transaction (one lock of the chain's tip, one commit), so that the chain's single tip does not serialise every
 * request on its own commit. A failed group is retried one item at a time, so that one bad item fails only its own
 * request.
 *
 * @param <E> what is appended
 * @param <R> what storing it gives back
 */
final class GroupCommit<E, R> {

    private final BlockingQueue<Map.Entry<E, CompletableFuture<R>>> queue = new LinkedBlockingQueue<>();
    private final Function<List<E>, List<R>> storeAll;
    private final Function<E, R> storeOne;
    private final int maxGroup;
    private final Thread writer;

    /**
     * @param storeAll stores a group in one transaction, in order
     * @param storeOne stores one item in a transaction of its own (after its group failed)
     */
    GroupCommit(String name, Function<List<E>, List<R>> storeAll, Function<E, R> storeOne, int maxGroup) {
        this.storeAll = storeAll;
        this.storeOne = storeOne;
        this.maxGroup = maxGroup;
        this.writer = new Thread(this::run, name);
        this.writer.setDaemon(true);
    }

    void start() {
        writer.start();
    }

    void stop() {
        writer.interrupt();
    }

    /** Waits until the item is stored, with its group. */
    R append(E item) {
        CompletableFuture<R> done = new CompletableFuture<>();
        queue.add(Map.entry(item, done));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the decision record was being stored", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Map.Entry<E, CompletableFuture<R>>> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) { // shutting down: nobody may wait for a record that will not come
                queue.drainTo(group);
                group.forEach(one -> one.getValue().completeExceptionally(new IllegalStateException("the service is stopping")));
                return;
            }
            queue.drainTo(group, maxGroup - 1);
            try {
                List<R> stored = storeAll.apply(group.stream().map(Map.Entry::getKey).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).getValue().complete(stored.get(i));
                }
            } catch (RuntimeException groupFailed) {
                for (var one : group) {
                    try {
                        one.getValue().complete(storeOne.apply(one.getKey()));
                    } catch (RuntimeException e) {
                        one.getValue().completeExceptionally(e);
                    }
                }
            } catch (Error e) { // never leave a request waiting: fail the group and keep the writer alive
                group.forEach(one -> one.getValue().completeExceptionally(e));
            }
            group.clear();
        }
    }
}
