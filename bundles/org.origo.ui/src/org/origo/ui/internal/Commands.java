package org.origo.ui.internal;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.origo.api.OrigoException;
import org.origo.catalog.api.MatchPolicy;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Catalog;
import org.origo.model.Plan;
import org.origo.model.Project;
import org.origo.plan.api.PlanRequest;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.wizard.ImportWizard;

/**
 * Every command of the workbench as a JFace action, in one place: menus, tool bar and the parts
 * all use these. Each handler calls the same core {@link Pipeline} step the CLI calls.
 */
public final class Commands {

    private final Workbench wb;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final List<Action> langActions = new ArrayList<>();

    /** The standard key of each command, shown in its menu label (JFace binds it from there). */
    static final Map<String, String> KEYS = Map.ofEntries(Map.entry("file.new", "Ctrl+N"), Map.entry("file.open", "Ctrl+O"),
            Map.entry("file.save", "Ctrl+S"), Map.entry("file.import", "Ctrl+I"), Map.entry("file.exit", "Ctrl+Q"),
            Map.entry("edit.undo", "Ctrl+Z"), Map.entry("edit.redo", "Ctrl+Y"), Map.entry("edit.copy", "Ctrl+C"),
            Map.entry("edit.find", "Ctrl+F"), Map.entry("edit.override", "Ctrl+E"), Map.entry("edit.override.clear", "Del"),
            Map.entry("help.contents", "F1"));

    /** Asks whether a plan with pinned items may be replaced: true to go on. Replaceable in tests. */
    public interface PlanPrompt {
        boolean replace(org.eclipse.swt.widgets.Shell shell, int pinned);
    }

    private PlanPrompt planPrompt = (shell, pinned) -> new MessageDialog(shell, t("plan.replace.title"), null,
            t("plan.replace.pinned", pinned), MessageDialog.QUESTION, new String[] { t("dialog.ok"), t("dialog.cancel") }, 1)
            .open() == 0;

    public void setPlanPrompt(PlanPrompt prompt) {
        this.planPrompt = prompt;
    }

    /** When the project's plan has items pinned by hand, asks before a new plan replaces it. */
    public boolean confirmReplacePlan() {
        Plan current = wb.session().project() == null ? null : wb.session().project().getPlan();
        if (current == null) {
            return true;
        }
        int pinned = (int) current.getItems().stream().filter(i -> i.isPinned()).count();
        return pinned == 0 || planPrompt.replace(wb.getShell(), pinned);
    }

