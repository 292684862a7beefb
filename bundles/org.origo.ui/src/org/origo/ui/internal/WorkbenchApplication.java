package org.origo.ui.internal;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.origo.ui.internal.services.UiServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code org.origo.ui.workbench} application: opens the workbench window, optionally on the
 * project folder given as the first argument, and runs the event loop until it is closed.
 */
public class WorkbenchApplication implements IApplication {

    private volatile Display display;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Display.setAppName("Origo");
        // one display per process: reuse the one of this thread when there is one
        Display current = Display.getCurrent();
        boolean own = current == null;
        display = own ? new Display() : current;
        BundleContext bc = FrameworkUtil.getBundle(WorkbenchApplication.class).getBundleContext();
        UiServices.startCore();
        java.util.Locale preferred = UiPreferences.language();
        if (preferred != null) {
            org.origo.ui.internal.i18n.UiMessages.setLocale(preferred);
        }
        try (UiServices services = new UiServices(bc, display)) {
            Workbench wb = new Workbench(display, services);
            wb.setBlockOnOpen(false);
            wb.open();
            context.applicationRunning();
            String project = firstProjectArgument(args);
            if (project != null) {
                wb.openProject(Path.of(project));
            }
            String shots = option(args, "--screenshots");
            if (shots != null) {
                String size = option(args, "--window");
                if (size != null && size.matches("\\d+x\\d+")) {
                    String[] wh = size.split("x");
                    wb.getShell().setBounds(0, 0, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
                }
                new ScreenshotTour(wb, Path.of(shots)).start();
            }
            while (wb.getShell() != null && !wb.getShell().isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            if (own) {
                display.dispose();
            }
        }
        return IApplication.EXIT_OK;
    }

    private static String option(String[] args, String name) {
        if (args != null) {
            for (int i = 0; i + 1 < args.length; i++) {
                if (name.equals(args[i])) {
                    return args[i + 1];
                }
            }
        }
        return null;
    }

    private static String firstProjectArgument(String[] args) {
        if (args == null) {
            return null;
        }
        String project = option(args, "--project");
        if (project != null) {
            return project;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    @Override
    public void stop() {
        Display d = display;
        if (d != null && !d.isDisposed()) {
            d.asyncExec(() -> {
                for (org.eclipse.swt.widgets.Shell s : d.getShells()) {
                    s.close();
                }
            });
        }
    }
}
