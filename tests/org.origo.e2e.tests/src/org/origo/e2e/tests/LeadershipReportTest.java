package org.origo.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.e2e.tests.EndToEndTest.Run;

/**
 * The reports a director presents, on the demo administration: the leadership summary first in
 * the HTML report (English and Chinese side by side) and as an A4 PDF with Chinese fonts
 * embedded, costs in yuan, causes in plain words, import problems by file and line, no path of
 * the machine in any report, files readable by the group. Screenshots of the summary and of the
 * PDF's pages go to docs/images (headless Chromium, pdftoppm).
 */
class LeadershipReportTest {

    @TempDir
    static Path dir;

    static Path project;
    static Run demo;
    static Run zh;

    @BeforeAll
    static void demo() throws Exception {
        EndToEndTest.host();
        Path out = dir.resolve("demo");
        demo = EndToEndTest.ok("--lang", "en", "demo", "--out", out.toString(), "--first-year", "2027");
        project = out.resolve("project");
        zh = EndToEndTest.ok("--lang", "zh", "report", "--project", project.toString(), "--format", "html,pdf,xlsx");
    }

    private static String read(String name) throws IOException {
        return Files.readString(project.resolve(name), StandardCharsets.UTF_8);
    }

    /** The leadership section of an HTML report. */
    private static String leadership(String html) {
        int a = html.indexOf("<section id=\"leadership\"");
        int b = html.indexOf("</section>", a);
        assertTrue(a >= 0 && b > a, "a leadership section");
        return html.substring(a, b);
    }

    @Test
    void reportsAreNamedPerLanguageAndReadableByTheGroup() throws Exception {
        for (String f : List.of("report.en.html", "report.zh.html", "report-appendix.en.html", "report-appendix.zh.html", "report.en.pdf",
                "report.zh.pdf", "report.en.xlsx", "report.zh.xlsx")) {
            assertTrue(Files.size(project.resolve(f)) > 0, f);
        }
        assertTrue(read("report.en.html").contains("lang=\"en\""), "--lang zh did not overwrite the English report");
        assertTrue(read("report.zh.html").contains("lang=\"zh-CN\""));
        assertTrue(zh.out().contains("report.zh.pdf"), zh.out());
        // created like any file under the umask: with the usual 022 the group reads the reports
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(project.resolve("report.en.html"));
        Path probe = Files.createTempDirectory(dir, "umask-").resolve("probe");
        Files.newOutputStream(probe).close();
        Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(probe);
        for (String f : List.of("report.en.html", "report.zh.pdf", "report.zh.xlsx", "verdicts.csv")) {
            assertEquals(umaskDefault, Files.getPosixFilePermissions(project.resolve(f)), f + " follows the umask");
        }
        assertTrue(perms.contains(PosixFilePermission.OWNER_READ));
    }

    @Test
    void leadershipSummaryComesFirstWithCostsInYuan() throws Exception {
        String en = read("report.en.html");
        assertTrue(en.indexOf("id=\"leadership\"") < en.indexOf("id=\"summary\""), "the leadership summary comes first");
        String lead = leadership(en);
        assertTrue(lead.contains("Leadership summary") && lead.contains("领导摘要"), "headings in both languages");
        Matcher total = Pattern.compile("for CNY ([0-9.,]+) million in total").matcher(lead);
        assertTrue(total.find(), "total cost in yuan in the bottom line");
        for (String s : List.of("Cost by phase and budget fit", "Phase \u00d7 site", "Phase \u00d7 department", "Main causes of replacement",
                "What is uncertain", "Progress against the 30/50/20 curve", "US-origin share", "2027 cost (CNY)", "2029 assets")) {
            assertTrue(lead.contains(s), s);
        }
        String zhLead = leadership(read("report.zh.html"));
        assertTrue(zhLead.matches("(?s).*总费用 [0-9.,]+ [万亿]元.*"), "the total in 万元 or 亿元");
        for (String s : List.of("领导摘要", "阶段 \u00d7 地点", "阶段 \u00d7 部门", "需要替换的主要原因", "尚不确定的情况", "2027 年费用（元）")) {
            assertTrue(zhLead.contains(s), s);
        }
        // the phases' costs add up to the total shown
        Matcher rows = Pattern.compile("<tfoot><tr><td[^>]*>Total</td><td class=\"n\"></td><td class=\"n\"></td><td class=\"n\">([0-9,]+)</td>"
                + "<td class=\"n\">100.0%</td><td class=\"n\">([0-9,]+)</td>").matcher(lead);
        assertTrue(rows.find(), "a total row of the cost table");
        double cost = Double.parseDouble(rows.group(2).replace(",", ""));
        assertEquals(Double.parseDouble(total.group(1).replace(",", "")), Math.round(cost / 10_000) / 100.0, 0.006);
    }

