package org.origo.report.tables;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.origo.model.Asset;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Severity;

/**
 * The figures a director presents: cost of the plan per phase (in yuan), phase × site and
 * phase × department with counts and costs, budget fit, the machines of each year, the import
 * problems by file and line, and source paths relative to the import root (a report never carries
 * the absolute paths of the machine that produced it).
 */
public final class Leadership {

    /** One phase: its year, target share (percent), planned assets and cost, budget (0 when none). */
    public record PhaseFigures(int index, int year, double targetShare, int count, double cost, double budget) {

        public boolean hasBudget() {
            return budget > 0;
        }

        /** Whether the planned cost stays within the budget (true when there is no budget). */
        public boolean fits() {
            return budget <= 0 || cost <= budget + 0.005;
        }
    }

    /** Count and cost of one cell of a phase × group table. */
    public static final class Cell {
        public int count;
        public double cost;
    }

    /** One planned machine: what the "machines of year N" lists show. */
    public record Machine(String assetId, String hostname, String kind, String user, String site, String department, String product,
            double cost, boolean estimate) {
    }

    /** The import problems of one source file. */
    public record FileProblems(String file, int errors, int warnings, List<ImportProblem> problems) {
    }

    private final List<PhaseFigures> phases = new ArrayList<>();
    private final Map<String, Cell[]> bySite = new TreeMap<>();
    private final Map<String, Cell[]> byDepartment = new TreeMap<>();
    private final Map<Integer, List<Machine>> machines = new LinkedHashMap<>();
    private final List<FileProblems> problems = new ArrayList<>();
    private final Path importRoot;
    private double totalCost;
    private double totalBudget;
    private int planned;
    private int problemCount;

    Leadership(ReportData d) {
        this.importRoot = importRoot(d.snapshot());
        Plan plan = d.plan();
        if (plan != null) {
            Map<Phase, Integer> slot = new HashMap<>();
            for (Phase ph : plan.getPhases()) {
                slot.put(ph, phases.size());
                phases.add(null);
            }
            int n = phases.size();
            int[] counts = new int[n];
            double[] costs = new double[n];
            Map<String, Asset> assets = new HashMap<>();
            for (Asset a : d.assets()) {
                assets.put(a.getId(), a);
            }
            for (PlanItem it : plan.getItems()) {
                Integer s = it.getPhase() == null ? null : slot.get(it.getPhase());
                if (s == null) {
                    continue;
                }
                counts[s]++;
                costs[s] += it.getCost();
                Asset a = it.getAsset() != null ? it.getAsset() : assets.get(it.getAssetId());
                String site = a == null ? "" : ReportData.nz(a.getSite());
                String dept = a == null ? "" : ReportData.nz(a.getDepartment());
                add(bySite, site, s, n, it.getCost());
                add(byDepartment, dept, s, n, it.getCost());
                machines.computeIfAbsent(it.getPhase().getYear(), k -> new ArrayList<>())
                        .add(new Machine(ReportData.nz(it.getAssetId()), a == null ? "" : ReportData.nz(a.getHostname()),
                                a == null || a.getKind() == null ? "" : a.getKind().getLiteral(), a == null ? "" : ReportData.nz(a.getOwner()),
                                site, dept, product(d, it), it.getCost(), org.origo.plan.tracking.PlanTexts.isEstimate(it)));
            }
            for (Phase ph : plan.getPhases()) {
                int s = slot.get(ph);
                phases.set(s, new PhaseFigures(ph.getIndex(), ph.getYear(), ph.getTargetShare(), counts[s], costs[s], ph.getBudget()));
                totalCost += costs[s];
                totalBudget += Math.max(0, ph.getBudget());
                planned += counts[s];
            }
            for (List<Machine> l : machines.values()) {
                l.sort((x, y) -> {
                    int c = x.site().compareTo(y.site());
                    return c != 0 ? c : x.hostname().compareTo(y.hostname());
                });
            }
        }
        InventorySnapshot snap = d.snapshot();
        if (snap != null) {
            Map<String, List<ImportProblem>> byFile = new TreeMap<>();
            for (ImportProblem p : snap.getProblems()) {
                byFile.computeIfAbsent(relative(p.getFile()), k -> new ArrayList<>()).add(p);
                problemCount++;
            }
            for (Map.Entry<String, List<ImportProblem>> e : byFile.entrySet()) {
                List<ImportProblem> l = e.getValue();
                l.sort((x, y) -> Long.compare(x.getLine(), y.getLine()));
                int errors = 0;
                for (ImportProblem p : l) {
                    if (p.getSeverity() == Severity.ERROR) {
                        errors++;
                    }
                }
                problems.add(new FileProblems(e.getKey(), errors, l.size() - errors, Collections.unmodifiableList(l)));
            }
        }
    }

