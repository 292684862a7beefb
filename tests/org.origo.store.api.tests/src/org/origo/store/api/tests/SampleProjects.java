package org.origo.store.api.tests;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ImportProblem;
import org.origo.model.InventorySnapshot;
import org.origo.model.Match;
import org.origo.model.MergeRecord;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoFactory;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.Property;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;

/**
 * Projects for store tests in which every attribute of every stored class carries a value of its
 * own (filled by reflection, so an attribute added to the model is covered without editing this
 * class), with shared titles and origins, matches and plan items referring to assets.
 */
public final class SampleProjects {

    private static final OrigoFactory F = OrigoFactory.eINSTANCE;

    private SampleProjects() {
    }

    /** A project with {@code snapshots} snapshots of {@code assets} assets each. */
    public static Project rich(int snapshots, int assets) {
        int[] seq = { 1 };
        Project p = fill(F.createProject(), seq);
        p.getSettings().add(property("store.sample", "yes"));
        p.getSettings().add(property("plan.basis", "count"));
        OriginFacts[] origins = new OriginFacts[3];
        for (int i = 0; i < origins.length; i++) {
            OriginFacts o = fill(F.createOriginFacts(), seq);
            o.setKey("origin-" + i);
            for (int k = 0; k <= i; k++) {
                o.getFacts().add(fill(F.createOriginFact(), seq));
            }
            origins[i] = o;
            p.getOrigins().add(o);
        }
        // an origin the project's list does not hold but a component refers to
        OriginFacts detached = fill(F.createOriginFacts(), seq);
        detached.setKey("detached");
        detached.getFacts().add(fill(F.createOriginFact(), seq));
        SoftwareTitle[] titles = new SoftwareTitle[4];
        for (int i = 0; i < titles.length; i++) {
            SoftwareTitle t = fill(F.createSoftwareTitle(), seq);
            t.setKey("title-" + i);
            t.setOrigin(i == 3 ? null : origins[i % origins.length]);
            titles[i] = t;
            p.getSoftwareTitles().add(t);
        }
        Plan plan = fill(F.createPlan(), seq);
        for (int i = 0; i < 3; i++) {
            plan.getPhases().add(fill(F.createPhase(), seq));
        }
        for (int s = 0; s < snapshots; s++) {
            InventorySnapshot snap = fill(F.createInventorySnapshot(), seq);
            snap.setId("S" + (s + 1));
            snap.getProblems().add(fill(F.createImportProblem(), seq));
            snap.getMergeLog().add(fill(F.createMergeRecord(), seq));
            snap.getMergeLog().add(fill(F.createMergeRecord(), seq));
            for (int a = 0; a < assets; a++) {
                Asset asset = asset("A-" + a, seq, origins, detached, titles, a);
                snap.getAssets().add(asset);
                if (s == snapshots - 1 && a % 3 == 0) {
                    Match m = fill(F.createMatch(), seq);
                    m.setAsset(asset);
                    m.setAssetId(asset.getId());
                    p.getMatches().add(m);
                    PlanItem it = fill(F.createPlanItem(), seq);
                    it.setAsset(asset);
                    it.setAssetId(asset.getId());
                    it.setPhase(plan.getPhases().get(a % 3));
                    plan.getItems().add(it);
                }
            }
            p.getSnapshots().add(snap);
        }
        p.setPlan(plan);
        return p;
    }

    /** One asset with components (sharing origins), software (sharing titles), two verdicts and properties. */
    public static Asset asset(String id, int[] seq, OriginFacts[] origins, OriginFacts detached, SoftwareTitle[] titles, int n) {
        Asset a = fill(F.createAsset(), seq);
        a.setId(id);
        for (int c = 0; c < 3; c++) {
            Component cp = fill(F.createComponent(), seq);
            cp.setOrigin(c == 2 ? (n % 2 == 0 ? detached : null) : origins[(n + c) % origins.length]);
            a.getComponents().add(cp);
        }
        for (int s = 0; s < 2; s++) {
            SoftwareInstall si = fill(F.createSoftwareInstall(), seq);
            si.setTitle(titles[(n + s) % titles.length]);
            a.getSoftware().add(si);
        }
        for (int v = 0; v < 2; v++) {
            Verdict verdict = fill(F.createVerdict(), seq);
            verdict.getFindings().clear();
            verdict.getFindings().add("CN-" + seq[0] + ": a finding with facts " + seq[0]);
            verdict.getFindings().add("no rule prefix here " + seq[0]);
            a.getVerdicts().add(verdict);
        }
        a.getProperties().add(property("p" + n, "v" + n));
        return a;
    }

    public static Property property(String key, String value) {
        Property p = F.createProperty();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** Sets every changeable attribute of the object to a value derived from the running counter. */
    @SuppressWarnings("unchecked")
    public static <T extends EObject> T fill(T o, int[] seq) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (!a.isChangeable() || a.isTransient() || a.isDerived()) {
                continue;
            }
            int n = seq[0]++;
            EDataType t = a.getEAttributeType();
            if (a.isMany()) {
                ((EList<Object>) o.eGet(a)).addAll(List.of(a.getName() + "-" + n, "两-" + n));
                continue;
            }
            Object v;
            Class<?> c = t.getInstanceClass();
            if (t instanceof EEnum e) {
                v = e.getELiterals().get(n % e.getELiterals().size()).getInstance();
            } else if (c == String.class) {
                v = a.getName() + " " + n + (n % 2 == 0 ? " 中文" : "; 'quote'");
            } else if (c == int.class || c == Integer.class) {
                v = n;
            } else if (c == long.class || c == Long.class) {
                v = 10_000_000_000L + n;
            } else if (c == double.class || c == Double.class) {
                v = n + 0.25;
            } else if (c == boolean.class || c == Boolean.class) {
                v = !((Boolean) a.getDefaultValue() == Boolean.TRUE);
            } else if (c == Date.class) {
                v = new Date(1_700_000_000_000L + n * 1000L);
            } else {
                continue;
            }
            o.eSet(a, v);
        }
        return o;
    }
}
