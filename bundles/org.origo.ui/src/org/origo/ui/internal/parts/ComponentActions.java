package org.origo.ui.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.origo.model.Asset;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OriginFact;
import org.origo.model.OriginFacts;
import org.origo.model.OrigoFactory;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareInstall;
import org.origo.model.SoftwareTitle;
import org.origo.model.Verdict;
import org.origo.model.VerdictOutcome;
import org.origo.origin.api.OriginProfile;

/**
 * What each component of an asset contributes to its verdict and what must be done about it.
 * The profile is asked about each component on its own (a detached one-component copy of the
 * asset): a component the profile would replace on its own needs the action of its kind (replace
 * the hardware, migrate the OS, swap the office suite, migrate the database, uninstall); the
 * others are kept when the asset's remaining components together are kept, else they need a check.
 * Nothing here is a second rule engine: every outcome comes from the installed profile.
 */
public final class ComponentActions {

    /** One component or software title: its label, its origin as recorded, its outcome and the action's message key. */
    public record Row(String kindKey, String name, String origin, VerdictOutcome outcome, String actionKey, Object subject) {
    }

    private ComponentActions() {
    }

    public static List<Row> of(Asset asset, OriginProfile profile) {
        List<Object> subjects = new ArrayList<>();
        subjects.addAll(asset.getComponents());
        for (SoftwareInstall si : asset.getSoftware()) {
            if (si.getTitle() != null) {
                subjects.add(si);
            }
        }
        List<VerdictOutcome> alone = new ArrayList<>();
        Set<Object> notReplaced = new LinkedHashSet<>();
        for (Object s : subjects) {
            VerdictOutcome o = profile == null ? null : outcome(profile, asset, List.of(s));
            alone.add(o);
            if (o != VerdictOutcome.REPLACE) {
                notReplaced.add(s);
            }
        }
        VerdictOutcome rest = profile == null || notReplaced.isEmpty() ? null
                : outcome(profile, asset, new ArrayList<>(notReplaced));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Object s = subjects.get(i);
            VerdictOutcome o = alone.get(i);
            if (o != null && o != VerdictOutcome.REPLACE && o != VerdictOutcome.KEEP) {
                o = rest == VerdictOutcome.KEEP ? VerdictOutcome.KEEP : VerdictOutcome.REVIEW;
            }
            rows.add(row(s, o));
        }
        return rows;
    }

    private static Row row(Object s, VerdictOutcome o) {
        if (s instanceof Component c) {
            String name = c.getProduct() != null && !c.getProduct().isEmpty() ? c.getProduct() : nz(c.getVendor());
            if (c.getVendor() != null && !c.getVendor().isEmpty() && !name.startsWith(c.getVendor())) {
                name = c.getVendor() + " " + name;
            }
            return new Row("component." + c.getKind().getLiteral(), name.strip(), origin(c.getOrigin()), o,
                    action(o, c.getKind(), null), c);
        }
        SoftwareTitle t = ((SoftwareInstall) s).getTitle();
        String name = nz(t.getName()) + (t.getVersion() == null || t.getVersion().isEmpty() ? "" : " " + t.getVersion());
        SoftwareCategory cat = t.getCategory() == null ? SoftwareCategory.OTHER : t.getCategory();
        return new Row("category." + cat.getLiteral(), name, origin(t.getOrigin()), o, action(o, null, cat), s);
    }

    /** The message key of what must be done about a component with this outcome. */
    static String action(VerdictOutcome o, ComponentKind kind, SoftwareCategory category) {
        if (o == null) {
            return "action.unclassified";
        }
        if (o == VerdictOutcome.KEEP) {
            return "action.keep";
        }
        if (o == VerdictOutcome.REVIEW) {
            return "action.check";
        }
        if (kind != null) {
            return switch (kind) {
                case OS -> "action.migrate.os";
                case FIRMWARE -> "action.replace.firmware";
                case HYPERVISOR -> "action.migrate.hypervisor";
                default -> "action.replace.hardware";
            };
        }
        return switch (category) {
            case OFFICE -> "action.swap.office";
            case DATABASE -> "action.migrate.database";
            case OPERATING_SYSTEM -> "action.migrate.os";
            case MIDDLEWARE -> "action.migrate.middleware";
            case BROWSER -> "action.swap.browser";
            default -> "action.uninstall";
        };
    }

    private static VerdictOutcome outcome(OriginProfile profile, Asset asset, List<Object> subjects) {
        Asset mini = OrigoFactory.eINSTANCE.createAsset();
        mini.setId(asset.getId());
        mini.setKind(asset.getKind());
        for (Object s : subjects) {
            if (s instanceof Component c) {
                mini.getComponents().add(EcoreUtil.copy(c));
            } else {
                // the title is shared by the project's assets: the profile must see a copy, never the original
                EcoreUtil.Copier copier = new EcoreUtil.Copier();
                SoftwareInstall si = (SoftwareInstall) copier.copy((SoftwareInstall) s);
                copier.copy(((SoftwareInstall) s).getTitle());
                copier.copyReferences();
                mini.getSoftware().add(si);
            }
        }
        try {
            Verdict v = profile.evaluate(mini);
            return v == null ? null : v.getOutcome();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "Intel (US, designer); Lenovo (CN, brand owner)" from the recorded facts; empty when nothing is known. */
    static String origin(OriginFacts facts) {
        if (facts == null || facts.getFacts().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (OriginFact f : facts.getFacts()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(nz(f.getParty()));
            if (f.getCountry() != null && !f.getCountry().isEmpty()) {
                sb.append(" (").append(f.getCountry()).append(')');
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
