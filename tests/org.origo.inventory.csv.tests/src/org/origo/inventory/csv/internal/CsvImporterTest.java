package org.origo.inventory.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.inventory.api.ImportPreview;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.inventory.csv.internal.i18n.CsvMessages;
import org.origo.inventory.engine.InventoryEngine;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.MergeAction;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.Severity;

class CsvImporterTest {

    @TempDir
    Path dir;

    private final InventoryEngine engine = new InventoryEngine(() -> List.of(new CsvImporter()), List::of);

    static final String ZH_HEADER = "资产编号,序列号,主机名,类型,品牌,型号,处理器,操作系统,部门,使用人,位置,购置日期,已安装软件";
    static final String ZH_ROW1 = "ZC-0001,PF2ABCDE,财政局-PC-001,台式机,联想,开天M740J,兆芯KX-U6780A,统信UOS 20,办公室,张伟,一号楼301,2021-03-15,"
            + "\"Kingsoft|WPS Office|11.8.2;Microsoft Corporation|Microsoft Office Professional Plus 2016|16.0.4266\"";
    static final String ZH_ROW2 = "ZC-0002,5CG1234XYZ,财政局-NB-002,笔记本,HP,EliteBook 840 G8,Intel(R) Core(TM) i5-1135G7,Microsoft Windows 10 Pro,预算科,李娜,二号楼205,2020/11/02,"
            + "\"Google LLC|Google Chrome|120.0\"";
    static final String ZH_ROW3 = "ZC-0003,,财政局-SRV-01,服务器,浪潮,NF5280M5,Intel(R) Xeon(R) Silver 4210,Kylin Linux Advanced Server V10 (Sword),信息中心,王强,机房,2019年5月20日,";

