package org.origo.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.origo.api.Progress;
import org.origo.api.Text;

/**
 * Progress on the command line: a bar redrawn in place on a terminal, plain lines (at most one per
 * 10 % or per 5 s) when the output goes to a file or pipe. Cancellation is Ctrl-C (the process
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

    TerminalProgress(PrintStream err, Locale locale, boolean terminal) {
        this.err = err;
        this.locale = locale;
        this.terminal = terminal;
    }

    @Override
    public synchronized void begin(Text task, long totalWork) {
        finishLine();
        this.task = task.in(locale);
        this.total = totalWork;
        this.done.set(0);
        this.lastDecile = -1;
        this.lastDraw = 0;
        if (!terminal) {
            err.println(this.task + " ...");
        } else {
            draw();
        }
    }

    @Override
    public void worked(long units) {
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
            int decile = (int) Math.min(10, d * 10 / total);
            if (decile > lastDecile && decile < 10) {
                synchronized (this) {
                    if (decile > lastDecile) {
                        lastDecile = decile;
                        err.println("  " + task + ": " + decile * 10 + " %");
                    }
                }
            }
        } else if (now - lastDraw > 5_000_000_000L) {
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
        if (terminal && drawn) {
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