    /** Edit > Copy: the focused text's selection, else what the current part has selected. */
    public void copy() {
        org.eclipse.swt.widgets.Control focus = wb.display().getFocusControl();
        if (focus instanceof org.eclipse.swt.widgets.Text tx) {
            tx.copy();
            return;
        }
        if (focus instanceof org.eclipse.swt.custom.StyledText st && st.getSelectionCount() > 0) {
            st.copy();
            return;
        }
        if (focus instanceof org.eclipse.swt.widgets.Combo c) {
            c.copy();
            return;
        }
        Part p = wb.currentPart();
        String text = null;
        if (focus != null && focus.getParent() instanceof org.origo.ui.internal.widgets.VirtualGrid g
                && !(p instanceof org.origo.ui.internal.parts.InventoryPart)) {
            text = g.copySelection();
        }
        if (text == null && p != null) {
            text = p.copyText();
        }
        if (text != null && !text.isEmpty()) {
            org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(wb.display());
            try {
                cb.setContents(new Object[] { text },
                        new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
            } finally {
                cb.dispose();
            }
            wb.status(t("copied", text.lines().count()));
        }
    }

    private void find() {
        Part p = wb.currentPart();
        if (p == null || !p.find()) {
            wb.showPart("inventory").find();
        }
    }

    /** Edit > Override Verdict: asks for the verdict and the reason for the assets the current part has selected. */
    public void override() {
        List<org.origo.model.Asset> assets = selectedAssets();
        if (assets == null) {
            return;
        }
        OverrideDialog d = new OverrideDialog(wb.getShell(), assets);
        if (d.open() == Window.OK) {
            override(assets, d.outcome(), d.reason());
        }
    }

    /** Overrides the verdict of these assets with a reason (undoable). */
    public boolean override(List<org.origo.model.Asset> assets, org.origo.model.VerdictOutcome outcome, String reason) {
        String profile = wb.session().project().getProfileId();
        if (profile == null) {
            wb.error(new OrigoException(UiMessages.text("classify.first")));
            return false;
        }
        boolean ok = wb.operations().execute(new org.origo.ui.internal.ops.OverrideOperation(wb, assets, profile, outcome, reason));
        if (ok) {
            wb.status(outcome == null ? t("override.cleared", assets.size())
                    : t("override.done", assets.size(), t("verdict." + outcome.getLiteral())));
        }
        return ok;
    }

    /** Edit > Remove Override (Del): hands the selected assets back to the rules (undoable). */
    public void clearOverride() {
        List<org.origo.model.Asset> assets = selectedAssets();
        if (assets != null) {
            override(assets, null, null);
        }
    }

    private List<org.origo.model.Asset> selectedAssets() {
        if (!wb.session().isOpen()) {
            return null;
        }
        if (wb.session().project().getProfileId() == null) {
            wb.error(new OrigoException(UiMessages.text("classify.first")));
            return null;
        }
        Part p = wb.currentPart();
        List<org.origo.model.Asset> assets = p == null ? List.of() : p.selectedAssets();
        if (assets.isEmpty()) {
            wb.status(t("override.nothing"));
            return null;
        }
        return assets;
    }

    public Commands(Workbench wb) {
        this.wb = wb;
        add("file.new", this::newProject);
        add("file.open", this::openProject);
        add("file.save", () -> wb.save(null));
        add("file.import", this::importWizard);
        add("file.preferences", () -> PreferencesDialog.create(wb.getShell(), wb).open());
        add("file.exit", wb::close);
        add("edit.undo", () -> wb.operations().undo());
        add("edit.redo", () -> wb.operations().redo());
        add("edit.copy", this::copy);
        add("edit.find", this::find);
        add("edit.override", this::override);
        add("edit.override.clear", this::clearOverride);
        add("run.classify", this::classify);
        add("run.match", this::match);
        add("run.plan", this::plan);
        add("run.report", this::report);
        add("run.cancel", () -> wb.jobs().cancelCurrent());
        for (String part : List.of("inventory", "asset", "dashboard", "plan", "catalogs", "plugins")) {
            add("view." + part, () -> wb.showPart(part));
        }
        add("help.contents", () -> new HelpDialog(wb.getShell()).open());
        add("help.about", () -> new MessageDialog(wb.getShell(), UiMessages.plain(t("help.about")), null, t("about.text"),
                MessageDialog.INFORMATION, new String[] { t("dialog.ok") }, 0).open());
        Action en = new Action("English", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    UiPreferences.put(UiPreferences.LANGUAGE, "en");
                    UiMessages.setLocale(Locale.ENGLISH);
                }
            }
        };
        en.setId("lang.en");
        Action zh = new Action("简体中文", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    UiPreferences.put(UiPreferences.LANGUAGE, "zh");
                    UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
                }
            }
        };
        zh.setId("lang.zh");
        langActions.add(en);
        langActions.add(zh);
        actions.put(en.getId(), en);
        actions.put(zh.getId(), zh);
        relabel();
    }

    private void add(String id, Runnable handler) {
        Action a = new Action() {
            @Override
            public void run() {
                handler.run();
            }
        };
        a.setId(id);
        actions.put(id, a);
    }

    /** The action with this id (e.g. {@code run.classify}). */
    public Action action(String id) {
        return actions.get(id);
    }

    MenuManager menu() {
        MenuManager bar = new MenuManager();
        bar.add(menu("menu.file", "file.new", "file.open", "file.save", null, "file.import", null, "file.preferences", null,
                "file.exit"));
        bar.add(menu("menu.edit", "edit.undo", "edit.redo", null, "edit.copy", "edit.find", null, "edit.override",
                "edit.override.clear"));
        bar.add(menu("menu.run", "run.classify", "run.match", "run.plan", "run.report", null, "run.cancel"));
        bar.add(menu("menu.view", "view.inventory", "view.asset", "view.dashboard", "view.plan", "view.catalogs",
                "view.plugins"));
        bar.add(menu("menu.language", "lang.en", "lang.zh"));
        bar.add(menu("menu.help", "help.contents", null, "help.about"));
        return bar;
    }

    private MenuManager menu(String key, String... ids) {
        MenuManager m = new MenuManager(t(key), key) {
            @Override
            public String getMenuText() {
                return t(key);
            }
        };
        for (String id : ids) {
            if (id == null) {
                m.add(new Separator());
            } else {
                m.add(actions.get(id));
            }
        }
        return m;
    }

    ToolBarManager toolBar(int style) {
        ToolBarManager tb = new ToolBarManager(style);
        for (String id : List.of("file.open", "file.save", "file.import")) {
            tb.add(actions.get(id));
        }
        tb.add(new Separator());
        for (String id : List.of("run.classify", "run.match", "run.plan", "run.report", "run.cancel")) {
            tb.add(actions.get(id));
        }
        return tb;
    }

    /** Sets every label in the current language. */
    public void relabel() {
        for (Action a : actions.values()) {
            if (!a.getId().startsWith("lang.")) {
                String key = KEYS.get(a.getId());
                a.setText(t(a.getId()) + (key == null ? "" : "\t" + key));
                a.setToolTipText(t(a.getId() + ".tip") + (key == null ? "" : " (" + key + ")"));
            }
        }
        actions.get("edit.undo").setText(wb.operations().undoText() + "\t" + KEYS.get("edit.undo"));
        actions.get("edit.redo").setText(wb.operations().redoText() + "\t" + KEYS.get("edit.redo"));
        langActions.get(0).setChecked(!UiMessages.chinese());
        langActions.get(1).setChecked(UiMessages.chinese());
    }

    /** Enables commands by state: a project open, no job running. */
    public void update() {
        boolean open = wb.session().isOpen();
        boolean busy = wb.jobs().busy();
        actions.get("edit.undo").setEnabled(!busy && wb.operations().canUndo());
        actions.get("edit.redo").setEnabled(!busy && wb.operations().canRedo());
        actions.get("edit.undo").setText(wb.operations().undoText() + "\t" + KEYS.get("edit.undo"));
        actions.get("edit.redo").setText(wb.operations().redoText() + "\t" + KEYS.get("edit.redo"));
        actions.get("edit.override").setEnabled(open && !busy);
        actions.get("edit.override.clear").setEnabled(open && !busy);
        for (String id : List.of("file.import", "run.classify", "run.match", "run.plan", "run.report")) {
            actions.get(id).setEnabled(open && !busy);
        }
        actions.get("file.save").setEnabled(open && !busy && wb.session().isDirty());
        actions.get("file.new").setEnabled(!busy);
        actions.get("file.open").setEnabled(!busy);
        actions.get("run.cancel").setEnabled(busy);
    }

    private void newProject() {
        DirectoryDialog d = new DirectoryDialog(wb.getShell());
        d.setText(t("file.new"));
        String dir = d.open();
        if (dir == null) {
            return;
        }
        InputDialog name = new InputDialog(wb.getShell(), t("file.new"), t("project.name"),
                Path.of(dir).getFileName() == null ? "" : Path.of(dir).getFileName().toString(), null);
        if (name.open() == Window.OK) {
            wb.newProject(Path.of(dir), name.getValue());
        }
    }

    private void openProject() {
        DirectoryDialog d = new DirectoryDialog(wb.getShell());
        d.setText(t("file.open"));
        String dir = d.open();
        if (dir != null) {
            wb.openProject(Path.of(dir));
        }
    }

    /** Opens the import wizard; on finish the import has run and the project is marked changed. */
    public int importWizard() {
        return importWizard(List.of());
    }

    /** Opens the import wizard with these files already chosen (files dropped on the window). */
    public int importWizard(List<Path> files) {
        if (!wb.session().isOpen()) {
            wb.status(t("import.open.first"));
            return Window.CANCEL;
        }
        ImportWizard wizard = new ImportWizard(wb);
        WizardDialog d = new org.origo.ui.internal.wizard.OrigoWizardDialog(wb.getShell(), wizard);
        d.setPageSize(Math.min(820, wb.getShell().getSize().x - 120), Math.min(480, wb.getShell().getSize().y - 260));
        d.create();
        for (Path f : files) {
            wizard.filesPage().add(f);
        }
        return d.open();
    }

    private Contributions contributions() {
        return wb.services().contributions();
    }

    /** The profile to use: the project's, or the only one, or the one the user picks; null if cancelled. */
    public String chooseProfile() {
        List<Contributions.Entry<org.origo.origin.api.OriginProfile>> profiles = contributions().profiles();
        if (profiles.isEmpty()) {
            wb.error(new OrigoException(UiMessages.text("no.profiles")));
            return null;
        }
        Project p = wb.session().project();
        for (var e : profiles) {
            if (e.id().equals(p.getProfileId())) {
                return e.id();
            }
        }
        if (profiles.size() == 1) {
            return profiles.get(0).id();
        }
        String preferred = UiPreferences.get(UiPreferences.PROFILE, "");
        for (var e : profiles) {
            if (e.id().equals(preferred)) {
                return e.id();
            }
        }
        List<String> labels = new ArrayList<>();
        for (var e : profiles) {
            labels.add(e.id() + " — " + UiMessages.in(e.service().label()));
        }
        int i = new ChoiceDialog(wb.getShell(), t("run.classify"), t("choose.profile"), labels, 0).choose();
        return i < 0 ? null : profiles.get(i).id();
    }

    /** Classifies the latest snapshot with a profile. */
    public void classify() {
        String profile = chooseProfile();
        if (profile != null) {
            classify(profile);
        }
    }

    public void classify(String profile) {
        Project project = wb.session().project();
        Path dir = wb.session().folder();
        Pipeline pipeline = wb.services().pipeline();
        wb.run(t("run.classify"), progress -> {
            Pipeline.Classification c = pipeline.classify(project, profile, progress);
            ProjectStore.audit(dir, "classify", profile + " " + c.counts());
            return c;
        }, c -> {
            wb.session().changed();
            wb.status(t("classify.done", c.assets(), c.profileId(), c.anyUs()));
        });
    }

    /** Proposes replacements from every installed catalog. */
    public void match() {
        Project project = wb.session().project();
        String profile = project.getProfileId();
        if (profile == null) {
            wb.error(new OrigoException(UiMessages.text("classify.first")));
            return;
        }
        Pipeline pipeline = wb.services().pipeline();
        Path dir = wb.session().folder();
        wb.run(t("run.match"), progress -> {
            List<String> problems = new ArrayList<>();
            List<Catalog> catalogs = pipeline.loadCatalogs(null, problems);
            int n = pipeline.match(project, profile, catalogs, MatchPolicy.defaults(), progress);
            ProjectStore.audit(dir, "match", catalogs.size() + " catalogs, " + n + " assets");
            return new int[] { n, catalogs.size(), problems.size() };
        }, r -> {
            wb.session().changed();
            wb.status(t("match.done", r[0], r[1], r[2]));
        });
    }

    /** Computes the directive plan (30/50/20 from this year) and makes it the project's plan. */
    public void plan() {
        Project project = wb.session().project();
        if (project.getProfileId() == null) {
            wb.error(new OrigoException(UiMessages.text("classify.first")));
            return;
        }
        plan(PlanRequest.directive(project.getProfileId(), Year.now().getValue()));
    }

    public void plan(PlanRequest request) {
        Project project = wb.session().project();
        Pipeline pipeline = wb.services().pipeline();
        Path dir = wb.session().folder();
        wb.run(t("run.plan"), progress -> {
            Plan plan = pipeline.plan(project, request, progress);
            ProjectStore.audit(dir, "plan", request.shares() + " from " + request.firstYear());
            return plan;
        }, plan -> {
            if (confirmReplacePlan()) {
                wb.operations().execute(new org.origo.ui.internal.ops.ReplacePlanOperation(wb, project, plan, UiMessages.text("op.plan")));
                wb.status(t("plan.done", plan.getItems().size(), plan.getPhases().size()));
            }
        });
    }

    /** Writes a report in a format the user picks into a folder the user picks. */
    public void report() {
        List<Contributions.Entry<ReportRenderer>> renderers = contributions().renderers();
        if (renderers.isEmpty()) {
            wb.error(new OrigoException(UiMessages.text("no.renderers")));
            return;
        }
        List<String> labels = new ArrayList<>();
        for (var e : renderers) {
            labels.add(e.id() + " — " + UiMessages.in(e.service().label()));
        }
        int i = new ChoiceDialog(wb.getShell(), t("run.report"), t("choose.format"), labels, 0).choose();
        if (i < 0) {
            return;
        }
        DirectoryDialog d = new DirectoryDialog(wb.getShell());
        d.setText(t("choose.output"));
        String out = d.open();
        if (out != null) {
            report(renderers.get(i).id(), Path.of(out));
        }
    }

    public void report(String format, Path out) {
        Project project = wb.session().project();
        Pipeline pipeline = wb.services().pipeline();
        Locale locale = UiMessages.locale();
        wb.run(t("run.report"), progress -> {
            progress.begin(UiMessages.text("run.report"), -1);
            return pipeline.report(project, format, new ReportRequest(out, locale, project.getProfileId(), Set.of()));
        }, files -> wb.status(t("report.done", files.size(), out)));
    }
}
