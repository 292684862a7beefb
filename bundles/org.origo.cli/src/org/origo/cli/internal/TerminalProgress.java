package org.origo.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.origo.api.Progress;
import org.origo.api.Text;

/**
 * Progress on the command line: a bar redrawn in place on a terminal; in a log (file, pipe, CI)
 * a few plain lines per step: its start, a line at 25, 50 and 75 % with the time left, and its
 * end with the time taken. {@code --quiet} (and {@code --json}) show none. Cancellation is Ctrl-C (the process
 * ends and nothing half-written is kept, since every save is atomic).
 */
final class TerminalProgress implements Progress {

    private final PrintStream err;
    private final Locale locale;
    private final boolean terminal;
    private final AtomicLong done = new AtomicLong();
    private volatile long total = -1;
    private volatile String task = "";
    private volatile long lastDraw;
    private volatile int lastDecile = -1;
    private volatile boolean drawn;
    private final boolean quiet;
    private volatile long started;
    private volatile boolean open;

    TerminalProgress(PrintStream err, Locale locale, boolean terminal, boolean quiet) {
        this.err = err;
        this.locale = locale;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Seconds as m:ss. */
    static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    public synchronized void begin(Text task, long totalWork) {
        if (quiet) {
            return;
        }
        finishLine();
        endLog();
        this.task = task.in(locale);
        this.total = totalWork;
        this.done.set(0);
        this.lastDecile = -1;
        this.lastDraw = 0;
        this.started = System.nanoTime();
        if (!terminal) {
            err.println(this.task + " ...");
            open = true;
        } else {
            draw();
        }
    }

    /** In a log: the end of the step, with the time it took. */
    private void endLog() {
        if (!terminal && open) {
            open = false;
            long secs = (System.nanoTime() - started) / 1_000_000_000L;
            err.println("  " + task + ": " + Text.format("done in %s", "完成，用时 %s", clock(secs)).in(locale));
        }
    }

    @Override
    public void worked(long units) {
        if (quiet) {
            return;
        }
        long d = done.addAndGet(units);
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDraw > 100_000_000L) {
                synchronized (this) {
                    lastDraw = now;
                    draw();
                }
            }
        } else if (total > 0) {
            int quarter = (int) Math.min(4, d * 4 / total);
            // a line at 25, 50 and 75 %, only for steps that last long enough to wait for
            if (quarter > lastDecile && quarter > 0 && quarter < 4 && now - started > 2_000_000_000L) {
                synchronized (this) {
                    if (quarter > lastDecile) {
                        lastDecile = quarter;
                        double elapsed = (now - started) / 1e9;
                        long left = Math.round(elapsed * (total - d) / Math.max(1, d));
                        err.println("  " + task + ": " + quarter * 25 + " % "
                                + Text.format("(about %s left)", "（约剩 %s）", clock(left)).in(locale));
                    }
                }
            }
        } else if (now - lastDraw > 30_000_000_000L) {
            lastDraw = now;
            err.println("  " + task + ": " + d);
        }
    }

    private void draw() {
        long d = done.get();
        StringBuilder sb = new StringBuilder("\r");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, d * width / total);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%3d %% ", Math.min(100, d * 100 / total)));
        }
        sb.append(task);
        if (total <= 0 && d > 0) {
            sb.append(' ').append(d);
        }
        err.print(sb);
        err.flush();
        drawn = true;
    }

    /** Ends the bar's line so that the next output starts on a fresh one. */
    synchronized void finishLine() {
        if (!terminal) {
            endLog();
            return;
        }
        if (drawn) {
            done.set(Math.max(done.get(), total));
            draw();
            err.println();
            drawn = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
