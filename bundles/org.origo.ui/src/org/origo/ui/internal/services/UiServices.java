package org.origo.ui.internal.services;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The core services as the workbench sees them: the {@link Contributions} registry from the OSGi
 * service registry and a {@link Pipeline} over it. Service and bundle events (a plug-in installed,
 * started, stopped or uninstalled) are coalesced and announced on the UI thread so that every part
 * refreshes without a restart.
 */
public final class UiServices implements AutoCloseable {

    private final BundleContext context;
    private final Display display;
    private final ServiceTracker<Contributions, Contributions> tracker;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ServiceListener serviceListener = this::serviceChanged;
    private final BundleListener bundleListener = this::bundleChanged;

    public UiServices(BundleContext context, Display display) {
        this.context = context;
        this.display = display;
        this.tracker = new ServiceTracker<>(context, Contributions.class, null);
        tracker.open();
        context.addServiceListener(serviceListener);
        context.addBundleListener(bundleListener);
    }

    /** Starts the core bundle if it is still lazy, so that its registry component is active. */
    public static void startCore() {
        Bundle core = org.osgi.framework.FrameworkUtil.getBundle(Contributions.class);
        if (core != null && core.getState() != Bundle.ACTIVE) {
            try {
                core.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public BundleContext context() {
        return context;
    }

    /** The registry, waiting briefly for Declarative Services to publish it at start. */
    public Contributions contributions() {
        Contributions c = tracker.getService();
        if (c == null) {
            try {
                c = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (c == null) {
            throw new IllegalStateException("the contribution registry is not available");
        }
        return c;
    }

    public Pipeline pipeline() {
        return new Pipeline(contributions());
    }

    /** Called on the UI thread after contributions or bundles changed. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    public void removeChangeListener(Runnable r) {
        listeners.remove(r);
    }

    private void serviceChanged(ServiceEvent e) {
        Object classes = e.getServiceReference().getProperty(org.osgi.framework.Constants.OBJECTCLASS);
        if (classes instanceof String[] names) {
            for (String n : names) {
                if (n.startsWith("org.origo.")) {
                    announce();
                    return;
                }
            }
        }
    }

    private void bundleChanged(BundleEvent e) {
        switch (e.getType()) {
            case BundleEvent.INSTALLED, BundleEvent.UNINSTALLED, BundleEvent.STARTED, BundleEvent.STOPPED,
                    BundleEvent.RESOLVED, BundleEvent.UNRESOLVED, BundleEvent.UPDATED -> announce();
            default -> {
            }
        }
    }

    /** Coalesces a burst of events into one refresh on the UI thread. */
    public void announce() {
        if (display.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            display.asyncExec(() -> {
                pending.set(false);
                for (Runnable r : listeners) {
                    r.run();
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            pending.set(false);
        }
    }

    @Override
    public void close() {
        try {
            context.removeServiceListener(serviceListener);
            context.removeBundleListener(bundleListener);
        } catch (IllegalStateException e) {
            // framework already stopping
        }
        tracker.close();
    }
}
