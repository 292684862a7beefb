package org.origo.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.origo.generator.EstateGenerator;
import org.origo.generator.GeneratedAsset;
import org.origo.generator.GeneratedAsset.Kind;
import org.origo.generator.GeneratorSettings;
import org.origo.generator.Mix;
import org.origo.generator.Software;

class ProportionsTest {

    static final int N = 20_000;
    static final GeneratedAsset[] ASSETS = new GeneratedAsset[N];

    @BeforeAll
    static void generate() {
        EstateGenerator g = new EstateGenerator(GeneratorSettings.of(N, 2020));
        for (int i = 0; i < N; i++) {
            ASSETS[i] = g.asset(i);
        }
    }

    private static double share(java.util.function.Predicate<GeneratedAsset> p,
            java.util.function.Predicate<GeneratedAsset> among) {
        int n = 0;
        int hit = 0;
        for (GeneratedAsset a : ASSETS) {
            if (among.test(a)) {
                n++;
                if (p.test(a)) {
                    hit++;
                }
            }
        }
        return (double) hit / n;
    }

    private static void between(double low, double high, double value, String what) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected between " + low + " and " + high);
    }

    @Test
    void kindsHavePlausibleShares() {
        Map<Kind, Integer> count = new EnumMap<>(Kind.class);
        for (GeneratedAsset a : ASSETS) {
            count.merge(a.kind(), 1, Integer::sum);
        }
        between(0.48, 0.56, count.get(Kind.DESKTOP) / (double) N, "desktops");
        between(0.12, 0.18, count.get(Kind.LAPTOP) / (double) N, "laptops");
        between(0.04, 0.08, count.get(Kind.ALL_IN_ONE) / (double) N, "all-in-ones");
        between(0.02, 0.04, count.get(Kind.SERVER) / (double) N, "servers");
        between(0.11, 0.15, count.get(Kind.PRINTER) / (double) N, "printers");
        between(0.04, 0.06, count.get(Kind.NETWORK) / (double) N, "network");
        between(0.05, 0.07, count.get(Kind.OTHER) / (double) N, "other");
    }

    @Test
    void originMixOfComputersIsPlausible() {
        java.util.function.Predicate<GeneratedAsset> computers = a -> a.kind().computer();
        between(0.25, 0.40, share(a -> a.mix() == Mix.US_BRAND, computers), "US brands");
        between(0.02, 0.08, share(a -> a.mix() == Mix.OTHER_FOREIGN_BRAND, computers), "other foreign brands");
        between(0.30, 0.45, share(a -> a.mix() == Mix.DOMESTIC_BRAND_FOREIGN_PARTS, computers), "Chinese brand, foreign parts");
        between(0.10, 0.22, share(a -> a.mix() == Mix.DOMESTIC_PLATFORM, computers), "Chinese platform");
        between(0.03, 0.10, share(a -> a.mix() == Mix.UNKNOWN, computers), "unknown");
    }

    @Test
    void lenovoWithIntelAndWindowsIsCommonAndLenovoOnChinesePlatformsExists() {
        int lenovoIntelWindows = 0;
        int lenovoDomestic = 0;
        int greatWallPhytium = 0;
        int huaweiKunpeng = 0;
        for (GeneratedAsset a : ASSETS) {
            boolean lenovo = a.brand().equals("Lenovo") || a.brand().equals("联想") || a.brand().equals("LENOVO");
            if (lenovo && a.cpu().contains("Intel") && a.os().contains("Windows")) {
                lenovoIntelWindows++;
                assertEquals(Mix.DOMESTIC_BRAND_FOREIGN_PARTS, a.mix(), a.toString());
            }
            if (lenovo && (a.cpu().contains("ZHAOXIN") || a.cpu().contains("Phytium"))) {
                lenovoDomestic++;
                assertEquals(Mix.DOMESTIC_PLATFORM, a.mix(), a.toString());
                assertTrue(a.model().startsWith("开天"), a.model());
                assertTrue(!a.os().contains("Windows") || a.cpu().contains("ZHAOXIN"), "Windows only on x86: " + a);
            }
            if (a.brand().contains("长城") || a.brand().equals("Great Wall")) {
                if (a.cpu().startsWith("Phytium")) {
                    greatWallPhytium++;
                }
            }
            if (a.cpu().contains("Kunpeng")) {
                huaweiKunpeng++;
                assertTrue(a.os().contains("UOS") || a.os().contains("Kylin") || a.os().contains("麒麟")
                        || a.os().contains("openEuler") || a.os().contains("UnionTech"), a.os());
            }
        }
        assertTrue(lenovoIntelWindows > N / 10, "Lenovo + Intel + Windows: " + lenovoIntelWindows);
        assertTrue(lenovoDomestic > 100, "Lenovo Kaitian on Zhaoxin/Phytium: " + lenovoDomestic);
        assertTrue(greatWallPhytium > 50, "Great Wall on Phytium: " + greatWallPhytium);
        assertTrue(huaweiKunpeng > 50, "Kunpeng machines: " + huaweiKunpeng);
    }

    @Test
    void placeholdersAndUnknownsArePresent() {
        Set<String> brands = new HashSet<>();
        for (GeneratedAsset a : ASSETS) {
            brands.add(a.brand());
        }
        assertTrue(brands.contains("To Be Filled By O.E.M."));
        assertTrue(brands.contains("组装机"));
        assertTrue(brands.contains(""));
        assertTrue(brands.contains("Default string"));
        long assembledWithoutParts = java.util.Arrays.stream(ASSETS)
                .filter(a -> a.brand().equals("组装机") && a.cpu().isEmpty() && a.model().isEmpty()).count();
        assertTrue(assembledWithoutParts > 20, "组装机 without parts: " + assembledWithoutParts);
    }

    @Test
    void chineseNamesArePresent() {
        Set<String> sites = new HashSet<>();
        Set<String> depts = new HashSet<>();
        int owners = 0;
        for (GeneratedAsset a : ASSETS) {
            sites.add(a.site());
            depts.add(a.department());
            if (!a.owner().isEmpty() && !a.owner().equals("公用") && !a.owner().equals("信息中心")) {
                owners++;
                assertTrue(a.owner().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "owner is a Chinese name: " + a.owner());
                assertTrue(a.owner().length() >= 2 && a.owner().length() <= 4, a.owner());
            }
        }
        assertTrue(sites.contains("市财政局") && sites.contains("市教育局"), sites.toString());
        assertTrue(sites.stream().anyMatch(s -> s.endsWith("人民医院")), sites.toString());
        assertTrue(depts.contains("办公室") && depts.contains("财务科") && depts.contains("信息中心"), depts.toString());
        assertTrue(sites.size() >= 60, "20 000 assets spread over many sites: " + sites.size());
        assertTrue(owners > N / 2, "owners: " + owners);
    }

    @Test
    void softwareCountsAndTitlesAreRealistic() {
        Map<String, Integer> titles = new HashMap<>();
        int windowsDesktops = 0;
        for (GeneratedAsset a : ASSETS) {
            if (!a.kind().computer()) {
                assertTrue(a.software().isEmpty(), "devices carry no software: " + a);
                continue;
            }
            if (a.os().contains("Windows") && !a.os().contains("Server")) {
                windowsDesktops++;
                int n = a.software().size();
                assertTrue(n >= 10 && n <= 40, "10-40 titles per workstation: " + n);
                assertTrue(a.software().stream().anyMatch(s -> s.name().contains("Office") || s.name().contains("WPS")),
                        "every Windows workstation has an office suite: " + a.software());
            }
            Set<String> seen = new HashSet<>();
            for (Software s : a.software()) {
                assertTrue(seen.add(s.name()), "no title twice on one machine: " + s);
                assertTrue(s.name().indexOf(';') < 0 && s.name().indexOf('|') < 0, s.name());
                assertTrue(s.publisher().indexOf(';') < 0 && s.publisher().indexOf('|') < 0, s.publisher());
                titles.merge(s.name(), 1, Integer::sum);
            }
        }
        assertTrue(windowsDesktops > N / 2, "Windows workstations: " + windowsDesktops);
        for (String t : new String[] {"Google Chrome", "360安全卫士", "WinRAR 5.91 (64-bit)", "搜狗拼音输入法 11.2正式版",
            "Adobe Acrobat Reader DC - Chinese Simplified", "用友U8+ V13.0", "金蝶K/3 WISE", "WPS Office for Linux",
            "达梦数据库 DM8", "KingbaseES V8", "Microsoft SQL Server 2016 (64-bit)", "Oracle Database 11g Release 2"}) {
            assertTrue(titles.containsKey(t), "title present: " + t);
        }
        assertTrue(titles.keySet().stream().anyMatch(t -> t.startsWith("Microsoft Office")));
    }

    @Test
    void purchaseDatesSpan2012To2022AndFollowTheModel() {
        int min = 3000;
        int max = 0;
        for (GeneratedAsset a : ASSETS) {
            int y = a.purchased().getYear();
            min = Math.min(min, y);
            max = Math.max(max, y);
            if (a.cpu().contains("Kunpeng 920 3211K") || a.cpu().contains("D2000")) {
                assertTrue(y >= 2021, "recent platforms are bought recently: " + a);
            }
        }
        assertEquals(2012, min);
        assertEquals(2022, max);
    }
}
