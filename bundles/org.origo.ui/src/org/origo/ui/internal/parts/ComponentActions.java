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
 * the hardware, migrate the OS, swap the office suite, migrate the database, uninstall). A
 * component it keeps is kept. When the copy is only under review because the asset's other
 * required parts are missing from it, the component is kept if its origin is known and needs a
 * check if not (unknown is never domestic); a component no rule of the profile speaks about is
 * not judged. Nothing here is a second rule engine: the outcomes come from the installed profile.
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
        // what the profile says about the asset's kind with nothing recorded (e.g. "CPU not inventoried")
        Verdict empty = profile == null ? null : verdict(profile, asset, List.of());
        Set<String> baseline = empty == null ? Set.of() : new LinkedHashSet<>(empty.getRuleIds());
        List<Row> rows = new ArrayList<>();
        for (Object s : subjects) {
            VerdictOutcome o = null;
            Verdict alone = profile == null ? null : verdict(profile, asset, List.of(s));
            if (alone != null) {
                Set<String> own = new LinkedHashSet<>(alone.getRuleIds());
                own.removeAll(baseline);
                if (alone.getOutcome() == VerdictOutcome.REPLACE || alone.getOutcome() == VerdictOutcome.KEEP) {
                    o = alone.getOutcome();
                } else if (!own.isEmpty()) {
                    // on its own the asset lacks required parts, so REVIEW says little: unknown origin is never domestic
                    o = knownOrigin(s) ? VerdictOutcome.KEEP : VerdictOutcome.REVIEW;
                }
                // no rule of its own: the profile does not judge this component (e.g. ordinary software)
            }
            rows.add(row(s, o, alone != null));
        }
        // what needs doing first: replace, review, keep, then what the profile does not judge
        rows.sort(java.util.Comparator.comparingInt(r -> r.outcome() == VerdictOutcome.REPLACE ? 0
                : r.outcome() == VerdictOutcome.REVIEW ? 1 : r.outcome() == VerdictOutcome.KEEP ? 2 : 3));
        return rows;
    }

    private static boolean knownOrigin(Object s) {
        OriginFacts f = s instanceof Component c ? c.getOrigin() : ((SoftwareInstall) s).getTitle().getOrigin();
        if (f == null) {
            return false;
        }
        for (OriginFact x : f.getFacts()) {
            if (x.getCountry() != null && !x.getCountry().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Row row(Object s, VerdictOutcome o, boolean judged) {
        if (s instanceof Component c) {
            String name = c.getProduct() != null && !c.getProduct().isEmpty() ? c.getProduct() : nz(c.getVendor());
            if (c.getVendor() != null && !c.getVendor().isEmpty() && !name.startsWith(c.getVendor())) {
                name = c.getVendor() + " " + name;
            }
            return new Row("component." + c.getKind().getLiteral(), name.strip(), origin(c.getOrigin()), o,
                    judged ? action(o, c.getKind(), null) : "action.unclassified", c);
        }
        SoftwareTitle t = ((SoftwareInstall) s).getTitle();
        String name = nz(t.getName()) + (t.getVersion() == null || t.getVersion().isEmpty() ? "" : " " + t.getVersion());
        SoftwareCategory cat = t.getCategory() == null ? SoftwareCategory.OTHER : t.getCategory();
        return new Row("category." + cat.getLiteral(), name, origin(t.getOrigin()), o,
                judged ? action(o, null, cat) : "action.unclassified", s);
    }

    /** The message key of what must be done about a component with this outcome. */
    static String action(VerdictOutcome o, ComponentKind kind, SoftwareCategory category) {
        if (o == null) {
            return "action.not.judged";
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

    private static Verdict verdict(OriginProfile profile, Asset asset, List<Object> subjects) {
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
            return profile.evaluate(mini);
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
