package org.origo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.origo.model.AssetKind;
import org.origo.model.OriginRole;
import org.origo.model.VerdictOutcome;
import org.origo.ui.internal.i18n.UiMessages;
import org.origo.ui.internal.inventory.InventoryIndex.Column;

class UiMessagesTest {

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), UiMessages.all().missingInChinese());
    }

    @Test
    void labelsBuiltFromModelLiteralsExistInBothLanguages() {
        for (AssetKind k : AssetKind.VALUES) {
            assertTranslated("kind." + k.getLiteral());
        }
        for (VerdictOutcome o : VerdictOutcome.VALUES) {
            assertTranslated("verdict." + o.getLiteral());
        }
        for (OriginRole r : OriginRole.VALUES) {
            assertTranslated("role." + r.getLiteral());
        }
        for (Column c : Column.values()) {
            assertTranslated("column." + c.name().toLowerCase(Locale.ROOT));
        }
        for (org.origo.model.ComponentKind k : org.origo.model.ComponentKind.VALUES) {
            assertTranslated("component." + k.getLiteral());
        }
        for (org.origo.model.SoftwareCategory c : org.origo.model.SoftwareCategory.VALUES) {
            assertTranslated("category." + c.getLiteral());
        }
        for (org.origo.model.ProductCategory c : org.origo.model.ProductCategory.VALUES) {
            assertTranslated("pcat." + c.getLiteral());
        }
        for (String a : List.of("keep", "check", "unclassified", "replace.hardware", "replace.firmware", "migrate.os",
                "migrate.hypervisor", "swap.office", "migrate.database", "migrate.middleware", "swap.browser", "uninstall")) {
            assertTranslated("action." + a);
        }
    }

    private static void assertTranslated(String key) {
        var t = UiMessages.text(key);
        assertNotEquals(key, t.en(), "no English text for " + key);
        assertNotEquals(t.en(), t.zh(), "Chinese text equals English for " + key);
    }

    @Test
    void menuLabelsLoseTheirMnemonicInPlainText() {
        assertEquals("Classify", UiMessages.plain("&Classify"));
        assertEquals("判定", UiMessages.plain("判定(&C)"));
        assertEquals("Cancel Job", UiMessages.plain("Cancel &Job"));
    }

    @Test
    void switchingTheLanguageNotifiesAndTranslates() {
        int[] told = new int[1];
        Runnable r = () -> told[0]++;
        UiMessages.addLocaleListener(r);
        try {
            UiMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertEquals("显示 5 / 10 项资产（筛选 3 毫秒）", UiMessages.t("inventory.count", 5, 10, 3));
            UiMessages.setLocale(Locale.ENGLISH);
            assertEquals("5 of 10 assets (filter 3 ms)", UiMessages.t("inventory.count", 5, 10, 3));
            assertEquals(2, told[0]);
        } finally {
            UiMessages.removeLocaleListener(r);
            UiMessages.setLocale(Locale.ENGLISH);
        }
    }
}
