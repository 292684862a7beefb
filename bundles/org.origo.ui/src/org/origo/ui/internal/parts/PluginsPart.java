package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.origo.core.Contributions;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.install.api.Change;
import org.origo.install.api.PluginInstaller;
import org.origo.install.api.TrustDecision;
import org.origo.ui.internal.services.TrustPrompt;
import org.origo.ui.internal.widgets.VirtualGrid;
import org.origo.ui.internal.i18n.UiMessages;
import org.osgi.framework.Bundle;

/**
 * Installed plug-ins with the contributions each provides (importers, profiles, catalogs,
 * renderers ...), their state and failures; install from a jar or a p2 repository, uninstall.
 * Every other part refreshes through the service events these changes cause.
 */
public final class PluginsPart implements Part {

    public static final String ID = "plugins";

    private Workbench wb;
    private VirtualGrid bundles;
    private VirtualGrid contributions;
    private List<String> bundleNames = List.of();
    private Button uninstall;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.plugins";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        button(bar, "plugins.install.jar", () -> {
            FileDialog d = new FileDialog(root.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.jar;*.zip", "*" });
            String f = d.open();
            if (f != null) {
                install(Path.of(f));
            }
        });
        button(bar, "plugins.install.repo", () -> {
            DirectoryDialog d = new DirectoryDialog(root.getShell());
            String f = d.open();
            if (f != null) {
                install(Path.of(f));
            }
        });
        uninstall = button(bar, "plugins.uninstall", () -> {
            String name = selectedBundle();
            if (name != null && MessageDialog.openQuestion(root.getShell(), t("plugins.uninstall"),
                    t("plugins.uninstall.confirm", name))) {
                uninstall(name);
            }
        });
        button(bar, "plugins.refresh", this::refresh);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bundles = table(sash, "col.bundle", "col.version", "col.state", "col.contributions", "col.problems");
        contributions = table(sash, "col.kind", "col.id", "col.bundle", "col.properties", "col.status");
        bundles.addSelectionListener(this::showContributions);
        sash.setWeights(new int[] { 55, 45 });
        return root;
    }

    private static Button button(Composite bar, String key, Runnable r) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(t(key));
        b.addListener(SWT.Selection, e -> r.run());
        return b;
    }

    private static VirtualGrid table(Composite parent, String... keys) {
        String[] titles = new String[keys.length];
        int[] widths = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            titles[i] = t(keys[i]);
            widths[i] = 140;
        }
        return VirtualGrid.create(parent, titles, widths);
    }

    private String selectedBundle() {
        int[] sel = bundles.getSelectionIndices();
        return sel.length == 0 || sel[0] >= bundleNames.size() ? null : bundleNames.get(sel[0]);
    }

    /** Asked when bundles are unsigned or signed by an untrusted signer; the trust dialog unless set otherwise. */
    private TrustDecision trustDecision;

    public void trustDecision(TrustDecision decision) {
        this.trustDecision = decision;
    }

    /** The one plug-in installer (shared with the command line), or an error naming what is missing. */
    private PluginInstaller installer() throws org.origo.api.OrigoException {
        org.osgi.framework.BundleContext ctx = wb.services().context();
        org.osgi.framework.ServiceReference<PluginInstaller> ref = ctx.getServiceReference(PluginInstaller.class);
        if (ref == null) {
            Bundle b = org.osgi.framework.FrameworkUtil.getBundle(PluginInstaller.class);
            try {
                if (b != null) {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                }
            } catch (org.osgi.framework.BundleException e) {
                // reported below
            }
            ref = ctx.getServiceReference(PluginInstaller.class);
        }
        PluginInstaller i = ref == null ? null : ctx.getService(ref);
        if (i == null) {
            throw new org.origo.api.OrigoException(UiMessages.text("install.no.installer"));
        }
        return i;
    }

    /** Installs in the background; the tables follow through the service events. */
    public void install(Path source) {
        TrustDecision decision = trustDecision != null ? trustDecision : new TrustPrompt(wb.getShell());
        wb.run(t("plugins.install.job", source), progress -> installer().install(source, decision), installed -> {
            List<String> names = new ArrayList<>();
            for (Change c : installed) {
                names.add(c.symbolicName() + " " + c.to());
            }
            wb.status(t("plugins.installed", String.join(", ", names)));
            refresh();
        });
    }

    public void uninstall(String symbolicName) {
        wb.run(t("plugins.uninstall.job", symbolicName), progress -> {
            installer().uninstall(symbolicName);
            return symbolicName;
        }, name -> {
            wb.status(t("plugins.uninstalled", name));
            refresh();
        });
    }

    @Override
    public void refresh() {
        if (bundles == null || bundles.isDisposed()) {
            return;
        }
        String selected = selectedBundle();
        Contributions registry = wb.services().contributions();
        Map<String, Integer> counts = new TreeMap<>();
        for (Contributions.Entry<?> e : registry.all()) {
            counts.merge(e.bundle(), 1, Integer::sum);
        }
        Map<String, org.origo.api.Text> failures = registry.failureTexts();
        Map<String, org.origo.api.Text> warnings = registry.warnings();
        java.util.Set<String> plugins = new java.util.HashSet<>();
        try {
            plugins.addAll(installer().installed());
        } catch (org.origo.api.OrigoException e) {
            // without the installer every bundle is the product's own
        }
        List<String[]> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int selectedRow = -1;
        Bundle[] all = wb.services().context().getBundles();
        java.util.Arrays.sort(all, java.util.Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
        for (Bundle b : all) {
            String name = b.getSymbolicName();
            if (name == null) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            for (Contributions.Entry<?> e : registry.all()) {
                if (!name.equals(e.bundle())) {
                    continue;
                }
                String key = e.kind() + ":" + e.id();
                if (failures.containsKey(key)) {
                    problems.add(e.kind() + " " + e.id() + ": " + UiMessages.in(failures.get(key)));
                } else if (warnings.containsKey(key)) {
                    problems.add(e.kind() + " " + e.id() + ": " + t("contribution.warning", UiMessages.in(warnings.get(key))));
                }
            }
            if (b.getState() == Bundle.INSTALLED) {
                problems.add(t("plugins.unresolved"));
            }
            int n = counts.getOrDefault(name, 0);
            if (name.equals(selected)) {
                selectedRow = rows.size();
            }
            rows.add(new String[] { name, b.getVersion().toString(), state(b) + (plugins.contains(name + " " + b.getVersion()) ? "" : " " + t("plugins.protected")),
                    n == 0 ? "" : String.valueOf(n), String.join("; ", problems) });
            names.add(name);
        }
        bundleNames = names;
        bundles.setRows(rows);
        bundles.pack();
        if (selectedRow >= 0) {
            bundles.setSelection(new int[] { selectedRow });
        }
        showContributions();
    }

    private static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> t("state.active");
            case Bundle.RESOLVED -> t("state.resolved");
            case Bundle.STARTING -> t("state.starting");
            case Bundle.STOPPING -> t("state.stopping");
            case Bundle.INSTALLED -> t("state.installed");
            default -> t("state.uninstalled");
        };
    }

    private void showContributions() {
        List<String[]> rows = new ArrayList<>();
        String selected = selectedBundle();
        Contributions registry = wb.services().contributions();
        Map<String, org.origo.api.Text> failures = registry.failureTexts();
        Map<String, org.origo.api.Text> warnings = registry.warnings();
        for (Contributions.Entry<?> e : registry.all()) {
            if (selected != null && !selected.equals(e.bundle())) {
                continue;
            }
            Map<String, Object> props = new TreeMap<>();
            for (Map.Entry<String, Object> p : e.properties().entrySet()) {
                if (p.getKey().startsWith("origo.")) {
                    Object v = p.getValue();
                    props.put(p.getKey(), v instanceof String[] arr ? String.join(",", arr) : v);
                }
            }
            org.origo.api.Text f = failures.get(e.kind() + ":" + e.id());
            org.origo.api.Text w = warnings.get(e.kind() + ":" + e.id());
            rows.add(new String[] { e.kind(), e.id(), e.bundle(), props.toString(),
                    f != null ? t("contribution.failed", UiMessages.in(f))
                            : w != null ? t("contribution.warning", UiMessages.in(w)) : t("contribution.ok") });
        }
        contributions.setRows(rows);
        contributions.pack();
        if (uninstall != null) {
            uninstall.setEnabled(selected != null);
        }
    }

    /** Selects a bundle row by symbolic name; false when it is not listed. */
    public boolean select(String symbolicName) {
        int i = bundleNames.indexOf(symbolicName);
        if (i < 0) {
            return false;
        }
        bundles.setSelection(new int[] { i });
        bundles.showRow(i);
        showContributions();
        return true;
    }

    public VirtualGrid bundles() {
        return bundles;
    }

    public VirtualGrid contributions() {
        return contributions;
    }
}
