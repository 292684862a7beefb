package org.origo.plan.tracking;

import java.util.Locale;

import org.origo.api.Text;
import org.origo.model.PlanItem;

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
        return item.getProductId() == null || item.getProductId().isEmpty();
    }

    /** An item's reason in the language of the locale (English when the Chinese one is missing). */
    public static String reason(PlanItem item, Locale locale) {
        String zh = item.getReasonZh();
        String en = item.getReasonEn() == null ? "" : item.getReasonEn();
        return Text.isChinese(locale) && zh != null && !zh.isEmpty() ? zh : en;
    }
}