    @Test
    void causesAreInPlainWordsWithoutDomesticRulesAndWithDistinctExamples() throws Exception {
        String en = read("report.en.html");
        String lead = leadership(en);
        int a = lead.indexOf("Main causes of replacement");
        int b = lead.indexOf("</table>", a);
        String causes = lead.substring(a, b);
        assertFalse(causes.contains("cn."), "no rule ids among the causes: " + causes);
        assertTrue(causes.contains("Operating systems from foreign companies"), causes);
        assertFalse(causes.toLowerCase(Locale.ROOT).contains("domestic"), "no domestic rule among the causes");
        assertFalse(causes.contains("placeholder"), "a placeholder is a reason for a check, not for a replacement");
        List<String> examples = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><td>[^<]*</td><td class=\"n\">[^<]*</td><td class=\"n\">[^<]*</td><td>([^<]*)</td></tr>").matcher(causes);
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertTrue(examples.size() >= 3, causes);
        assertEquals(examples.size(), new HashSet<>(examples).size(), "each cause has its own example: " + examples);
        // the detailed causes section also keeps domestic rules out
        int r = en.indexOf("<section id=\"reasons\">");
        String reasons = en.substring(r, en.indexOf("</section>", r));
        assertFalse(reasons.contains(".domestic<"), reasons);
    }

    @Test
    void dataQualityListsImportProblemsByFileAndLine() throws Exception {
        String en = read("report.en.html");
        int a = en.indexOf("<section id=\"quality\">");
        assertTrue(a > 0, "a data quality section");
        String q = en.substring(a, en.indexOf("</section>", a));
        assertTrue(q.contains("demo-administration.csv"), q.substring(0, Math.min(400, q.length())));
        String list = q.substring(q.indexOf("<table class=\"problems\">"));
        Matcher line = Pattern.compile("<tr><td>demo-administration.csv</td><td class=\"n\">([0-9]+)</td>").matcher(list);
        int rows = 0;
        while (line.find()) {
            rows++;
        }
        Matcher count = Pattern.compile("Imported [0-9,]+ assets .*; ([0-9]+) problem").matcher(demo.out());
        assertTrue(count.find(), demo.out());
        assertEquals(Integer.parseInt(count.group(1)), rows, "every import problem with its line");
        assertTrue(rows > 10);
        String appendix = read("report-appendix.en.html");
        assertTrue(appendix.contains("Machines of 2027") && appendix.contains("Machines of 2029"), "machines of each year");
        assertTrue(appendix.contains("<th>Host name</th>") && appendix.contains("<th>User</th>"), "host name and user listed");
    }

    @Test
    void noReportCarriesAnAbsolutePathOfTheMachine() throws Exception {
        List<String> forbidden = List.of(dir.toString(), dir.toRealPath().toString(), System.getProperty("user.home"),
                System.getProperty("user.dir"));
        List<Path> files;
        try (var s = Files.list(project)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("report") || n.endsWith(".csv");
            }).toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            String text = f.toString().endsWith(".xlsx") ? unzipped(f) : Files.readString(f, StandardCharsets.ISO_8859_1);
            for (String p : forbidden) {
                if (p != null && p.length() > 1) {
                    assertFalse(text.contains(p), f.getFileName() + " names " + p);
                }
            }
        }
        assertTrue(read("verdicts.csv").contains(",demo-administration.csv"), "sources relative to the import root");
    }

    private static String unzipped(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    // ---- rendering: PDF pages and the summary in a browser, kept in docs/images

    static Path images() throws IOException {
        String root = System.getProperty("origo.repo.root");
        Path d = root != null && Files.isDirectory(Paths.get(root, "docs")) ? Paths.get(root, "docs", "images")
                : Paths.get("target", "images").toAbsolutePath();
        Files.createDirectories(d);
        return d;
    }

    /** A tool of the machine, or the test is skipped (failed in CI, which must provide it). */
    static void require(String tool, String pkg) {
        if (Files.isExecutable(Paths.get(tool))) {
            return;
        }
        String message = tool + " is not installed (apt-get install -y " + pkg + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI must provide it");
        }
        Assumptions.abort(message);
    }

    static String exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd.get(0) + " did not finish");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + text);
        return text;
    }

    @Test
    void pdfIsAFewA4PagesWithChineseFontsEmbedded() throws Exception {
        require("/usr/bin/pdfinfo", "poppler-utils");
        for (String lang : List.of("en", "zh")) {
            Path pdf = project.resolve("report." + lang + ".pdf");
            String info = exec(List.of("/usr/bin/pdfinfo", pdf.toString()));
            Matcher pages = Pattern.compile("Pages:\\s+([0-9]+)").matcher(info);
            assertTrue(pages.find(), info);
            int n = Integer.parseInt(pages.group(1));
            assertTrue(n >= 2 && n <= 6, "a few pages: " + n);
            assertTrue(info.contains("595 x 842 pts (A4)"), info);
            String fonts = exec(List.of("/usr/bin/pdffonts", pdf.toString()));
            assertTrue(fonts.contains("NotoSansCJKsc-Regular"), fonts);
            for (String row : fonts.split("\n")) {
                if (row.contains("Identity-H") || row.contains("Type 1") || row.contains("TrueType")) {
                    assertTrue(row.matches(".*\\syes\\s+yes\\s+yes\\s.*"), "every font embedded as a subset: " + row);
                }
            }
            String text = exec(List.of("/usr/bin/pdftotext", "-layout", pdf.toString(), "-"));
            if (lang.equals("zh")) {
                assertTrue(text.contains("领导摘要") && text.matches("(?s).*[万亿]元.*"), text.substring(0, Math.min(900, text.length())));
            } else {
                assertTrue(text.contains("Leadership summary") && text.contains("CNY"), text.substring(0, Math.min(500, text.length())));
            }
            // the pages as pictures, for the documentation
            require("/usr/bin/pdftoppm", "poppler-utils");
            Path images = images();
            try (var s = Files.list(images)) {
                for (Path old : s.filter(p -> p.getFileName().toString().startsWith("report-pdf-" + lang + "-")).toList()) {
                    Files.delete(old);
                }
            }
            exec(List.of("/usr/bin/pdftoppm", "-r", "80", "-png", pdf.toString(), images.resolve("report-pdf-" + lang).toString()));
            for (int i = 1; i <= n; i++) {
                Path png = images.resolve("report-pdf-" + lang + "-" + i + ".png");
                assertTrue(Files.size(png) > 10_000, png + " is a real page");
            }
        }
    }

    @Test
    void summaryScreenshotsInChromium() throws Exception {
        require("/usr/bin/chromium", "chromium");
        for (String lang : List.of("en", "zh")) {
            Path png = images().resolve("report-summary-" + lang + ".png");
            Files.deleteIfExists(png);
            Path profile = Files.createTempDirectory(dir, "chromium-");
            exec(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--window-size=1280,2200", "--screenshot=" + png,
                    project.resolve("report." + lang + ".html").toUri().toString()));
            assertTrue(Files.size(png) > 50_000, png + " is a real picture");
        }
    }

    // ---- the command line a script uses

    @Test
    void jsonCarriesTheSameFiguresAsTheText() throws Exception {
        Run text = EndToEndTest.ok("--lang", "en", "project", "info", project.toString());
        Run json = EndToEndTest.ok("--lang", "en", "project", "info", project.toString(), "--json");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        var v = tree.get("verdicts");
        String line = "Verdicts: " + v.get("replace").asInt() + " REPLACE, " + v.get("keep").asInt() + " KEEP, " + v.get("review").asInt()
                + " REVIEW (" + v.get("anyUs").asInt() + " with US-origin components)";
        assertTrue(text.out().replaceAll("(?<=\\d),(?=\\d{3})", "").contains(line), line + "\n" + text.out());
        assertTrue(text.out().replaceAll("(?<=\\d),(?=\\d{3})", "").contains("Plan: " + tree.get("plan").get("phases").asInt() + " phases, " + tree.get("plan").get("items").asInt()
                + " items"), text.out());
        assertEquals(tree.get("snapshots").size(), Integer.parseInt(text.out().replaceAll("(?s).*Inventory snapshots: ([0-9]+).*", "$1")));

        Run bundlesText = EndToEndTest.ok("--lang", "en", "bundles");
        Run bundlesJson = EndToEndTest.ok("--lang", "en", "--json", "bundles");
        var b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundlesJson.out());
        String total = bundlesText.out().lines().filter(l -> !l.isBlank()).reduce((x, y) -> y).orElse("");
        assertTrue(total.contains(String.valueOf(b.get("shown").asInt())) && total.contains(String.valueOf(b.get("contributions").asInt())),
                total + " vs " + b);
        for (var bundle : b.get("bundles")) {
            assertTrue(bundlesText.out().contains(bundle.get("symbolicName").asText() + " " + bundle.get("version").asText()), bundle.toString());
        }
        // a command without JSON output says so instead of printing text where JSON is expected
        Run refused = EndToEndTest.origo("--lang", "en", "--json", "generate", "--assets", "3", "--seed", "1", "--out", dir.resolve("g.csv").toString());
        assertEquals(2, refused.code(), refused.all());
        assertTrue(refused.err().contains("--json works with"), refused.err());
    }

    @Test
    void versionQuietDidYouMeanCompletionAndWorkbenchHelp() throws Exception {
        Run version = EndToEndTest.ok("--version");
        assertTrue(version.out().matches("(?s)origo 1\\.[0-9]+\\.[0-9]+.*Java .*"), version.out());
        var v = new com.fasterxml.jackson.databind.ObjectMapper().readTree(EndToEndTest.ok("--version", "--json").out());
        assertTrue(version.out().startsWith("origo " + v.get("origo").asText()));

        Run typo = EndToEndTest.origo("--lang", "en", "reprot");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'report'?"), typo.err());
        Run typoZh = EndToEndTest.origo("--lang", "zh", "bundels");
        assertTrue(typoZh.err().contains("是否要使用“bundles”"), typoZh.err());
        Run option = EndToEndTest.origo("--lang", "en", "report", "--project", project.toString(), "--fromat", "html");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("unknown option --fromat; did you mean --format?"), option.err());
        assertTrue(option.err().contains("origo report --help"), "one hint, not the whole usage: " + option.err());

        Run help = EndToEndTest.ok("--lang", "en", "report", "--help");
        assertTrue(help.out().contains("Examples:") && help.out().contains("Global options"), help.out());
        Run mainHelp = EndToEndTest.ok("--lang", "zh", "--help");
        assertTrue(mainHelp.out().contains("示例：") && mainHelp.out().contains("全局选项"), mainHelp.out());

        String bash = EndToEndTest.ok("completion", "bash").out();
        assertTrue(bash.contains("complete -o filenames -F _origo origo"), bash);
        assertTrue(bash.contains("report) local opts=\"") && bash.contains("--format"), "options from the command definitions");
        String zsh = EndToEndTest.ok("completion", "zsh").out();
        assertTrue(zsh.startsWith("#compdef origo") && zsh.contains("--profile"), zsh);

        Run wbHelp = EndToEndTest.ok("--lang", "en", "workbench", "--help");
        assertTrue(wbHelp.out().startsWith("Usage: origo workbench"), wbHelp.out());
        Run wb = EndToEndTest.origo("--lang", "en", "workbench");
        assertEquals(1, wb.code());
        assertEquals(1, wb.err().strip().lines().count(), "one line: " + wb.err());
        assertTrue(wb.err().contains("graphical display"), wb.err());

        Run loud = EndToEndTest.ok("--lang", "en", "generate", "--assets", "50", "--seed", "1", "--out", dir.resolve("l.csv").toString());
        assertFalse(loud.err().isBlank(), "progress lines without --quiet");
        Run quiet = EndToEndTest.ok("--quiet", "--lang", "en", "generate", "--assets", "50", "--seed", "1", "--out", dir.resolve("q.csv").toString());
        assertTrue(quiet.err().isBlank(), "no progress lines: " + quiet.err());
    }
}
