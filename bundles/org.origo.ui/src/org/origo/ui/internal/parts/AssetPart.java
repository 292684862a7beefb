package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.origin.api.OriginProfile;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.inventory.InventoryIndex;
import org.origo.ui.internal.widgets.VirtualGrid;

/**
 * Assets, each in its own tab: what it is (the id and the rest selectable and copyable), the
 * verdict with its reason wrapped to the window, one row per component with its origin and the
 * action it needs, Override / Remove Override, and below the components, origin facts and software.
 */
public final class AssetPart implements Part {

    public static final String ID = "asset";

    private Workbench wb;
    private CTabFolder tabs;
    private Label empty;
    private final List<Asset> assets = new ArrayList<>();
    private final List<View> views = new ArrayList<>();

    /** The widgets of one asset's tab. */
    private final class View {
        final Asset asset;
        Text header;
        StyledText explanation;
        VirtualGrid breakdown;
        VirtualGrid components;
        VirtualGrid origins;
        VirtualGrid software;
        final List<String> lines = new ArrayList<>();
        final List<ComponentActions.Row> rows = new ArrayList<>();

        View(Asset asset) {
            this.asset = asset;
        }
    }

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
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        root.setLayout(gl);
        empty = new Label(root, SWT.WRAP);
        empty.setText(t("asset.none"));
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tabs = new CTabFolder(root, SWT.BORDER | SWT.CLOSE);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tabs.addListener(SWT.Dispose, e -> views.clear());
        tabs.addCTabFolder2Listener(new org.eclipse.swt.custom.CTabFolder2Adapter() {
            @Override
            public void close(org.eclipse.swt.custom.CTabFolderEvent event) {
                View v = (View) event.item.getData();
                views.remove(v);
                assets.remove(v.asset);
                event.item.getDisplay().asyncExec(() -> updateEmpty());
            }
        });
        List<Asset> reopen = new ArrayList<>(assets);
        assets.clear();
        for (Asset a : reopen) {
            show(a);
        }
        updateEmpty();
        return root;
    }

    private void updateEmpty() {
        if (empty == null || empty.isDisposed()) {
            return;
        }
        boolean none = views.isEmpty();
        empty.setVisible(none);
        ((GridData) empty.getLayoutData()).exclude = !none;
        empty.getParent().layout();
    }

    /** Shows an asset in its own tab (brought to front when already open); null does nothing. */
    public void show(Asset a) {
        if (a == null) {
            return;
        }
        if (!assets.contains(a)) {
            assets.add(a);
        }
        if (tabs == null || tabs.isDisposed()) {
            return;
        }
        for (CTabItem it : tabs.getItems()) {
            if (((View) it.getData()).asset == a) {
                tabs.setSelection(it);
                return;
            }
        }
        View v = new View(a);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setData(v);
        item.setText(a.getHostname() != null && !a.getHostname().isEmpty() ? a.getHostname() : a.getId());
        item.setControl(build(tabs, v));
        views.add(v);
        fill(v);
        tabs.setSelection(item);
        updateEmpty();
    }

    private Control build(Composite parent, View v) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        v.header = new Text(root, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        v.header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        button(buttons, "edit.override", () -> wb.commands().override());
        button(buttons, "edit.override.clear", () -> wb.commands().clearOverride());
        button(buttons, "asset.copy.id", () -> copyId(v));
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        SashForm top = new SashForm(sash, SWT.HORIZONTAL);
        v.explanation = new StyledText(group(top, "asset.explanation"), SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        v.explanation.setMargins(6, 4, 6, 4);
        v.explanation.setWordWrap(true);
        v.breakdown = table(group(top, "asset.breakdown"), "col.component", "col.action", "col.verdict", "col.name",
                "col.origin");
        top.setWeights(new int[] { 45, 55 });
        SashForm bottom = new SashForm(sash, SWT.HORIZONTAL);
        v.components = table(group(bottom, "asset.components"), "col.kind", "col.vendor", "col.raw.vendor", "col.product",
                "col.model", "col.version", "col.architecture", "col.ids");
        v.origins = table(group(bottom, "asset.origins"), "col.component", "col.role", "col.party", "col.country",
                "col.source", "col.confidence", "col.note");
        v.software = table(group(bottom, "asset.software"), "col.name", "col.publisher", "col.version", "col.category");
        bottom.setWeights(new int[] { 40, 35, 25 });
        sash.setWeights(new int[] { 60, 40 });
        Menu menu = new Menu(v.breakdown);
        InventoryPart.item(menu, "edit.override", () -> wb.commands().override());
        InventoryPart.item(menu, "edit.override.clear", () -> wb.commands().clearOverride());
        InventoryPart.item(menu, "asset.copy.id", () -> copyId(v));
        InventoryPart.item(menu, "edit.copy", () -> wb.commands().copy());
        v.breakdown.setMenu(menu);
        Menu menu2 = new Menu(v.explanation);
        InventoryPart.item(menu2, "edit.override", () -> wb.commands().override());
        InventoryPart.item(menu2, "asset.copy.id", () -> copyId(v));
        InventoryPart.item(menu2, "edit.copy", () -> v.explanation.copy());
        v.explanation.setMenu(menu2);
        return root;
    }

    private static void button(Composite parent, String key, Runnable r) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(UiMessages.plain(t(key)));
        b.setToolTipText(t(key + ".tip"));
        b.addListener(SWT.Selection, e -> r.run());
    }

    private void copyId(View v) {
        org.eclipse.swt.dnd.Clipboard cb = new org.eclipse.swt.dnd.Clipboard(wb.display());
        try {
            cb.setContents(new Object[] { v.asset.getId() },
                    new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
        } finally {
            cb.dispose();
        }
        wb.status(t("asset.id.copied", v.asset.getId()));
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

    private void fill(View v) {
        Asset a = v.asset;
        List<String[]> comps = new ArrayList<>();
        List<String[]> facts = new ArrayList<>();
        List<String[]> soft = new ArrayList<>();
        v.lines.clear();
        v.header.setText(t("asset.header", nz(a.getId()), nz(a.getHostname()), nz(a.getSerial()),
                t("kind." + a.getKind().getLiteral()), nz(a.getSite()), nz(a.getDepartment()), nz(a.getOwner()),
                String.join("; ", a.getSources())));
        fillExplanation(v);
        for (Component c : a.getComponents()) {
            comps.add(new String[] { t("component." + c.getKind().getLiteral()), nz(c.getVendor()), nz(c.getRawVendor()),
                    nz(c.getProduct()), nz(c.getModel()), nz(c.getVersion()), join(c.getArchitecture(), c.getAbi()),
                    join(c.getVendorId(), c.getDeviceId()) });
            addOrigins(facts, t("component." + c.getKind().getLiteral()) + " "
                    + nz(c.getProduct() != null ? c.getProduct() : c.getVendor()), c.getOrigin());
        }
        for (SoftwareInstall si : a.getSoftware()) {
            SoftwareTitle st = si.getTitle();
            if (st == null) {
                continue;
            }
            soft.add(new String[] { nz(st.getName()), nz(st.getPublisher()), nz(st.getVersion()),
                    st.getCategory() == null ? "" : t("category." + st.getCategory().getLiteral()) });
            addOrigins(facts, nz(st.getName()), st.getOrigin());
        }
        StringBuilder sb = new StringBuilder();
        for (String l : v.lines) {
            sb.append(l).append('\n');
        }
        v.explanation.setText(sb.toString());
        if (!v.lines.isEmpty()) {
            org.eclipse.swt.custom.StyleRange bold = new org.eclipse.swt.custom.StyleRange();
            bold.start = 0;
            bold.length = v.lines.get(0).length();
            bold.fontStyle = SWT.BOLD;
            v.explanation.setStyleRange(bold);
        }
        List<String[]> br = new ArrayList<>();
        for (ComponentActions.Row r : v.rows) {
            br.add(new String[] { t(r.kindKey()), t(r.actionKey()),
                    r.outcome() == null ? "" : t("verdict." + r.outcome().getLiteral()), r.name(),
                    r.origin().isEmpty() ? t("origin.unknown") : r.origin() });
        }
        v.breakdown.setRows(br);
        v.components.setRows(comps);
        v.origins.setRows(facts);
        v.software.setRows(soft);
        for (VirtualGrid g : new VirtualGrid[] { v.breakdown, v.components, v.origins, v.software }) {
            g.pack();
        }
        v.header.getParent().layout();
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

    private void fillExplanation(View v) {
        Asset a = v.asset;
        String profile = wb.session().project() == null ? null : wb.session().project().getProfileId();
        Verdict verdict = InventoryIndex.verdictOf(a, profile);
        v.rows.clear();
        if (verdict == null) {
            v.lines.add(t("asset.not.classified"));
            return;
        }
        v.lines.add(t("asset.verdict", t("verdict." + verdict.getOutcome().getLiteral()), nz(verdict.getProfileId()),
                verdict.isAnyUs() ? t("us.yes") : t("us.no"), verdict.isOverride() ? t("asset.override") : ""));
        OriginProfile p = profile == null ? null : wb.services().contributions().profile(profile).orElse(null);
        v.rows.addAll(ComponentActions.of(a, p));
        List<String> todo = new ArrayList<>();
        for (ComponentActions.Row r : v.rows) {
            if (r.outcome() == org.origo.model.VerdictOutcome.REPLACE || r.outcome() == org.origo.model.VerdictOutcome.REVIEW) {
                todo.add(t("asset.todo.item", t(r.actionKey()), r.name()));
            }
        }
        if (!todo.isEmpty()) {
            v.lines.add("");
            v.lines.add(t("asset.todo"));
            for (String s : todo) {
                v.lines.add("  • " + s);
            }
        }
        v.lines.add("");
        v.lines.add(t("asset.reasons"));
        String reason = UiMessages.pick(verdict.getReasonEn(), verdict.getReasonZh());
        for (String item : reasonItems(reason)) {
            v.lines.add("  • " + item);
        }
        v.lines.add("");
        v.lines.add(t("asset.rules", verdict.getRuleIds().size()) + " " + String.join(", ", verdict.getRuleIds()));
        if (!verdict.getFindings().isEmpty()) {
            v.lines.add(t("asset.findings", verdict.getFindings().size()));
            for (String f : verdict.getFindings()) {
                v.lines.add("  • " + f);
            }
        }
    }

    /** The reason cut into its items: one per rule decision ("... [rule-id]; ..."). */
    static List<String> reasonItems(String reason) {
        List<String> out = new ArrayList<>();
        for (String line : reason.split("\\R")) {
            for (String part : line.split("(?<=\\])[;.] |(?<=］)[；。]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private View current() {
        if (tabs == null || tabs.isDisposed() || tabs.getSelection() == null) {
            return null;
        }
        return (View) tabs.getSelection().getData();
    }

    /** The explanation of the asset in front, line by line (without bullets). */
    public List<String> explanationLines() {
        View v = current();
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String l : v.lines) {
                String s = l.strip();
                out.add(s.startsWith("• ") ? s.substring(2) : s);
            }
        }
        return out;
    }

    /** The per-component breakdown of the asset in front. */
    public List<ComponentActions.Row> breakdownRows() {
        View v = current();
        return v == null ? List.of() : List.copyOf(v.rows);
    }

    public VirtualGrid breakdown() {
        View v = current();
        return v == null ? null : v.breakdown;
    }

    public StyledText explanation() {
        View v = current();
        return v == null ? null : v.explanation;
    }

    public VirtualGrid components() {
        View v = current();
        return v == null ? null : v.components;
    }

    public VirtualGrid origins() {
        View v = current();
        return v == null ? null : v.origins;
    }

    public VirtualGrid software() {
        View v = current();
        return v == null ? null : v.software;
    }

    public Text header() {
        View v = current();
        return v == null ? null : v.header;
    }

    /** The asset in front, or null. */
    public Asset asset() {
        View v = current();
        return v == null ? null : v.asset;
    }

    /** The assets open, in tab order. */
    public List<Asset> openAssets() {
        List<Asset> out = new ArrayList<>();
        if (tabs != null && !tabs.isDisposed()) {
            for (CTabItem it : tabs.getItems()) {
                out.add(((View) it.getData()).asset);
            }
        }
        return out;
    }

    @Override
    public List<Asset> selectedAssets() {
        Asset a = asset();
        return a == null ? List.of() : List.of(a);
    }

    @Override
    public String copyText() {
        View v = current();
        if (v == null) {
            return null;
        }
        if (v.explanation.getSelectionCount() > 0) {
            return v.explanation.getSelectionText();
        }
        return v.asset.getId();
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
        if (tabs == null || tabs.isDisposed()) {
            return;
        }
        for (View v : new ArrayList<>(views)) {
            if (!v.header.isDisposed()) {
                fill(v);
            }
        }
    }

    @Override
    public void dispose() {
        views.clear();
    }
}
