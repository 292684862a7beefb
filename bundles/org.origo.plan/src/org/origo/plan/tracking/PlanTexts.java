package org.origo.plan.tracking;

import java.util.Locale;

import org.origo.api.Text;
import org.origo.core.Pipeline;
import org.origo.model.PlanAction;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.plan.internal.i18n.PlanMessages;

/**
 * Plan texts in both languages. Items carry {@code reasonEn}/{@code reasonZh}; each entry of
 * {@code Plan.relaxations} is stored as the English text, a line break, and the Chinese text.
 */
public final class PlanTexts {

    private PlanTexts() {
    }

    /** The stored form of a relaxation. */
    public static String encode(Text text) {
        return text.en().replace('\n', ' ') + "\n" + text.zh().replace('\n', ' ');
    }

    /** A stored relaxation back in both languages (a single-language entry is used for both). */
    public static Text decode(String stored) {
        if (stored == null) {
            return new Text("", "");
        }
        int i = stored.indexOf('\n');
        return i < 0 ? new Text(stored, stored) : new Text(stored.substring(0, i), stored.substring(i + 1));
    }

    /** A stored relaxation in the language of the locale. */
    public static String relaxation(String stored, Locale locale) {
        return decode(stored).in(locale);
    }

    /**
     * Whether the item's cost is a default estimate: the planner leaves the product id empty exactly
     * when the asset had no catalog match and its cost came from the default cost per kind.
     */
    public static boolean isEstimate(PlanItem item) {
        if (!item.getActions().isEmpty()) {
            for (PlanAction a : item.getActions()) {
                if (a.isEstimate()) {
                    return true;
                }
            }
            return false;
        }
        return item.getProductId() == null || item.getProductId().isEmpty();
    }

    /** Whether a component of the item found no candidate in the catalogs (its action is REVIEW). */
    public static boolean needsReview(PlanItem item) {
        for (PlanAction a : item.getActions()) {
            if ("REVIEW".equals(a.getAction())) {
                return true;
            }
        }
        return false;
    }

    /** The item's actions per component in the language of the locale, separated by "; ". */
    public static String actions(PlanItem item, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (PlanAction a : item.getActions()) {
            if (sb.length() > 0) {
                sb.append(Text.isChinese(locale) ? "；" : "; ");
            }
            String zh = a.getReasonZh();
            sb.append(Text.isChinese(locale) && zh != null && !zh.isEmpty() ? zh : a.getReasonEn() == null ? "" : a.getReasonEn());
        }
        return sb.toString();
    }

    /** An action's component and kind in the language of the locale, for example "office suite: swap". */
    public static String actionLabel(PlanAction a, Locale locale) {
        String c = a.getComponent() == null ? "" : a.getComponent().trim().toLowerCase(Locale.ROOT);
        String component = switch (c) {
        case "hardware", "asset" -> "hardware";
        case "os" -> "os";
        case "office" -> "office";
        case "database" -> "database";
        case "middleware" -> "middleware";
        default -> "other";
        };
        String action = a.getAction() == null ? "review" : a.getAction().toLowerCase(Locale.ROOT);
        Text t = PlanMessages.get("action.label", PlanMessages.get("component." + component).in(locale),
                PlanMessages.get("action.label." + action).in(locale));
        return t.in(locale);
    }

    /** The currency of the item's cost (CNY when the item is older than currencies in plans). */
    public static String currency(PlanItem item) {
        return item.getCurrency() == null || item.getCurrency().isBlank() ? "CNY" : item.getCurrency();
    }

    /**
     * Whether the project's saved plan was computed from other matches than the current ones: its
     * costs and products are out of date until it is planned again (every output says so).
     */
    public static boolean isStale(Project project) {
        return Pipeline.planStale(project);
    }

    /** The stale-plan warning in both languages. */
    public static Text staleWarning() {
        return PlanMessages.get("plan.stale");
    }

    /** An item's reason in the language of the locale (English when the Chinese one is missing). */
    public static String reason(PlanItem item, Locale locale) {
        String zh = item.getReasonZh();
        String en = item.getReasonEn() == null ? "" : item.getReasonEn();
        return Text.isChinese(locale) && zh != null && !zh.isEmpty() ? zh : en;
    }
}
