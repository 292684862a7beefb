package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.origo.api.OrigoException;
import org.origo.ui.internal.i18n.UiMessages;

/**
 * The workbench's undo and redo: every change a technician makes to the project (overrides, plan
 * moves, adopting or re-computing a plan, imports) is an operation in Eclipse's operation history,
 * under one undo context per open project. Opening another project starts a fresh history.
 */
public final class Operations {

    /** How many steps back Edit > Undo can go. */
    public static final int LIMIT = 100;

    private final Workbench wb;
    private final IOperationHistory history = new DefaultOperationHistory();
    private IUndoContext context;
    private Object project;

    Operations(Workbench wb) {
        this.wb = wb;
        newContext();
        history.addOperationHistoryListener(e -> {
            if (wb.getShell() != null && !wb.getShell().isDisposed()) {
                wb.display().asyncExec(() -> {
                    if (wb.getShell() != null && !wb.getShell().isDisposed()) {
                        wb.commands().update();
                    }
                });
            }
        });
        wb.session().addListener(s -> {
            if (s.project() != project) {
                project = s.project();
                history.dispose(context, true, true, true);
                newContext();
            }
        });
    }

    private void newContext() {
        context = new ObjectUndoContext(this, "origo-project");
        history.setLimit(context, LIMIT);
    }

    public IOperationHistory history() {
        return history;
    }

    public IUndoContext context() {
        return context;
    }

    /** Runs an operation and makes it undoable; problems are shown, never thrown. */
    public boolean execute(IUndoableOperation op) {
        op.addContext(context);
        try {
            IStatus st = history.execute(op, null, null);
            if (!st.isOK() && st.getException() != null) {
                wb.error(st.getException());
            }
            return st.isOK();
        } catch (ExecutionException e) {
            wb.error(e.getCause() instanceof OrigoException oe ? oe : e);
            return false;
        }
    }

    /** Records an operation that has already been carried out (e.g. an import run by the wizard). */
    public void record(IUndoableOperation op) {
        op.addContext(context);
        history.add(op);
    }

    public boolean canUndo() {
        return history.canUndo(context);
    }

    public boolean canRedo() {
        return history.canRedo(context);
    }

    public void undo() {
        try {
            history.undo(context, null, null);
        } catch (ExecutionException e) {
            wb.error(e);
        }
    }

    public void redo() {
        try {
            history.redo(context, null, null);
        } catch (ExecutionException e) {
            wb.error(e);
        }
    }

    /** "Undo Override" etc. in the current language. */
    public String undoText() {
        IUndoableOperation op = history.getUndoOperation(context);
        return op == null ? t("edit.undo") : t("edit.undo.what", op.getLabel());
    }

    public String redoText() {
        IUndoableOperation op = history.getRedoOperation(context);
        return op == null ? t("edit.redo") : t("edit.redo.what", op.getLabel());
    }

    void dispose() {
        history.dispose(context, true, true, true);
    }

    /** Label of an operation in both languages. */
    public static org.origo.api.Text label(String key, Object... args) {
        return UiMessages.text(key, args);
    }
}
