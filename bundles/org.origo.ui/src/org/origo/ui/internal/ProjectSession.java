package org.origo.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.origo.api.OrigoException;
import org.origo.core.ProjectStore;
import org.origo.model.Project;

/**
 * The project open in the workbench: its folder, the model and whether it has changes not yet
 * saved. Saving goes through {@link ProjectStore} (atomic, audit-logged), the same store the CLI
 * uses, so the CLI and the workbench open each other's project folders.
 */
public final class ProjectSession {

    /** Told on the UI thread when the project is replaced, changed or saved. */
    public interface Listener {
        void projectChanged(ProjectSession session);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Project project;
    private volatile Path folder;
    private volatile boolean dirty;
    private volatile long revision;

    public Project project() {
        return project;
    }

    public Path folder() {
        return folder;
    }

    public boolean isOpen() {
        return project != null;
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Grows with every change, so parts can tell whether their cached view is stale. */
    public long revision() {
        return revision;
    }

    /** Shows a project that was opened or created (not dirty). */
    public void set(Project p, Path dir) {
        project = p;
        folder = dir;
        dirty = false;
        revision++;
        fire();
    }

    /** Records an unsaved change and an audit line to write with the next save. */
    public void changed() {
        dirty = true;
        revision++;
        fire();
    }

    /** Saves atomically; call off the UI thread for large projects. */
    public void save() throws OrigoException {
        Project p = project;
        Path dir = folder;
        if (p == null) {
            return;
        }
        ProjectStore.save(p, dir);
        ProjectStore.audit(dir, "workbench.save", p.getName());
        dirty = false;
    }

    /** Tells the listeners after a save (UI thread). */
    public void saved() {
        fire();
    }

    public void close() {
        project = null;
        folder = null;
        dirty = false;
        revision++;
        fire();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Listener l : listeners) {
            l.projectChanged(this);
        }
    }
}
