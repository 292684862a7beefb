package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Project;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.jobs.JobRunner;
import org.origo.ui.internal.parts.AssetPart;
import org.origo.ui.internal.parts.CatalogsPart;
import org.origo.ui.internal.parts.DashboardPart;
import org.origo.ui.internal.parts.InventoryPart;
import org.origo.ui.internal.parts.PlanPart;
import org.origo.ui.internal.parts.PluginsPart;
import org.origo.ui.internal.services.UiServices;

/**
 * The workbench window: menu bar, tool bar, a navigation list of parts on the left, the parts in a
 * tab folder, and a status line with the progress of the running job. Commands live in
 * {@link Commands}; each part is a {@link Part}.
 */
public final class Workbench extends ApplicationWindow {

    /** Asks what to do with unsaved changes: 0 save, 1 discard, 2 cancel. Replaceable in tests. */
    public interface ClosePrompt {
        int ask(Shell shell, String projectName);
    }

    private final Display display;
    private final UiServices services;
    private final ProjectSession session = new ProjectSession();
    private final JobRunner jobs;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, CTabItem> open = new LinkedHashMap<>();
    private final Commands commands;
    private ClosePrompt closePrompt = Workbench::defaultPrompt;
    private final WindowState windowState = WindowState.load();
    private final Operations operations;
    private SashForm sash;
    private Table navigation;
    private CTabFolder folder;
    private Composite jobBar;
    private Label jobTask;
    private ProgressBar jobProgress;
    private ProgressBar jobBusy;
    private Button jobCancel;
    private final Runnable localeListener = this::relabel;
    private final Runnable servicesListener = this::refreshAll;

    public Workbench(Display display, UiServices services) {
        super(null);
        this.display = display;
        this.services = services;
        this.jobs = new JobRunner(display);
        for (Part p : List.of(new InventoryPart(), new AssetPart(), new DashboardPart(), new PlanPart(), new CatalogsPart(),
                new PluginsPart())) {
            parts.put(p.id(), p);
        }
        this.operations = new Operations(this);
        this.commands = new Commands(this);
        addMenuBar();
        addToolBar(SWT.FLAT | SWT.RIGHT);
        addStatusLine();
        session.addListener(s -> {
            updateTitle();
            commands.update();
            refreshAll();
        });
        jobs.addListener(this::jobChanged);
        services.addChangeListener(servicesListener);
        UiMessages.addLocaleListener(localeListener);
    }

    public UiServices services() {
        return services;
    }

    public ProjectSession session() {
        return session;
    }

    public JobRunner jobs() {
        return jobs;
    }

    public Commands commands() {
        return commands;
    }

    /** Undoable changes to the project (Edit > Undo / Redo). */
    public Operations operations() {
        return operations;
    }

    public Display display() {
        return display;
    }

    public void setClosePrompt(ClosePrompt prompt) {
        this.closePrompt = prompt;
    }

    @Override
    protected MenuManager createMenuManager() {
        return commands().menu();
    }

    @Override
    protected ToolBarManager createToolBarManager(int style) {
        return commands().toolBar(style);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(t("app.title"));
    }

    @Override
    protected Point getInitialSize() {
        Rectangle b = WindowState.firstBounds(screen());
        return new Point(b.width, b.height);
    }

    /** The client area of the monitor the window is (or will be) on. */
    private Rectangle screen() {
        Shell s = getShell();
        org.eclipse.swt.widgets.Monitor m = s != null && !s.isDisposed() ? s.getMonitor() : display.getPrimaryMonitor();
        return (m != null ? m : display.getPrimaryMonitor()).getClientArea();
    }

    /**
     * Always sets the bounds: JFace skips this when the shell was resized while its contents were
     * created (GTK does that for the menu and tool bar), which left the window as a 630×61 strip.
     */
    @Override
    protected void initializeBounds() {
        getShell().setBounds(windowState.boundsOn(screen()));
        if (windowState.maximized) {
            getShell().setMaximized(true);
        }
    }

    /** The state the window was opened with and will remember at close. */
    public WindowState windowState() {
        return windowState;
    }

