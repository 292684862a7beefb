package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.inventory.InventoryIndex;

/**
 * One asset: what it is, its components with their origin facts (each with source and
 * confidence), its software, and the verdict with the chain that explains it.
 */
public final class AssetPart implements Part {

    public static final String ID = "asset";

    private Workbench wb;
    private Label header;
    private Tree explanation;
    private Table components;
    private Table origins;
    private Table software;
    private Asset asset;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.asset";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        header = new Label(root, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        explanation = new Tree(group(top, "asset.explanation"), SWT.BORDER);
        components = table(group(top, "asset.components"), "col.kind", "col.vendor", "col.raw.vendor", "col.product",
                "col.model", "col.version", "col.architecture", "col.ids");
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        origins = table(group(bottom, "asset.origins"), "col.component", "col.role", "col.party", "col.country",
                "col.source", "col.confidence", "col.note");
        software = table(group(bottom, "asset.software"), "col.name", "col.publisher", "col.version", "col.category");
        show(asset);
        return root;
    }

    private static Composite group(Composite parent, String key) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(t(key));
        g.setLayout(new FillLayout());
        return g;
    }

    private static Table table(Composite parent, String... keys) {
        Table tb = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tb.setHeaderVisible(true);
        tb.setLinesVisible(true);
        for (String k : keys) {
            TableColumn c = new TableColumn(tb, SWT.LEFT);
            c.setText(t(k));
            c.setWidth(110);
        }
        return tb;
    }

    /** Shows an asset (null clears). */
    public void show(Asset a) {
        this.asset = a;
        if (header == null || header.isDisposed()) {
            return;
        }
        explanation.removeAll();
        components.removeAll();
        origins.removeAll();
        software.removeAll();
        if (a == null) {
            header.setText(t("asset.none"));
            return;
        }
        header.setText(t("asset.header", nz(a.getId()), nz(a.getHostname()), nz(a.getSerial()),
                t("kind." + a.getKind().getLiteral()), nz(a.getSite()), nz(a.getDepartment()), nz(a.getOwner()),
                String.join("; ", a.getSources())));
        fillExplanation(a);
        for (Component c : a.getComponents()) {
            TableItem it = new TableItem(components, SWT.NONE);
            String ids = join(c.getVendorId(), c.getDeviceId());
            it.setText(new String[] { c.getKind().getLiteral(), nz(c.getVendor()), nz(c.getRawVendor()), nz(c.getProduct()),
                    nz(c.getModel()), nz(c.getVersion()), join(c.getArchitecture(), c.getAbi()), ids });
            addOrigins(c.getKind().getLiteral() + " " + nz(c.getProduct() != null ? c.getProduct() : c.getVendor()),
                    c.getOrigin());
        }
        for (SoftwareInstall si : a.getSoftware()) {
            SoftwareTitle st = si.getTitle();
            if (st == null) {
                continue;
            }
            TableItem it = new TableItem(software, SWT.NONE);
            it.setText(new String[] { nz(st.getName()), nz(st.getPublisher()), nz(st.getVersion()),
                    st.getCategory() == null ? "" : st.getCategory().getLiteral() });
            addOrigins(nz(st.getName()), st.getOrigin());
        }
        for (Table tb : new Table[] { components, origins, software }) {
            for (TableColumn c : tb.getColumns()) {
                c.pack();
            }
        }
    }

    private void addOrigins(String what, OriginFacts facts) {
        if (facts == null) {
            return;
        }
        for (OriginFact f : facts.getFacts()) {
            TableItem it = new TableItem(origins, SWT.NONE);
            it.setText(new String[] { what, f.getRole() == null ? "" : t("role." + f.getRole().getLiteral()), nz(f.getParty()),
                    nz(f.getCountry()), nz(f.getSource()), String.format("%.2f", f.getConfidence()), nz(f.getNote()) });
        }
    }

    private void fillExplanation(Asset a) {
        String profile = wb.session().project() == null ? null : wb.session().project().getProfileId();
        Verdict v = InventoryIndex.verdictOf(a, profile);
        TreeItem root = new TreeItem(explanation, SWT.NONE);
        if (v == null) {
            root.setText(t("asset.not.classified"));
            return;
        }
        root.setText(t("asset.verdict", t("verdict." + v.getOutcome().getLiteral()), nz(v.getProfileId()),
                v.isAnyUs() ? t("us.yes") : t("us.no"), v.isOverride() ? t("asset.override") : ""));
        TreeItem reasons = new TreeItem(root, SWT.NONE);
        reasons.setText(t("asset.reasons"));
        String reason = UiMessages.pick(v.getReasonEn(), v.getReasonZh());
        for (String line : reason.split("\\R")) {
            if (!line.isBlank()) {
                new TreeItem(reasons, SWT.NONE).setText(line.trim());
            }
        }
        TreeItem rules = new TreeItem(root, SWT.NONE);
        rules.setText(t("asset.rules", v.getRuleIds().size()));
        for (String r : v.getRuleIds()) {
            new TreeItem(rules, SWT.NONE).setText(r);
        }
        TreeItem findings = new TreeItem(root, SWT.NONE);
        findings.setText(t("asset.findings", v.getFindings().size()));
        for (String f : v.getFindings()) {
            new TreeItem(findings, SWT.NONE).setText(f);
        }
        TreeItem facts = new TreeItem(root, SWT.NONE);
        facts.setText(t("asset.facts"));
        for (Component c : a.getComponents()) {
            if (c.getOrigin() == null) {
                continue;
            }
            for (OriginFact f : c.getOrigin().getFacts()) {
                new TreeItem(facts, SWT.NONE).setText(t("asset.fact", c.getKind().getLiteral(),
                        nz(c.getProduct() != null ? c.getProduct() : c.getVendor()),
                        f.getRole() == null ? "" : t("role." + f.getRole().getLiteral()), nz(f.getParty()), nz(f.getCountry()),
                        nz(f.getSource())));
            }
        }
        for (TreeItem it : new TreeItem[] { root, reasons, rules, findings, facts }) {
            it.setExpanded(true);
        }
    }

    /** The explanation chain as shown, one line per tree item, depth-first. */
    public java.util.List<String> explanationLines() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (TreeItem it : explanation.getItems()) {
            collect(it, out);
        }
        return out;
    }

    private static void collect(TreeItem it, java.util.List<String> out) {
        out.add(it.getText());
        for (TreeItem c : it.getItems()) {
            collect(c, out);
        }
    }

    public Table components() {
        return components;
    }

    public Table origins() {
        return origins;
    }

    public Table software() {
        return software;
    }

    public Label header() {
        return header;
    }

    public Asset asset() {
        return asset;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return nz(b);
        }
        return b == null || b.isEmpty() ? a : a + " / " + b;
    }

    @Override
    public void refresh() {
        if (header != null && !header.isDisposed()) {
            show(asset);
        }
    }
}
