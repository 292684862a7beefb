package org.origo.report.html.tests;

import org.origo.report.testing.ReportEstate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.core.ProjectStore;
import org.origo.report.api.ReportRequest;
import org.origo.report.html.internal.HtmlReportRenderer;
import org.origo.report.html.internal.i18n.HtmlMessages;

class HtmlReportTest {

    @TempDir
    Path dir;

    static String render(ReportEstate e, Path dir, Locale locale) throws Exception {
        new HtmlReportRenderer().render(e.project, new ReportRequest(dir, locale, null, Set.of()));
        // the report, then its appendix file
        return Files.readString(dir.resolve(HtmlReportRenderer.fileName(locale)), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve(HtmlReportRenderer.appendixName(locale)), StandardCharsets.UTF_8);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void valuesAreEscapedAndTheFileIsSelfContained() throws Exception {
        ReportEstate e = new ReportEstate();
        e.snapshot.getAssets().get(1).getComponents().get(0).setVendor("Dell <b>7080</b> & \"Pro\"");
        String html = render(e, dir, Locale.ENGLISH);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element, not even from an asset name");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the asset name shows as text");
        assertTrue(html.contains("Dell &lt;b&gt;7080&lt;/b&gt; &amp; &quot;Pro&quot;"));
        assertTrue(html.contains("=cmd|&#39; /C calc&#39;!A0"));
        // nothing is fetched: no external references of any kind
        Matcher refs = Pattern.compile("(?i)(src\\s*=|href\\s*=\\s*\"(?!#|report)|url\\(|@import|<link|<img|<iframe)").matcher(html);
        assertFalse(refs.find(), () -> "external reference: " + refs.group());
        html.lines().filter(l -> l.contains("http:") || l.contains("https:")).forEach(l -> assertFalse(
                l.replace("http://www.w3.org/2000/svg", "").matches(".*https?:.*"), "only the SVG namespace: " + l));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "the page may fetch nothing");
    }

    @Test
    void keyFiguresPlanProgressReasonsAndFindingsInEnglish() throws Exception {
        ReportEstate e = new ReportEstate();
        String html = render(e, dir, Locale.ENGLISH);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Replacement assessment: 某市人民政府信息化办公室"));
        assertTrue(html.matches("(?s).*data-figure=\"total\">.*?<div class=\"value\">60</div>.*"), "total assets");
        assertTrue(html.matches("(?s).*data-figure=\"replace\">.*?<div class=\"value\">40</div><div class=\"detail\">66.7% of all assets</div>.*"));
        assertTrue(html.matches("(?s).*data-figure=\"review\">.*?<div class=\"value\">10</div>.*"));
        assertTrue(html.matches("(?s).*data-figure=\"us\">.*?<div class=\"value\">40</div><div class=\"detail\">66.7% of all assets; 100.0% of those to replace</div>.*"));
        assertTrue(html.contains("<td>Server</td><td class=\"n\">10</td>"), "kind breakdown");
        assertTrue(html.contains("<td>财政局</td><td class=\"n\">20</td>"), "site breakdown");
        assertTrue(html.contains("40 assets to replace, total cost 708,000.00"), "plan total: 30 x 6000 + 10 x 52800");
        assertTrue(html.contains("<td class=\"n\">1</td><td class=\"n\">2026</td><td class=\"n\">30.0%</td><td class=\"n\">12</td>"));
        assertTrue(html.contains("<td class=\"n\">220,000.00</td><td class=\"n\">96.5%</td>"), "budget of 2026 and its use");
        assertTrue(html.contains("phase 1 (2026): the budget of 220000 covers 12 assets"), "relaxation shown");
        assertTrue(html.contains("Inventory 2025-11-盘点 (Nov 3, 2025): 0 of 40 planned assets are done (0 replaced, 0 no longer inventoried), 40 remain"),
                "progress against the saved plan");
        assertTrue(html.contains("cn.cpu.foreign"), "top reasons");
        assertTrue(html.contains("Foxit PhantomPDF 9 (Windows only) has no build for aarch64"), "findings");
        assertTrue(html.contains("All 60 assets are listed."));
        assertEquals(60, count(html, "<tr class=\"v"), "one appendix row per asset");
        assertTrue(html.contains("<svg"), "inline charts");
        assertTrue(html.contains("@media print"));
    }

    @Test
    void chineseReportWithCappedAppendix() throws Exception {
        ReportEstate e = new ReportEstate();
        ProjectStore.setSetting(e.project, HtmlReportRenderer.SETTING_APPENDIX_MAX, "15");
        String html = render(e, dir, Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("执行摘要"));
        assertTrue(html.contains("计划 2026–2028（30/50/20）；比例按资产数量计算"));
        assertTrue(html.contains("替换评估：某市人民政府信息化办公室"));
        assertTrue(html.contains("占全部资产的 66.7%"));
        assertTrue(html.contains("第 1 期（2026 年）：预算 220000 只够 12 台资产"));
        assertTrue(html.contains("附录列出了 60 台资产中的 15 台"));
        assertTrue(html.contains("verdicts.csv"));
        assertEquals(15, count(html, "<tr class=\"v"));
        assertEquals(15, count(html, "<tr class=\"v0\">"), "US-origin assets to replace come first");
        assertTrue(html.contains("品牌 Dell（美国）"), "explanations in Chinese");
        assertTrue(html.contains("<td>服务器</td>"));
    }

    @Test
    void chineseMessagesAreComplete() {
        assertEquals(Set.of(), HtmlMessages.all().missingInChinese());
    }
}
