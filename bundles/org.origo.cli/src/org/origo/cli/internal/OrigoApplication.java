package org.origo.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The {@code origo} command line as an Equinox application ({@code org.origo.cli.origo}). */
public class OrigoApplication implements IApplication {

    @Override
    public Object start(IApplicationContext appContext) {
        String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null) {
            args = new String[0];
        }
        BundleContext ctx = FrameworkUtil.getBundle(OrigoApplication.class).getBundleContext();
        appContext.applicationRunning();
        int code = new Cli(ctx, System.out, System.err).run(args);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // a command in progress is interrupted by the JVM's shutdown; saves are atomic
    }
}
