package org.origo.report.html.tests;

import org.origo.report.testing.ReportEstate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real headless Chromium: the page must render without console
 * messages, the parsed DOM must hold the key figures and no script element, and a screenshot is
 * kept under target/screenshots. Without Chromium the test is skipped, except in CI
 * ({@code CI=true}), where it fails.
 */
class ChromiumRenderingTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    @TempDir
    Path dir;

    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI must provide it");
        }
        Assumptions.abort(message + "; skipping the browser rendering test");
    }

    record Run(int exit, String stdout, String stderr) {
    }

    private Run chromium(Path profile, Path report, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(report.toUri().toString());
        Path out = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Where screenshots are kept: the test project's target folder. */
    static Path screenshots() throws IOException {
        String root = System.getProperty("origo.repo.root");
        Path base = root != null && Files.isDirectory(Paths.get(root, "tests", "org.origo.report.html.tests"))
                ? Paths.get(root, "tests", "org.origo.report.html.tests", "target")
                : Paths.get("target").toAbsolutePath();
        Path d = base.resolve("screenshots");
        Files.createDirectories(d);
        return d;
    }

    private static List<String> consoleLines(String stderr) {
        List<String> l = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.contains(":CONSOLE(") || line.contains("Uncaught") || line.contains("Refused to")) {
                l.add(line);
            }
        }
        return l;
    }

    @Test
    void reportRendersInChromiumWithoutConsoleErrors() throws Exception {
        requireChromium();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Path out = dir.resolve(locale.getLanguage());
            String html = HtmlReportTest.render(new ReportEstate(), out, locale);
            assertTrue(html.length() > 1000);
            Path report = out.resolve(org.origo.report.html.internal.HtmlReportRenderer.fileName(locale));

            Run dom = chromium(Files.createTempDirectory(dir, "profile-"), report, "--dump-dom");
            assertEquals(0, dom.exit(), dom.stderr());
            assertEquals(List.of(), consoleLines(dom.stderr()), "no console messages");
            // the per-asset list lives in the appendix file: both are parsed
            Path appendix = out.resolve(org.origo.report.html.internal.HtmlReportRenderer.appendixName(locale));
            Run domAppendix = chromium(Files.createTempDirectory(dir, "profile-"), appendix, "--dump-dom");
            assertEquals(0, domAppendix.exit(), domAppendix.stderr());
            assertEquals(List.of(), consoleLines(domAppendix.stderr()), "no console messages");
            String parsed = dom.stdout() + domAppendix.stdout();
            assertFalse(parsed.toLowerCase(Locale.ROOT).contains("<script"), "the asset name did not become a script element");
            assertTrue(parsed.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "it is text in the DOM");
            if (locale == Locale.ENGLISH) {
                assertTrue(parsed.contains("<div class=\"value\">60</div>"));
                assertTrue(parsed.contains("66.7% of all assets"));
                assertTrue(parsed.contains("40 assets to replace, total cost 708,000.00"));
            } else {
                assertTrue(parsed.contains("执行摘要"));
                assertTrue(parsed.contains("占全部资产的 66.7%"));
                assertTrue(parsed.contains("待替换资产 40 台，总费用 708,000.00"));
            }
            assertTrue(parsed.contains("<svg"), "charts are in the DOM");

            Path png = screenshots().resolve("report-" + locale.getLanguage() + ".png");
            Files.deleteIfExists(png);
            Run shot = chromium(Files.createTempDirectory(dir, "profile-"), report, "--hide-scrollbars",
                    "--screenshot=" + png, "--window-size=1280,2000");
            assertEquals(0, shot.exit(), shot.stderr());
            assertEquals(List.of(), consoleLines(shot.stderr()), "no console messages");
            assertTrue(Files.isRegularFile(png), "screenshot written to " + png);
            byte[] b = Files.readAllBytes(png);
            assertTrue(b.length > 10_000, "a real picture, not an empty page: " + b.length + " bytes");
            assertEquals(0x89, b[0] & 0xff);
            assertEquals('P', b[1]);
            ByteBuffer ihdr = ByteBuffer.wrap(b, 16, 8);
            assertEquals(1280, ihdr.getInt(), "PNG width");
            assertEquals(2000, ihdr.getInt(), "PNG height");
            System.out.println("screenshot: " + png);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}
