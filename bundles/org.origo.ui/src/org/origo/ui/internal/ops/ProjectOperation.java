package org.origo.ui.internal.ops;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.origo.api.OrigoException;
import org.origo.core.ProjectStore;
import org.origo.ui.internal.Workbench;

/**
 * A change to the open project that can be undone: {@link #apply()} and {@link #revert()} change
 * the model on the UI thread; afterwards the project is marked changed (so the parts refresh and
 * the window asks before closing) and the step is written to the project's audit log.
 */
public abstract class ProjectOperation extends AbstractOperation {

    protected final Workbench wb;
    private final String auditAction;

    private final org.origo.api.Text label;

    protected ProjectOperation(Workbench wb, org.origo.api.Text label, String auditAction) {
        super(label.en());
        this.wb = wb;
        this.auditAction = auditAction;
        this.label = label;
    }

    /** The label in the workbench's current language (Edit > Undo follows a language switch). */
    @Override
    public String getLabel() {
        return org.origo.ui.internal.i18n.UiMessages.in(label);
    }

    /** Makes the change (also used for redo). */
    protected abstract void apply() throws OrigoException;

    /** Puts back what {@link #apply()} changed. */
    protected abstract void revert() throws OrigoException;

    /** The audit line's detail. */
    protected abstract String detail();

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return run(false, "");
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return run(false, ".redo");
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return run(true, ".undo");
    }

    private IStatus run(boolean back, String suffix) throws ExecutionException {
        try {
            if (back) {
                revert();
            } else {
                apply();
            }
            if (wb.session().folder() != null) {
                ProjectStore.audit(wb.session().folder(), auditAction + suffix, detail());
            }
        } catch (OrigoException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        wb.session().changed();
        return Status.OK_STATUS;
    }
}
