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

    public Commands(Workbench wb) {
        this.wb = wb;
        add("file.new", this::newProject);
        add("file.open", this::openProject);
        add("file.save", () -> wb.save(null));
        add("file.import", this::importWizard);
        add("file.exit", wb::close);
        add("run.classify", this::classify);
        add("run.match", this::match);
        add("run.plan", this::plan);
        add("run.report", this::report);
        add("run.cancel", () -> wb.jobs().cancelCurrent());
        for (String part : List.of("inventory", "asset", "dashboard", "plan", "catalogs", "plugins")) {
            add("view." + part, () -> wb.showPart(part));
        }
        add("help.about", () -> MessageDialog.openInformation(wb.getShell(), t("help.about"), t("about.text")));
        Action en = new Action("English", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    UiMessages.setLocale(Locale.ENGLISH);
                }
            }
        };
        en.setId("lang.en");
        Action zh = new Action("简体中文", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
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
        bar.add(menu("menu.file", "file.new", "file.open", "file.save", null, "file.import", null, "file.exit"));
        bar.add(menu("menu.run", "run.classify", "run.match", "run.plan", "run.report", null, "run.cancel"));
        bar.add(menu("menu.view", "view.inventory", "view.asset", "view.dashboard", "view.plan", "view.catalogs",
                "view.plugins"));
        bar.add(menu("menu.language", "lang.en", "lang.zh"));
        bar.add(menu("menu.help", "help.about"));
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
                a.setText(t(a.getId()));
                a.setToolTipText(t(a.getId() + ".tip"));
            }
        }
        langActions.get(0).setChecked(!UiMessages.chinese());
        langActions.get(1).setChecked(UiMessages.chinese());
    }

    /** Enables commands by state: a project open, no job running. */
    public void update() {
        boolean open = wb.session().isOpen();
        boolean busy = wb.jobs().busy();
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
        if (!wb.session().isOpen()) {
            return Window.CANCEL;
        }
        ImportWizard wizard = new ImportWizard(wb);
        WizardDialog d = new WizardDialog(wb.getShell(), wizard);
        d.setPageSize(820, 480);
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
            project.setPlan(plan);
            wb.session().changed();
            wb.status(t("plan.done", plan.getItems().size(), plan.getPhases().size()));
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
