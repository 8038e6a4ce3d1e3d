package com.chipcheck.rules.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Something compiled once per process because it never changes (the bundled rule base, the shipped policy table):
 * the first caller compiles it and later ones wait for it; {@link #inBackground()} starts compiling it on a thread of
 * its own, so that start-up does the rest meanwhile.
 *
 * @param <T> what is compiled
 */
public final class CompiledOnce<T> {

    private final Supplier<T> compile;
    private final String name;
    private final AtomicReference<CompletableFuture<T>> result = new AtomicReference<>();

    public CompiledOnce(String name, Supplier<T> compile) {
        this.name = name;
        this.compile = compile;
    }

    public T get() {
        CompletableFuture<T> mine = new CompletableFuture<>();
        if (result.compareAndSet(null, mine)) {
            try {
                mine.complete(compile.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        }
        try {
            return result.get().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public void inBackground() {
        Thread t = new Thread(this::get, name + "-compiler");
        t.setDaemon(true);
        t.start();
    }
}
