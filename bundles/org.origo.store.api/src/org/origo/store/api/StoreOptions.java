package org.origo.store.api;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.origo.api.Text;

/**
 * How a store is opened: how long a writer waits for another one to finish, who is told while it
 * waits, and the command named to other users while this one writes.
 */
public final class StoreOptions {

    private final Duration writerWait;
    private final Consumer<Text> waiting;
    private final String command;

    private StoreOptions(Duration writerWait, Consumer<Text> waiting, String command) {
        this.writerWait = writerWait;
        this.waiting = waiting;
        this.command = command;
    }

    /** Ten minutes' wait, nobody told, the command of the running process. */
    public static StoreOptions defaults() {
        return new StoreOptions(Duration.ofMinutes(10), t -> {
        }, ProcessHandle.current().info().commandLine().orElse("origo"));
    }

    public StoreOptions withWriterWait(Duration wait) {
        return new StoreOptions(Objects.requireNonNull(wait), waiting, command);
    }

    /** Called once when a write has to wait for another writer, with a message naming it. */
    public StoreOptions withWaiting(Consumer<Text> listener) {
        return new StoreOptions(writerWait, Objects.requireNonNull(listener), command);
    }

    /** The command other users see while this process writes (e.g. {@code origo override A-17}). */
    public StoreOptions withCommand(String command) {
        return new StoreOptions(writerWait, waiting, Objects.requireNonNull(command));
    }

    public Duration writerWait() {
        return writerWait;
    }

    public Consumer<Text> waiting() {
        return waiting;
    }

    public String command() {
        return command;
    }
}
