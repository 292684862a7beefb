package org.origo.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.origo.cli.internal.i18n.CliMessages;

/** The {@code origo} command line as an Equinox application ({@code org.origo.cli.origo}). */
public class OrigoApplication implements IApplication {

    /** Said when even the command line's own error handling failed (both languages, prepared in advance). */
    private static final String LAST_RESORT = "error: origo stopped unexpectedly; run it again with --debug for details"
            + System.lineSeparator() + "错误：origo 意外停止；请加 --debug 重新运行以查看详情";

    @Override
    public Object start(IApplicationContext appContext) {
        String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null) {
            args = new String[0];
        }
        BundleContext ctx = FrameworkUtil.getBundle(OrigoApplication.class).getBundleContext();
        appContext.applicationRunning();
        // a background thread of the framework that runs out of heap is not news: the command
        // itself reports the shortage once, with what to do, instead of a trace per thread
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (Cli.outOfMemory(e) || Cli.memoryReported()) {
                return; // workers left over from the job that ran out of heap fail in turn
            }
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.println(CliMessages.get("error.thread", thread.getName(), String.valueOf(e)).in(Cli.detectLocale(null)));
            }
        });
        int code;
        try {
            // UTF-8 whatever the locale: a LANG naming a locale that is not installed would make the
            // JVM's default streams ASCII and print every Chinese character as '?'
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.setOut(out);
            System.setErr(err);
            code = new Cli(ctx, out, err).run(args);
        } catch (Throwable t) {
            // nothing may escape: the launcher would wait for this application for ever
            code = 1;
            try {
                System.err.println(LAST_RESORT);
                System.err.println(t);
            } catch (Throwable ignored) {
                // the streams are gone; the exit code still tells
            }
        }
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // a command in progress is interrupted by the JVM's shutdown; saves are atomic
    }
}