    private static void add(Map<String, Cell[]> m, String key, int slot, int n, double cost) {
        Cell[] cells = m.computeIfAbsent(key, k -> {
            Cell[] c = new Cell[n];
            for (int i = 0; i < n; i++) {
                c[i] = new Cell();
            }
            return c;
        });
        cells[slot].count++;
        cells[slot].cost += cost;
    }

    /** The catalog product planned for an asset: the matched product's name, else its id. */
    private static String product(ReportData d, PlanItem it) {
        String id = ReportData.nz(it.getProductId());
        for (Match m : d.matches(ReportData.nz(it.getAssetId()))) {
            if (id.equals(m.getProductId())) {
                String name = ReportData.nz(m.getProductName());
                String vendor = ReportData.nz(m.getVendor());
                return name.isEmpty() ? id : vendor.isEmpty() || name.startsWith(vendor) ? name : vendor + " " + name;
            }
        }
        return id;
    }

    /** The deepest folder that holds every source file of the inventory (null when there is none). */
    static Path importRoot(InventorySnapshot snap) {
        if (snap == null) {
            return null;
        }
        Path root = null;
        for (String f : snap.getSourceFiles()) {
            Path p = parse(f);
            if (p == null || !p.isAbsolute()) {
                continue;
            }
            Path dir = p.getParent();
            if (dir == null) {
                continue;
            }
            if (root == null) {
                root = dir;
            } else {
                while (root != null && !dir.startsWith(root)) {
                    root = root.getParent();
                }
            }
        }
        return root;
    }

    private static Path parse(String f) {
        if (f == null || f.isBlank()) {
            return null;
        }
        try {
            // an entry inside an archive is written "archive.zip!/entry"
            int bang = f.indexOf("!/");
            return Path.of(bang >= 0 ? f.substring(0, bang) : f).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * A source path as the report shows it: relative to the import root. An absolute path outside
     * the root keeps only its file name, so no report names a folder of the machine it was made on.
     */
    public String relative(String source) {
        if (source == null || source.isEmpty()) {
            return "";
        }
        int bang = source.indexOf("!/");
        String tail = bang >= 0 ? source.substring(bang) : "";
        Path p = parse(source);
        if (p == null || !p.isAbsolute()) {
            return source;
        }
        String rel;
        if (importRoot != null && p.startsWith(importRoot) && !p.equals(importRoot)) {
            rel = importRoot.relativize(p).toString();
        } else {
            rel = p.getFileName() == null ? "" : p.getFileName().toString();
        }
        return rel.replace('\\', '/') + tail;
    }

    /** Several sources joined with ';', each relative to the import root. */
    public String relativeAll(List<String> sources) {
        StringBuilder b = new StringBuilder();
        for (String s : sources) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(relative(s));
        }
        return b.toString();
    }

    public List<PhaseFigures> phases() {
        return Collections.unmodifiableList(phases);
    }

    public double totalCost() {
        return totalCost;
    }

    /** The sum of the phases' budgets (0 when no phase has one). */
    public double totalBudget() {
        return totalBudget;
    }

    public int planned() {
        return planned;
    }

    /** Whether every phase with a budget stays within it. */
    public boolean fitsBudget() {
        for (PhaseFigures p : phases) {
            if (!p.fits()) {
                return false;
            }
        }
        return true;
    }

    /** Phase × site: count and cost per phase (in the order of {@link #phases()}), sites sorted by name. */
    public Map<String, Cell[]> bySite() {
        return Collections.unmodifiableMap(bySite);
    }

    public Map<String, Cell[]> byDepartment() {
        return Collections.unmodifiableMap(byDepartment);
    }

    /** The planned machines of each year, by site then hostname. */
    public Map<Integer, List<Machine>> machines() {
        return Collections.unmodifiableMap(machines);
    }

    /** Import problems of the reported inventory, by file (relative path), each by line. */
    public List<FileProblems> problems() {
        return Collections.unmodifiableList(problems);
    }

    public int problemCount() {
        return problemCount;
    }
}
