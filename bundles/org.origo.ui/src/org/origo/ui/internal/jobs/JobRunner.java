package org.origo.ui.internal.jobs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.origo.api.Progress;
import org.origo.api.Text;

/**
 * Runs long work (import, classify, match, plan, report, save) off the UI thread, one job at a
 * time so that no two jobs change the project at once. Progress reaches the UI through
 * {@link Display#asyncExec} at most once per pending repaint; results and errors are delivered on
 * the UI thread.
 */
public final class JobRunner {

    /** The work of a job; it reports through the {@link Progress} it is given and checks for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Told on the UI thread when a job starts, progresses or ends. */
    @FunctionalInterface
    public interface Listener {
        void changed(Job<?> job);
    }

    public enum State {
        WAITING, RUNNING, DONE, FAILED, CANCELLED
    }

    private final Display display;
    private final ExecutorService executor;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private volatile Job<?> current;

    public JobRunner(Display display) {
        this.display = display;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "origo-workbench-job");
            t.setDaemon(true);
            return t;
        });
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Whether a job is queued or running. */
    public boolean busy() {
        return active.get() > 0;
    }

    /** The running job, or null. */
    public Job<?> current() {
        return current;
    }

    /** Cancels the running job, if any. */
    public void cancelCurrent() {
        Job<?> j = current;
        if (j != null) {
            j.cancel();
        }
    }

    /**
     * Queues work. {@code onDone} gets the result on the UI thread; {@code onError} gets what it
     * threw (not called for a cancellation).
     */
    public <T> Job<T> submit(String name, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Job<T> job = new Job<>(name, work, onDone, onError);
        active.incrementAndGet();
        executor.execute(job::execute);
        return job;
    }

    public void shutdown() {
        cancelCurrent();
        executor.shutdownNow();
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            try {
                display.asyncExec(r);
            } catch (org.eclipse.swt.SWTException e) {
                // display went away while the job ended: nothing left to update
            }
        }
    }

    private void fire(Job<?> job) {
        for (Listener l : listeners) {
            l.changed(job);
        }
    }

    /** One queued or running piece of work; it is also the {@link Progress} handed to the work. */
    public final class Job<T> implements Progress {
        private final String name;
        private final Work<T> work;
        private final Consumer<T> onDone;
        private final Consumer<Throwable> onError;
        private final AtomicBoolean repaintPending = new AtomicBoolean();
        private final AtomicLong done = new AtomicLong();
        private volatile boolean cancelled;
        private volatile long total = -1;
        private volatile String task = "";
        private volatile Text taskText;
        private volatile State state = State.WAITING;
        private volatile Throwable error;

        Job(String name, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            this.name = org.origo.ui.internal.i18n.UiMessages.plain(name);
            this.work = work;
            this.onDone = onDone;
            this.onError = onError;
            this.task = this.name;
        }

        void execute() {
            current = this;
            state = State.RUNNING;
            ui(() -> fire(this));
            T result = null;
            try {
                if (cancelled) {
                    throw new Cancelled();
                }
                result = work.run(this);
                state = State.DONE;
            } catch (Cancelled e) {
                state = State.CANCELLED;
            } catch (Throwable e) {
                if (cancelled) {
                    state = State.CANCELLED;
                } else {
                    state = State.FAILED;
                    error = e;
                }
            } finally {
                current = null;
            }
            T r = result;
            ui(() -> {
                try {
                    if (state == State.DONE && onDone != null) {
                        onDone.accept(r);
                    } else if (state == State.FAILED && onError != null) {
                        onError.accept(error);
                    }
                } finally {
                    active.decrementAndGet();
                    fire(this);
                }
            });
            if (display.isDisposed()) {
                active.decrementAndGet();
            }
        }

        @Override
        public void begin(Text t, long totalWork) {
            taskText = t;
            task = t == null ? name : org.origo.ui.internal.i18n.UiMessages.in(t);
            total = totalWork;
            done.set(0);
            repaint();
        }

        @Override
        public void worked(long units) {
            done.addAndGet(units);
            repaint();
        }

        private void repaint() {
            if (repaintPending.compareAndSet(false, true)) {
                ui(() -> {
                    repaintPending.set(false);
                    fire(this);
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
        }

        public void cancel() {
            cancelled = true;
        }

        public String name() {
            return name;
        }

        /** The current task in the current language. */
        public String task() {
            Text t = taskText;
            return t == null ? task : org.origo.ui.internal.i18n.UiMessages.in(t);
        }

        public long total() {
            return total;
        }

        public long done() {
            return Math.min(done.get(), total < 0 ? Long.MAX_VALUE : total);
        }

        public State state() {
            return state;
        }

        public Throwable error() {
            return error;
        }
    }
}
