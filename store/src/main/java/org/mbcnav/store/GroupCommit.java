package org.mbcnav.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit: callers hand in one item each and wait until it is committed; one writer thread
 * commits every item queued meanwhile in one transaction. A busy server pays one commit for many
 * requests, and still answers no caller before its write is durable.
 */
final class GroupCommit<T, R> implements AutoCloseable {
    private static final int MAX_BATCH = 512;
    private static final long WAIT_SECONDS = 10;

    /** Writes a batch in the given transaction and returns one result per item, in order. */
    @FunctionalInterface
    interface BatchWriter<T, R> {
        List<R> write(Connection c, List<T> batch) throws SQLException;
    }

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }

    private final Database db;
    private final BatchWriter<T, R> writer;
    private final BlockingQueue<Pending<T, R>> queue = new ArrayBlockingQueue<>(10_000);
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommit(Database db, String name, BatchWriter<T, R> writer) {
        this.db = db;
        this.writer = writer;
        this.thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    R submit(T item) {
        CompletableFuture<R> done = new CompletableFuture<>();
        try {
            if (!running || !queue.offer(new Pending<>(item, done), WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new DatabaseUnavailable("the database writer is not accepting work", null);
            }
            return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException s ? s : new StoreException("the write failed", e.getCause());
        } catch (TimeoutException e) {
            // The database is too slow or gone: the caller may try again.
            throw new DatabaseUnavailable("the write was not committed in time", e);
        }
    }

    private void loop() {
        List<Pending<T, R>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                List<T> items = batch.stream().map(Pending::item).toList();
                List<R> results = db.transaction(c -> writer.write(c, items));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(results.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
