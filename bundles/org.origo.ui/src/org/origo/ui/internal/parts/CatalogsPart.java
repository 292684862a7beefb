package org.origo.ui.internal.parts;

import static org.origo.ui.internal.i18n.UiMessages.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.origo.api.OrigoException;
import org.origo.catalog.api.ReplacementCatalog;
import org.origo.core.Contributions;
import org.origo.core.Guard;
import org.origo.model.Catalog;
import org.origo.model.CatalogProduct;
import org.origo.ui.internal.Part;
import org.origo.ui.internal.Workbench;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.widgets.VirtualGrid;

/**
 * The installed replacement catalogs and their products, filtered by category, architecture and
 * vendor. Catalogs are loaded through the core's guard (a failing catalog is shown as failed and
 * the others stay); the list follows bundles being installed and uninstalled.
 */
public final class CatalogsPart implements Part {

    public static final String ID = "catalogs";

    /** One catalog as loaded: its products or why it failed. */
    public record Loaded(String id, String label, String vendor, String bundle, Catalog catalog, String error) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "origo-catalog-load");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private Workbench wb;
    private VirtualGrid catalogs;
    private VirtualGrid products;
    private Combo category;
    private Combo architecture;
    private Combo vendor;
    private Label count;
    private List<Loaded> loaded = List.of();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "view.catalogs";
    }

    @Override
    public Control createControl(Composite parent, Workbench workbench) {
        this.wb = workbench;
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        catalogs = table(sash, "col.catalog", "col.label", "col.vendor", "col.bundle", "col.status");
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        // the filter row wraps instead of clipping; long values (architecture lists) do not widen it
        Composite bar = new Composite(bottom, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        org.eclipse.swt.layout.RowLayout rl = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        rl.wrap = true;
        rl.center = true;
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        rl.spacing = 8;
        bar.setLayout(rl);
        category = combo(bar, "filter.category");
        architecture = combo(bar, "filter.architecture");
        vendor = combo(bar, "filter.vendor");
        count = new Label(bar, SWT.NONE);
        products = table(bottom, "col.product.id", "col.vendor", "col.name", "col.category", "col.architecture",
                "col.cpu.platform", "col.certified.os", "col.price", "col.lead.time");
        products.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(new int[] { 30, 70 });
        return sash;
    }

    private Combo combo(Composite bar, String key) {
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayout gl = new GridLayout(2, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        pair.setLayout(gl);
        new Label(pair, SWT.NONE).setText(t(key));
        Combo c = new Combo(pair, SWT.READ_ONLY);
        GridData cd = new GridData();
        cd.widthHint = 170;
        c.setLayoutData(cd);
        c.setItems(t("filter.all"));
        c.select(0);
        c.addListener(SWT.Selection, e -> showProducts());
        return c;
    }

    private static VirtualGrid table(Composite parent, String... keys) {
        String[] titles = new String[keys.length];
        int[] widths = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            titles[i] = t(keys[i]);
            widths[i] = 120;
        }
        return VirtualGrid.create(parent, titles, widths);
    }

    @Override
    public void refresh() {
        if (catalogs == null || catalogs.isDisposed()) {
            return;
        }
        Contributions registry = wb.services().contributions();
        List<Contributions.Entry<ReplacementCatalog>> entries = registry.catalogs();
        int gen = generation.incrementAndGet();
        pending.incrementAndGet();
        worker.execute(() -> {
            List<Loaded> result = new ArrayList<>();
            try {
                for (Contributions.Entry<ReplacementCatalog> e : entries) {
                    String label;
                    try {
                        label = UiMessages.in(e.service().label());
                    } catch (RuntimeException ex) {
                        label = e.id();
                    }
                    Object vendorProp = e.properties().get(ReplacementCatalog.PROP_VENDOR);
                    try {
                        Catalog c = Guard.callWithTimeout(registry, "catalog", e.id(), Guard.DEFAULT_TIMEOUT_SECONDS,
                                () -> e.service().load());
                        result.add(new Loaded(e.id(), label, vendorProp == null ? c.getVendor() : String.valueOf(vendorProp),
                                e.bundle(), c, null));
                    } catch (OrigoException ex) {
                        result.add(new Loaded(e.id(), label, vendorProp == null ? "" : String.valueOf(vendorProp), e.bundle(),
                                null, ex.describe(UiMessages.locale())));
                    }
                }
            } finally {
                wb.display().asyncExec(() -> {
                    try {
                        if (gen == generation.get() && !catalogs.isDisposed()) {
                            loaded = result;
                            show();
                        }
                    } finally {
                        pending.decrementAndGet();
                    }
                });
            }
        });
    }

    private void show() {
        List<String[]> rows = new ArrayList<>();
        TreeSet<String> cats = new TreeSet<>();
        TreeSet<String> archs = new TreeSet<>();
        TreeSet<String> vendors = new TreeSet<>();
        for (Loaded l : loaded) {
            String status = l.error() != null ? t("catalog.failed", l.error())
                    : t("catalog.loaded", l.catalog().getProducts().size());
            rows.add(new String[] { l.id(), l.label(), nz(l.vendor()), l.bundle(), status });
            if (l.catalog() != null) {
                for (CatalogProduct p : l.catalog().getProducts()) {
                    if (p.getCategory() != null) {
                        cats.add(t("pcat." + p.getCategory().getLiteral()));
                    }
                    if (p.getArchitecture() != null && !p.getArchitecture().isEmpty()) {
                        archs.add(p.getArchitecture());
                    }
                    if (p.getVendor() != null) {
                        vendors.add(p.getVendor());
                    }
                }
            }
        }
        catalogs.setRows(rows);
        catalogs.pack();
        refill(category, cats);
        refill(architecture, archs);
        refill(vendor, vendors);
        showProducts();
    }

    private static void refill(Combo c, TreeSet<String> values) {
        String sel = c.getSelectionIndex() > 0 ? c.getItem(c.getSelectionIndex()) : null;
        List<String> items = new ArrayList<>();
        items.add(t("filter.all"));
        items.addAll(values);
        c.setItems(items.toArray(String[]::new));
        int i = sel == null ? 0 : items.indexOf(sel);
        c.select(Math.max(0, i));
    }

    private static String selected(Combo c) {
        return c.getSelectionIndex() > 0 ? c.getItem(c.getSelectionIndex()) : null;
    }

    /** Selects a filter value by its text in one of the combos (category as its model literal, architecture, vendor). */
    public void setFilter(String cat, String arch, String vend) {
        select(category, cat == null ? null : t("pcat." + cat));
        select(architecture, arch);
        select(vendor, vend);
        showProducts();
    }

    private static void select(Combo c, String v) {
        int i = v == null ? 0 : c.indexOf(v);
        c.select(Math.max(0, i));
    }

    private void showProducts() {
        List<String[]> rows = new ArrayList<>();
        String cat = selected(category);
        String arch = selected(architecture);
        String vend = selected(vendor);
        int n = 0;
        for (Loaded l : loaded) {
            if (l.catalog() == null) {
                continue;
            }
            for (CatalogProduct p : l.catalog().getProducts()) {
                if (cat != null && (p.getCategory() == null || !cat.equals(t("pcat." + p.getCategory().getLiteral())))
                        || arch != null && !arch.equals(p.getArchitecture()) || vend != null && !vend.equals(p.getVendor())) {
                    continue;
                }
                String price = p.getPrice() <= 0 ? ""
                        : String.format(Locale.ROOT, "%,.0f %s%s", p.getPrice(), nz(p.getCurrency()),
                                p.isPriceIsSample() ? " " + t("price.sample") : "");
                rows.add(new String[] { nz(p.getId()), nz(p.getVendor()), UiMessages.pick(p.getNameEn(), p.getNameZh()),
                        p.getCategory() == null ? "" : t("pcat." + p.getCategory().getLiteral()),
                        join(p.getArchitecture(), p.getAbi()), nz(p.getCpuPlatform()), String.join(", ", p.getCertifiedOs()),
                        price, p.getLeadTimeDays() > 0 ? t("days", p.getLeadTimeDays()) : "" });
                n++;
            }
        }
        products.setRows(rows);
        products.pack();
        count.setText(t("catalog.count", n));
        count.getParent().layout();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return nz(b);
        }
        return b == null || b.isEmpty() ? a : a + " (" + b + ")";
    }

    public boolean settled() {
        return pending.get() == 0;
    }

    public VirtualGrid catalogs() {
        return catalogs;
    }

    public VirtualGrid products() {
        return products;
    }
}