    private void rememberWindow() {
        Shell s = getShell();
        if (s == null || s.isDisposed()) {
            return;
        }
        windowState.maximized = s.getMaximized();
        if (!windowState.maximized) {
            windowState.bounds = s.getBounds();
        }
        if (sash != null && !sash.isDisposed()) {
            windowState.weights = sash.getWeights();
        }
        windowState.parts = openParts();
        windowState.selected = folder.getSelection() == null ? null : ((Part) folder.getSelection().getData()).id();
        windowState.save();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout rl = new GridLayout(1, false);
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        root.setLayout(rl);
        sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        navigation = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION);
        navigation.addListener(SWT.Selection, e -> {
            int i = navigation.getSelectionIndex();
            if (i >= 0) {
                showPart((String) navigation.getItem(i).getData());
            }
        });
        folder = new CTabFolder(sash, SWT.BORDER | SWT.CLOSE);
        folder.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                CTabItem item = (CTabItem) event.item;
                open.values().remove(item);
                Part p = (Part) item.getData();
                if (p != null) {
                    p.dispose();
                }
            }
        });
        int[] weights = windowState.weights;
        sash.setWeights(weights != null && weights.length == 2 && weights[0] > 0 && weights[1] > 0 ? weights
                : new int[] { 12, 88 });
        jobBar = new Composite(root, SWT.NONE);
        jobBar.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        jobTask = new Label(jobBar, SWT.NONE);
        jobTask.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jobBar.setLayout(new GridLayout(4, false));
        jobProgress = new ProgressBar(jobBar, SWT.SMOOTH | SWT.HORIZONTAL);
        jobProgress.setMaximum(1000);
        GridData pd = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        pd.widthHint = 240;
        jobProgress.setLayoutData(pd);
        // a step whose size is not known (opening a project) moves instead of standing at 0
        jobBusy = new ProgressBar(jobBar, SWT.INDETERMINATE | SWT.HORIZONTAL);
        GridData bd = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        bd.widthHint = 240;
        bd.exclude = true;
        jobBusy.setLayoutData(bd);
        jobBusy.setVisible(false);
        jobCancel = new Button(jobBar, SWT.PUSH);
        jobCancel.setText(UiMessages.plain(t("run.cancel")));
        jobCancel.setEnabled(false);
        jobCancel.addListener(SWT.Selection, e -> jobs.cancelCurrent());
        dropFiles(root);
        fillNavigation();
        showPart(InventoryPart.ID);
        for (String id : windowState.parts) {
            if (parts.containsKey(id)) {
                showPart(id);
            }
        }
        if (windowState.selected != null && parts.containsKey(windowState.selected)) {
            showPart(windowState.selected);
        }
        updateTitle();
        commands.update();
        return root;
    }

    /** Files dropped anywhere on the window start the import wizard with them. */
    private void dropFiles(Control target) {
        org.eclipse.swt.dnd.DropTarget dt = new org.eclipse.swt.dnd.DropTarget(target,
                org.eclipse.swt.dnd.DND.DROP_COPY | org.eclipse.swt.dnd.DND.DROP_DEFAULT);
        dt.setTransfer(org.eclipse.swt.dnd.FileTransfer.getInstance());
        dt.addDropListener(new org.eclipse.swt.dnd.DropTargetAdapter() {
            @Override
            public void dragEnter(org.eclipse.swt.dnd.DropTargetEvent e) {
                e.detail = org.eclipse.swt.dnd.DND.DROP_COPY;
            }

            @Override
            public void drop(org.eclipse.swt.dnd.DropTargetEvent e) {
                if (e.data instanceof String[] names) {
                    List<Path> files = new ArrayList<>();
                    for (String n : names) {
                        files.add(Path.of(n));
                    }
                    display.asyncExec(() -> filesDropped(files));
                }
            }
        });
    }

    /** What a drop of files does: the import wizard with the files chosen. */
    public void filesDropped(List<Path> files) {
        if (!files.isEmpty()) {
            commands.importWizard(files);
        }
    }

    private void fillNavigation() {
        navigation.removeAll();
        for (Part p : parts.values()) {
            TableItem it = new TableItem(navigation, SWT.NONE);
            it.setText(t(p.titleKey()));
            it.setData(p.id());
        }
    }

    /** The part with this id (created lazily when first shown). */
    @SuppressWarnings("unchecked")
    public <P extends Part> P part(String id) {
        return (P) parts.get(id);
    }

    /** Opens (or brings to front) a part's tab and returns the part. */
    public Part showPart(String id) {
        Part p = parts.get(id);
        CTabItem item = open.get(id);
        if (item == null || item.isDisposed()) {
            item = new CTabItem(folder, SWT.NONE);
            item.setText(t(p.titleKey()));
            item.setData(p);
            Composite holder = new Composite(folder, SWT.NONE);
            holder.setLayout(new FillLayout());
            try {
                p.createControl(holder, this);
            } catch (RuntimeException | LinkageError e) {
                item.dispose();
                holder.dispose();
                throw e;
            }
            item.setControl(holder);
            open.put(id, item);
            p.refresh();
        }
        folder.setSelection(item);
        int index = new ArrayList<>(parts.keySet()).indexOf(id);
        if (navigation.getSelectionIndex() != index) {
            navigation.setSelection(index);
        }
        return p;
    }

    /** The part whose tab is in front, or null. */
    public Part currentPart() {
        return folder == null || folder.isDisposed() || folder.getSelection() == null ? null
                : (Part) folder.getSelection().getData();
    }

    /** The ids of the parts with an open tab, in tab order. */
    public List<String> openParts() {
        List<String> ids = new ArrayList<>();
        for (CTabItem it : folder.getItems()) {
            ids.add(((Part) it.getData()).id());
        }
        return ids;
    }

    /** The control of an open part's tab (for screenshots), or null. */
    public Control partControl(String id) {
        CTabItem it = open.get(id);
        return it == null || it.isDisposed() ? null : it.getControl();
    }

    /** Shows an asset in the asset part. */
    public void openAsset(Asset asset) {
        AssetPart p = (AssetPart) showPart(AssetPart.ID);
        p.show(asset);
    }

    /** Refreshes every open part. */
    public void refreshAll() {
        if (folder == null || folder.isDisposed()) {
            return;
        }
        for (CTabItem it : open.values()) {
            if (!it.isDisposed()) {
                ((Part) it.getData()).refresh();
            }
        }
        commands.update();
    }

    /** Rebuilds labels and every open part in the current language. */
    private void relabel() {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle bounds = getShell().getBounds();
        commands.relabel();
        getMenuBarManager().updateAll(true);
        for (org.eclipse.swt.widgets.MenuItem mi : getMenuBarManager().getMenu().getItems()) {
            if (mi.getData() instanceof MenuManager mm) {
                mi.setText(mm.getMenuText());
            }
        }
        getToolBarManager().update(true);
        fillNavigation();
        jobCancel.setText(UiMessages.plain(t("run.cancel")));
        String selected = folder.getSelection() == null ? null : ((Part) folder.getSelection().getData()).id();
        List<String> ids = openParts();
        for (CTabItem it : folder.getItems()) {
            ((Part) it.getData()).dispose();
            if (it.getControl() != null) {
                it.getControl().dispose();
            }
            it.dispose();
        }
        open.clear();
        for (String id : ids) {
            showPart(id);
        }
        if (selected != null) {
            showPart(selected);
        }
        updateTitle();
        getShell().setBounds(bounds);
        getShell().layout(true, true);
    }

    private void updateTitle() {
        Shell s = getShell();
        if (s == null || s.isDisposed()) {
            return;
        }
        Project p = session.project();
        String title = p == null ? t("app.title") : t("app.title.project", p.getName(), session.folder().toString());
        s.setText(session.isDirty() ? "*" + title : title);
    }

    /** Shows a message in the status line. */
    public void status(String message) {
        StatusLineManager m = getStatusLineManager();
        if (m != null) {
            m.setMessage(message);
        }
    }

    /** Shows an error the user can act on: the one-line description, never a stack trace. */
    public void error(Throwable e) {
        String msg;
        if (e instanceof OrigoException oe) {
            msg = oe.describe(UiMessages.locale());
        } else if (e.getCause() instanceof OrigoException oe) {
            msg = oe.describe(UiMessages.locale());
        } else {
            msg = t("error.unexpected", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        status(msg);
        lastError = msg;
        if (!quiet) {
            new MessageDialog(getShell(), t("error.title"), null, msg, MessageDialog.ERROR, new String[] { t("dialog.ok") }, 0)
                    .open();
        }
    }

    private volatile String lastError;
    private boolean quiet;

    /** The last error shown (for tests and the status line). */
    public String lastError() {
        return lastError;
    }

    /** In tests: errors go to the status line only, no modal dialog. */
    public void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    private void jobChanged(JobRunner.Job<?> job) {
        if (jobBar == null || jobBar.isDisposed()) {
            return;
        }
        switch (job.state()) {
            case RUNNING -> {
                jobTask.setText(job.task());
                jobCancel.setEnabled(true);
                showBusy(job.total() <= 0);
                if (job.total() > 0) {
                    jobProgress.setSelection((int) (job.done() * 1000 / job.total()));
                } else {
                    jobProgress.setSelection(0);
                }
            }
            case DONE, FAILED, CANCELLED -> {
                if (!jobs.busy()) {
                    jobTask.setText("");
                    jobProgress.setSelection(0);
                    jobCancel.setEnabled(false);
                    showBusy(false);
                }
                status(switch (job.state()) {
                    case DONE -> t("job.done", job.name());
                    case CANCELLED -> t("job.cancelled", job.name());
                    default -> t("job.failed", job.name());
                });
            }
            default -> {
            }
        }
        jobBar.layout();
        commands.update();
    }

    private void showBusy(boolean busy) {
        if (jobBusy.getVisible() != busy) {
            jobBusy.setVisible(busy);
            ((GridData) jobBusy.getLayoutData()).exclude = !busy;
            jobProgress.setVisible(!busy);
            ((GridData) jobProgress.getLayoutData()).exclude = busy;
        }
    }

    /** Whether the moving (size unknown) progress bar is shown. */
    public boolean busyShown() {
        return jobBusy.getVisible();
    }

    /** The progress area of the running job: task, progress bar and cancel (for tests). */
    public ProgressBar jobProgress() {
        return jobProgress;
    }

    /** Runs work in the background with progress in the status line; errors are shown. */
    public <T> JobRunner.Job<T> run(String name, JobRunner.Work<T> work, Consumer<T> onDone) {
        return jobs.submit(name, work, onDone, this::error);
    }

    /** Opens a project folder in the background (after asking about unsaved changes). */
    public void openProject(Path dir) {
        if (!confirmDiscard(() -> openProject(dir))) {
            return;
        }
        run(t("job.open", dir), progress -> {
            progress.begin(UiMessages.text("job.open", dir), -1);
            return ProjectStore.open(dir);
        }, p -> session.set(p, dir));
    }

    /** Creates a new project in an empty folder. */
    public void newProject(Path dir, String name) {
        if (!confirmDiscard(() -> newProject(dir, name))) {
            return;
        }
        run(t("job.create", dir), progress -> ProjectStore.create(dir, name), p -> session.set(p, dir));
    }

    /** Saves in the background; {@code then} runs on the UI thread after a successful save. */
    public void save(Runnable then) {
        if (!session.isOpen()) {
            return;
        }
        run(t("job.save", session.folder()), progress -> {
            progress.begin(UiMessages.text("job.save", session.folder()), -1);
            session.save();
            return Boolean.TRUE;
        }, ok -> {
            session.saved();
            updateTitle();
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * When there are unsaved changes, asks whether to save them. Returns true when the caller may go
     * on now; false when it must not (cancelled, or a save is running and {@code retry} will be
     * called after it).
     */
    public boolean confirmDiscard(Runnable retry) {
        if (!session.isDirty()) {
            return true;
        }
        int answer = closePrompt.ask(getShell(), session.project().getName());
        if (answer == 0) {
            save(retry);
            return false;
        }
        return answer == 1;
    }

    private static int defaultPrompt(Shell shell, String name) {
        MessageDialog d = new MessageDialog(shell, t("dirty.title"), null, t("dirty.message", name), MessageDialog.QUESTION,
                new String[] { t("dirty.save"), t("dirty.discard"), t("dirty.cancel") }, 0);
        int r = d.open();
        return r < 0 ? 2 : r;
    }

    @Override
    public boolean close() {
        if (jobs.busy() && !session.isDirty()) {
            jobs.cancelCurrent();
        }
        if (!confirmDiscard(this::close)) {
            return false;
        }
        rememberWindow();
        UiMessages.removeLocaleListener(localeListener);
        services.removeChangeListener(servicesListener);
        operations.dispose();
        for (Part p : parts.values()) {
            p.dispose();
        }
        jobs.shutdown();
        return super.close();
    }

    /** Texts in both languages for a bilingual model value. */
    public static String in(Text text) {
        return UiMessages.in(text);
    }
}
