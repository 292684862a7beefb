package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
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
import org.origo.ui.internal.widgets.VirtualGrid;

/**
 * One asset: what it is, its components with their origin facts (each with source and
 * confidence), its software, and the verdict with the chain that explains it.
 */
public final class AssetPart implements Part {

    public static final String ID = "asset";

    private Workbench wb;
    private Label header;
    private VirtualGrid explanation;
    private VirtualGrid components;
    private VirtualGrid origins;
    private VirtualGrid software;
    private final List<String> lines = new ArrayList<>();
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
        explanation = VirtualGrid.create(group(top, "asset.explanation"), new String[] { t("asset.explanation") },
                new int[] { 900 });
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

    private static VirtualGrid table(Composite parent, String... keys) {
        String[] titles = new String[keys.length];
        int[] widths = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            titles[i] = t(keys[i]);
            widths[i] = 110;
        }
        return VirtualGrid.create(parent, titles, widths);
    }

    /** Shows an asset (null clears). */
    public void show(Asset a) {
        this.asset = a;
        if (header == null || header.isDisposed()) {
            return;
        }
        List<String[]> comps = new ArrayList<>();
        List<String[]> facts = new ArrayList<>();
        List<String[]> soft = new ArrayList<>();
        lines.clear();
        if (a == null) {
            header.setText(t("asset.none"));
        } else {
            header.setText(t("asset.header", nz(a.getId()), nz(a.getHostname()), nz(a.getSerial()),
                    t("kind." + a.getKind().getLiteral()), nz(a.getSite()), nz(a.getDepartment()), nz(a.getOwner()),
                    String.join("; ", a.getSources())));
            fillExplanation(a);
            for (Component c : a.getComponents()) {
                comps.add(new String[] { c.getKind().getLiteral(), nz(c.getVendor()), nz(c.getRawVendor()), nz(c.getProduct()),
                        nz(c.getModel()), nz(c.getVersion()), join(c.getArchitecture(), c.getAbi()),
                        join(c.getVendorId(), c.getDeviceId()) });
                addOrigins(facts, c.getKind().getLiteral() + " " + nz(c.getProduct() != null ? c.getProduct() : c.getVendor()),
                        c.getOrigin());
            }
            for (SoftwareInstall si : a.getSoftware()) {
                SoftwareTitle st = si.getTitle();
                if (st == null) {
                    continue;
                }
                soft.add(new String[] { nz(st.getName()), nz(st.getPublisher()), nz(st.getVersion()),
                        st.getCategory() == null ? "" : st.getCategory().getLiteral() });
                addOrigins(facts, nz(st.getName()), st.getOrigin());
            }
        }
        List<String[]> expl = new ArrayList<>();
        for (String l : lines) {
            expl.add(new String[] { l });
        }
        explanation.setRows(expl);
        components.setRows(comps);
        origins.setRows(facts);
        software.setRows(soft);
        for (VirtualGrid g : new VirtualGrid[] { components, origins, software }) {
            g.pack();
        }
        header.getParent().layout();
    }

    private static void addOrigins(List<String[]> out, String what, OriginFacts facts) {
        if (facts == null) {
            return;
        }
        for (OriginFact f : facts.getFacts()) {
            out.add(new String[] { what, f.getRole() == null ? "" : t("role." + f.getRole().getLiteral()), nz(f.getParty()),
                    nz(f.getCountry()), nz(f.getSource()), String.format("%.2f", f.getConfidence()), nz(f.getNote()) });
        }
    }

    private void line(int depth, String text) {
        lines.add("    ".repeat(depth) + text);
    }

    private void fillExplanation(Asset a) {
        String profile = wb.session().project() == null ? null : wb.session().project().getProfileId();
        Verdict v = InventoryIndex.verdictOf(a, profile);
        if (v == null) {
            line(0, t("asset.not.classified"));
            return;
        }
        line(0, t("asset.verdict", t("verdict." + v.getOutcome().getLiteral()), nz(v.getProfileId()),
                v.isAnyUs() ? t("us.yes") : t("us.no"), v.isOverride() ? t("asset.override") : ""));
        line(1, t("asset.reasons"));
        String reason = UiMessages.pick(v.getReasonEn(), v.getReasonZh());
        for (String l : reason.split("\\R")) {
            if (!l.isBlank()) {
                line(2, l.trim());
            }
        }
        line(1, t("asset.rules", v.getRuleIds().size()));
        for (String r : v.getRuleIds()) {
            line(2, r);
        }
        line(1, t("asset.findings", v.getFindings().size()));
        for (String f : v.getFindings()) {
            line(2, f);
        }
        line(1, t("asset.facts"));
        for (Component c : a.getComponents()) {
            if (c.getOrigin() == null) {
                continue;
            }
            for (OriginFact f : c.getOrigin().getFacts()) {
                line(2, t("asset.fact", c.getKind().getLiteral(), nz(c.getProduct() != null ? c.getProduct() : c.getVendor()),
                        f.getRole() == null ? "" : t("role." + f.getRole().getLiteral()), nz(f.getParty()), nz(f.getCountry()),
                        nz(f.getSource())));
            }
        }
    }

    /** The explanation chain as shown, one line per entry (without indentation). */
    public List<String> explanationLines() {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.trim());
        }
        return out;
    }

    public VirtualGrid components() {
        return components;
    }

    public VirtualGrid origins() {
        return origins;
    }

    public VirtualGrid software() {
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