    private Path write(String name, String text, Charset cs, byte[] bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(p, all);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text, cs, new byte[0]);
    }

    private static Project project() {
        return OrigoFactory.eINSTANCE.createProject();
    }

    private ImportReport run(Project p, Path f, Map<String, String> options) throws OrigoException {
        return engine.importInto(p, List.of(f), null,
                new ImportRequest(null, null, false, ImportRequest.DEFAULT_MERGE_KEYS, null, options), Progress.NONE);
    }

    private static Component comp(Asset a, ComponentKind k) {
        return a.getComponents().stream().filter(c -> c.getKind() == k).findFirst().orElse(null);
    }

    private static Date day(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static Asset byHost(Project p, String host) {
        return p.getSnapshots().get(p.getSnapshots().size() - 1).getAssets().stream()
                .filter(a -> host.equals(a.getHostname())).findFirst().orElseThrow(() -> new AssertionError("no " + host));
    }

    /** The Chinese ledger read in every encoding gives the same assets. */
    private void assertChineseLedger(Project p) {
        Asset pc = byHost(p, "财政局-PC-001");
        assertEquals("ZC-0001", pc.getAssetTag());
        assertEquals("PF2ABCDE", pc.getSerial());
        assertEquals(AssetKind.DESKTOP, pc.getKind());
        assertEquals("Lenovo", comp(pc, ComponentKind.SYSTEM).getVendor());
        assertEquals("联想", comp(pc, ComponentKind.SYSTEM).getRawVendor());
        assertEquals("开天M740J", comp(pc, ComponentKind.SYSTEM).getProduct());
        assertEquals("兆芯KX-U6780A", comp(pc, ComponentKind.CPU).getProduct());
        assertEquals("统信UOS 20", comp(pc, ComponentKind.OS).getProduct());
        assertEquals("办公室", pc.getDepartment());
        assertEquals("张伟", pc.getOwner());
        assertEquals("一号楼301", pc.getSite());
        assertEquals(day(2021, 3, 15), pc.getPurchaseDate());
        assertEquals(2, pc.getSoftware().size());
        assertEquals("WPS Office", pc.getSoftware().get(0).getTitle().getName());
        assertEquals("Kingsoft", pc.getSoftware().get(0).getTitle().getPublisher());
        assertEquals("11.8.2", pc.getSoftware().get(0).getTitle().getVersion());
        assertEquals("Microsoft", pc.getSoftware().get(1).getTitle().getPublisher());
        Asset nb = byHost(p, "财政局-NB-002");
        assertEquals(AssetKind.LAPTOP, nb.getKind());
        assertEquals("HP", comp(nb, ComponentKind.SYSTEM).getVendor());
        assertEquals(day(2020, 11, 2), nb.getPurchaseDate());
        Asset srv = byHost(p, "财政局-SRV-01");
        assertEquals(AssetKind.SERVER, srv.getKind());
        assertEquals("Inspur", comp(srv, ComponentKind.SYSTEM).getVendor());
        assertEquals("Kylin Linux Advanced Server V10 (Sword)", comp(srv, ComponentKind.OS).getProduct());
        assertEquals(day(2019, 5, 20), srv.getPurchaseDate());
        assertNull(srv.getSerial());
    }

    private static String ledger(String nl) {
        return ZH_HEADER + nl + ZH_ROW1 + nl + ZH_ROW2 + nl + ZH_ROW3 + nl;
    }

    @Test
    void gb18030() throws Exception {
        Project p = project();
        ImportReport r = run(p, write("gbk.csv", ledger("\r\n"), Charset.forName("GB18030")), Map.of());
        assertEquals(3, r.assets());
        assertChineseLedger(p);
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        Project p = project();
        run(p, write("bom.csv", ledger("\n"), StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }), Map.of());
        assertChineseLedger(p);
        Project q = project();
        run(q, write("nobom.csv", ledger("\n"), StandardCharsets.UTF_8), Map.of());
        assertChineseLedger(q);
    }

    @Test
    void utf16LittleAndBigEndian() throws Exception {
        Project p = project();
        run(p, write("le.csv", ledger("\r\n"), StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }), Map.of());
        assertChineseLedger(p);
        Project q = project();
        run(q, write("be.csv", ledger("\r\n").replace(',', '\t'), StandardCharsets.UTF_16BE, new byte[] { (byte) 0xFE, (byte) 0xFF }),
                Map.of());
        // tab-separated: the software column's commas were tabs too, restore them through the semicolons
        assertEquals("Lenovo", comp(byHost(q, "财政局-PC-001"), ComponentKind.SYSTEM).getVendor());
    }

    @Test
    void windows1252SemicolonCrOnly() throws Exception {
        String text = "Hostname;Serial Number;Manufacturer;Model;CPU;OS;Owner;Department;Purchase Date\r"
                + "poste-001;CZC1234ABC;Hewlett-Packard;HP ProDesk 600 G4;Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz;Microsoft Windows 10 Pro;Zoë Müller;Comptabilité;15/03/2019\r"
                + "poste-002;CZC9876XYZ;Dell Inc.;OptiPlex 7060;Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz;Microsoft Windows 10 Pro;José Nuñez;Direction;03/04/2018\r";
        Project p = project();
        ImportReport r = run(p, write("fr.csv", text, Charset.forName("windows-1252")), Map.of());
        assertEquals(2, r.assets());
        Asset a = byHost(p, "poste-001");
        assertEquals("Zoë Müller", a.getOwner());
        assertEquals("Comptabilité", a.getDepartment());
        assertEquals("HP", comp(a, ComponentKind.SYSTEM).getVendor());
        assertEquals("Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", comp(a, ComponentKind.CPU).getProduct());
        // 15/03/2019 decides the column: day/month, so 03/04/2018 is 3 April
        assertEquals(day(2019, 3, 15), a.getPurchaseDate());
        assertEquals(day(2018, 4, 3), byHost(p, "poste-002").getPurchaseDate());
        assertEquals("Dell", comp(byHost(p, "poste-002"), ComponentKind.SYSTEM).getVendor());
    }

    @Test
    void pipeDelimitedWithQuotedNewlinesBlankAndRepeatedHeaders() throws Exception {
        String text = "市财政局计算机台账（2024）\n\n"
                + "主机名|SN|品牌|备注\n"
                + "pc-1|SN-0001|Lenovo|\"两行\n备注\"\n"
                + "\n"
                + "主机名|SN|品牌|备注\n"
                + "pc-2|SN-0002|\"Dell Inc.\"|\"含 \"\"引号\"\" 的备注\"\n";
        Project p = project();
        ImportReport r = run(p, write("pipe.txt", text, StandardCharsets.UTF_8), Map.of());
        assertEquals(2, r.assets());
        assertEquals("SN-0002", byHost(p, "pc-2").getSerial());
        assertEquals("Dell", comp(byHost(p, "pc-2"), ComponentKind.SYSTEM).getVendor());
        assertTrue(r.problems().stream().anyMatch(x -> x.getLine() == 7 && x.getMessageEn().contains("repeated header")));
        assertTrue(r.problems().stream().anyMatch(x -> x.getLine() == 1 && x.getMessageEn().contains("before the header")));
    }

    @Test
    void excelDamageIsFlaggedNotUsedAsIdentity() throws Exception {
        String text = "Hostname,Serial,Asset Tag,Purchase Date\n"
                + "xl-1,6.37702E+15,AT-1,2019-01-05\n"
                + "xl-2,6.37702E+15,AT-2,43831\n";
        Project p = project();
        ImportReport r = run(p, write("excel.csv", text, StandardCharsets.UTF_8), Map.of());
        assertEquals(2, r.assets(), "two damaged serials must not merge two machines");
        Asset a = byHost(p, "xl-1");
        assertNull(a.getSerial());
        assertTrue(a.getProperties().stream().anyMatch(x -> x.getKey().equals("excel.damaged.serial") && x.getValue().equals("6.37702E+15")));
        assertTrue(r.problems().stream().anyMatch(x -> x.getLine() == 2 && "Serial".equals(x.getField())
                && x.getMessageEn().contains("6.37702E+15") && x.getMessageZh().contains("科学计数法")));
        assertEquals(day(2020, 1, 1), byHost(p, "xl-2").getPurchaseDate());
    }

    @Test
    void ambiguousDatesAreReportedNotGuessed() throws Exception {
        String text = "hostname,purchase date\nd-1,03/04/2019\nd-2,05/06/2020\nd-3,2021-07-08\n";
        Path f = write("dates.csv", text, StandardCharsets.UTF_8);
        Project p = project();
        ImportReport r = run(p, f, Map.of());
        assertNull(byHost(p, "d-1").getPurchaseDate());
        assertNull(byHost(p, "d-2").getPurchaseDate());
        assertEquals(day(2021, 7, 8), byHost(p, "d-3").getPurchaseDate());
        assertTrue(r.problems().stream().anyMatch(x -> x.getLine() == -1 && x.getMessageEn().contains("2 dates")
                && x.getMessageEn().contains("03/04/2019")));
        Project q = project();
        run(q, f, Map.of("date-format", "MM/dd/yyyy"));
        assertEquals(day(2019, 3, 4), byHost(q, "d-1").getPurchaseDate());
        Project s = project();
        run(s, f, Map.of("date-format", "dd/MM/yyyy"));
        assertEquals(day(2019, 4, 3), byHost(s, "d-1").getPurchaseDate());
    }

    @Test
    void typeColumnAndSoftwareColumn() throws Exception {
        String text = "hostname,类型,软件\n"
                + "k1,笔记本,\"Microsoft Corporation|Microsoft Office Standard 2019|16.0;|7-Zip|19.00;Mozilla||\"\n"
                + "k2,打印机,\n" + "k3,交换机,\n" + "k4,一体机,\n" + "k5,瘦客户机,\n" + "k6,飞行器,\n";
        Project p = project();
        ImportReport r = run(p, write("types.csv", text, StandardCharsets.UTF_8), Map.of());
        assertEquals(AssetKind.LAPTOP, byHost(p, "k1").getKind());
        assertEquals(AssetKind.PRINTER, byHost(p, "k2").getKind());
        assertEquals(AssetKind.NETWORK, byHost(p, "k3").getKind());
        assertEquals(AssetKind.ALL_IN_ONE, byHost(p, "k4").getKind());
        assertEquals(AssetKind.THIN_CLIENT, byHost(p, "k5").getKind());
        assertEquals(AssetKind.UNKNOWN, byHost(p, "k6").getKind());
        assertTrue(r.problems().stream().anyMatch(x -> x.getMessageEn().contains("飞行器")));
        Asset k1 = byHost(p, "k1");
        assertEquals(2, k1.getSoftware().size(), "an entry without a name is not a title");
        assertEquals("7-Zip", k1.getSoftware().get(1).getTitle().getName());
        assertNull(k1.getSoftware().get(1).getTitle().getPublisher());
        assertEquals("19.00", k1.getSoftware().get(1).getTitle().getVersion());
    }

    @Test
    void mappingFileNamesUnusualColumns() throws Exception {
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "# our office's columns\n@delimiter = semicolon\n@date-format = dd/MM/yyyy\n"
                + "机器编号 = serial\n责任部门 = department\n备注 = ignore\nPC = hostname\n", StandardCharsets.UTF_8);
        String text = "PC;机器编号;责任部门;备注;购置日期\nm-1;ABC123;人事处;旧机器;01/02/2020\n";
        Project p = project();
        engine.importInto(p, List.of(write("custom.csv", text, StandardCharsets.UTF_8)), null,
                new ImportRequest(null, mapping, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), Progress.NONE);
        Asset a = byHost(p, "m-1");
        assertEquals("ABC123", a.getSerial());
        assertEquals("人事处", a.getDepartment());
        assertEquals(day(2020, 2, 1), a.getPurchaseDate());

        Files.writeString(mapping, "机器编号 = serial\n责任部门 = colour\n", StandardCharsets.UTF_8);
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(project(),
                List.of(dir.resolve("custom.csv")), null,
                new ImportRequest(null, mapping, false, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), Progress.NONE));
        assertEquals(2, e.line());
        assertTrue(e.file().endsWith("mapping.txt"));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("未知字段"));
    }

    @Test
    void brokenLedgerGivesALocatedErrorAndChangesNothing() throws Exception {
        Project p = project();
        run(p, write("ok.csv", "hostname,serial\nfirst,S-1\n", StandardCharsets.UTF_8), Map.of());
        String text = "hostname,serial\nx1,S-2\nx2,\"S-3\nx3,S-4\n";
        OrigoException e = assertThrows(OrigoException.class, () -> run(p, write("broken.csv", text, StandardCharsets.UTF_8), Map.of()));
        assertEquals(3, e.line());
        assertTrue(e.describe(Locale.ENGLISH).startsWith(dir.resolve("broken.csv").toString() + ":3:"), e.describe(Locale.ENGLISH));
        assertTrue(e.describe(Locale.SIMPLIFIED_CHINESE).contains("引号"));
        assertEquals(1, p.getSnapshots().size());
        OrigoException none = assertThrows(OrigoException.class,
                () -> run(p, write("nocols.csv", "colour,flavour\nred,sweet\n", StandardCharsets.UTF_8), Map.of()));
        assertEquals(1, none.line());
        assertEquals(1, p.getSnapshots().size());
    }

    @Test
    void strictFailsOnTheFirstRowProblem() throws Exception {
        Path f = write("strict.csv", "hostname,serial,cores\ns1,A,4\ns2,B,many\n", StandardCharsets.UTF_8);
        Project p = project();
        OrigoException e = assertThrows(OrigoException.class, () -> engine.importInto(p, List.of(f), null,
                new ImportRequest(null, null, true, ImportRequest.DEFAULT_MERGE_KEYS, null, Map.of()), Progress.NONE));
        assertEquals(3, e.line());
        assertEquals("cores", e.field());
        assertTrue(p.getSnapshots().isEmpty());
    }

    @Test
    void reimportOfANewerExportMergesWithoutDuplicates() throws Exception {
        Project p = project();
        Path v1 = write("v1.csv", ledger("\n"), StandardCharsets.UTF_8);
        run(p, v1, Map.of());
        String idPc = byHost(p, "财政局-PC-001").getId();
        // a year later: PC-001 moved department, NB-002 was replaced, a new desktop arrived, the server (no serial) stays by asset tag
        String v2text = ZH_HEADER + "\n" + ZH_ROW1.replace("办公室", "预算科") + "\n" + ZH_ROW3 + "\n"
                + "ZC-0004,UOS7788,财政局-PC-004,台式机,长城,世恒TN140A2,飞腾D2000/8,Kylin Desktop V10,办公室,赵敏,一号楼302,2024-01-10,\n";
        ImportRequest keys = new ImportRequest(null, null, false, List.of("serial", "uuid", "assettag"), null, Map.of("complete", "true"));
        ImportReport r = engine.importInto(p, List.of(write("v2.csv", v2text, StandardCharsets.UTF_8)), null, keys, Progress.NONE);
        assertEquals(3, r.assets());
        assertEquals(2, r.mergedAssets());
        assertEquals(1, r.newAssets());
        assertEquals(1, r.goneAssets());
        assertEquals(idPc, byHost(p, "财政局-PC-001").getId());
        assertEquals("预算科", byHost(p, "财政局-PC-001").getDepartment());
        assertEquals("Great Wall", comp(byHost(p, "财政局-PC-004"), ComponentKind.SYSTEM).getVendor());
        assertTrue(p.getSnapshots().get(1).getMergeLog().stream()
                .anyMatch(m -> (m.getAction() == MergeAction.MERGED || m.getAction() == MergeAction.UNCHANGED) && "assettag".equals(m.getKey())));
        assertEquals(3, p.getSnapshots().get(1).getAssets().stream().map(Asset::getId).distinct().count());
        // titles are shared: importing the same ledger twice adds none
        int titles = p.getSoftwareTitles().size();
        run(p, v1, Map.of("complete", "true"));
        assertEquals(titles, p.getSoftwareTitles().size());
    }

    @Test
    void previewShowsEncodingDelimiterMappingAndRows() throws Exception {
        Path f = write("preview.csv", ledger("\r\n").replace(',', ';').replace(";\"Kingsoft", ";\"Kingsoft"),
                Charset.forName("GB18030"));
        List<ImportPreview> previews = engine.preview(List.of(f), null, ImportRequest.defaults());
        assertEquals(1, previews.size());
        ImportPreview pv = previews.get(0);
        assertEquals("csv", pv.importer());
        assertEquals("GB18030", pv.detected().get("encoding"));
        assertEquals("semicolon (;)", pv.detected().get("delimiter"));
        assertEquals("CRLF", pv.detected().get("line ends"));
        assertEquals("序列号", pv.columns().get(1));
        assertEquals("serial", pv.mapping().get(1));
        assertEquals("asset_tag", pv.mapping().get(0));
        assertEquals(3, pv.rows().size());
        assertEquals("财政局-PC-001", pv.rows().get(0).get("hostname"));
    }

    @Test
    void sniffingPrefersLedgersWithKnownHeaders() throws Exception {
        CsvImporter c = new CsvImporter();
        Path ledger = write("l.txt", "hostname,serial\na,b\n", StandardCharsets.UTF_8);
        Path json = write("j.csv", "{\"content\":{}}", StandardCharsets.UTF_8);
        assertTrue(c.sniff(source(ledger)) >= 80);
        assertTrue(c.sniff(source(json)) <= 5);
        assertFalse(c.sniff(source(write("bin.dat", "\0\0\0binary", StandardCharsets.ISO_8859_1))) > 0);
    }

    private static org.origo.inventory.api.ImportSource source(Path p) {
        return new org.origo.inventory.api.ImportSource() {
            @Override
            public String name() {
                return p.getFileName().toString();
            }

            @Override
            public Path path() {
                return p;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public byte[] head(int max) throws IOException {
                try (var in = Files.newInputStream(p)) {
                    return in.readNBytes(max);
                }
            }

            @Override
            public java.io.InputStream open() throws IOException {
                return Files.newInputStream(p);
            }

            @Override
            public String hostHint() {
                return null;
            }
        };
    }

    @Test
    void everyMessageExistsInChinese() {
        assertEquals(Set.of(), CsvMessages.all().missingInChinese());
        assertNotNull(CsvMessages.get("csv.excel.damaged", "1E+10").zh());
    }
}
