package org.origo.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an analyst would do instead of Origo: load the ledger into DuckDB (in memory), drop blank
 * rows, repeated headers and exact duplicates, and join brand, CPU, operating system and the
 * watch-listed software (office suites, databases) against a small origin table, then roll each
 * asset up to REPLACE / KEEP / REVIEW with the cn-2020 logic (any foreign key component: REPLACE;
 * brand and, for computers, CPU known Chinese and nothing foreign: KEEP; otherwise REVIEW).
 * The origin table is deliberately small: it is the reference for the join's cost, not a rule base.
 */
final class DuckDbJoin {

    record Result(double loadSeconds, double joinSeconds, long assets, Map<String, long[]> verdicts) {
    }

    /** component, lower-case substring, headquarters country (ISO 3166). */
    private static final String[][] ORIGIN = {
        {"brand", "dell", "US"}, {"brand", "戴尔", "US"}, {"brand", "hp", "US"}, {"brand", "惠普", "US"},
        {"brand", "hewlett", "US"}, {"brand", "apple", "US"}, {"brand", "苹果", "US"}, {"brand", "ibm", "US"},
        {"brand", "supermicro", "US"}, {"brand", "超微", "US"}, {"brand", "vmware", "US"}, {"brand", "cisco", "US"},
        {"brand", "思科", "US"}, {"brand", "juniper", "US"}, {"brand", "asus", "TW"}, {"brand", "华硕", "TW"},
        {"brand", "acer", "TW"}, {"brand", "宏碁", "TW"}, {"brand", "fujitsu", "JP"}, {"brand", "富士通", "JP"},
        {"brand", "canon", "JP"}, {"brand", "佳能", "JP"}, {"brand", "brother", "JP"}, {"brand", "兄弟", "JP"},
        {"brand", "epson", "JP"}, {"brand", "爱普生", "JP"}, {"brand", "kyocera", "JP"}, {"brand", "京瓷", "JP"},
        {"brand", "ricoh", "JP"}, {"brand", "理光", "JP"}, {"brand", "samsung", "KR"}, {"brand", "三星", "KR"},
        {"brand", "lenovo", "CN"}, {"brand", "联想", "CN"}, {"brand", "huawei", "CN"}, {"brand", "华为", "CN"},
        {"brand", "inspur", "CN"}, {"brand", "浪潮", "CN"}, {"brand", "sugon", "CN"}, {"brand", "曙光", "CN"},
        {"brand", "great wall", "CN"}, {"brand", "长城", "CN"}, {"brand", "同方", "CN"}, {"brand", "thtf", "CN"},
        {"brand", "pantum", "CN"}, {"brand", "奔图", "CN"}, {"brand", "h3c", "CN"}, {"brand", "新华三", "CN"},
        {"brand", "ruijie", "CN"}, {"brand", "锐捷", "CN"}, {"brand", "tp-link", "CN"}, {"brand", "普联", "CN"},
        {"brand", "hikvision", "CN"}, {"brand", "海康", "CN"},
        {"cpu", "intel", "US"}, {"cpu", "amd ", "US"}, {"cpu", "apple m", "US"}, {"cpu", "hygon", "CN"},
        {"cpu", "zhaoxin", "CN"}, {"cpu", "phytium", "CN"}, {"cpu", "kunpeng", "CN"}, {"cpu", "kirin", "CN"},
        {"cpu", "loongson", "CN"},
        {"os", "windows", "US"}, {"os", "macos", "US"}, {"os", "centos", "US"}, {"os", "red hat", "US"},
        {"os", "esxi", "US"}, {"os", "cisco ios", "US"}, {"os", "junos", "US"}, {"os", "uos", "CN"},
        {"os", "uniontech", "CN"}, {"os", "kylin", "CN"}, {"os", "麒麟", "CN"}, {"os", "openeuler", "CN"},
        {"os", "comware", "CN"}, {"os", "vrp", "CN"}, {"os", "rgos", "CN"},
        {"publisher", "microsoft", "US"}, {"publisher", "oracle", "US"}, {"publisher", "kingsoft", "CN"},
        {"publisher", "永中", "CN"}, {"publisher", "达梦", "CN"}, {"publisher", "人大金仓", "CN"},
        {"publisher", "document foundation", "DE"},
    };

    private static final String CLASSIFY = """
            WITH
            brand AS (SELECT a.id, bool_or(o.country = 'US') us, bool_or(o.country <> 'CN') fgn, bool_or(o.country = 'CN') cn
                      FROM a LEFT JOIN origin o ON o.comp = 'brand' AND contains(lower(trim(a."品牌")), o.pattern) GROUP BY a.id),
            cpu AS (SELECT a.id, bool_or(o.country = 'US') us, bool_or(o.country <> 'CN') fgn, bool_or(o.country = 'CN') cn
                      FROM a LEFT JOIN origin o ON o.comp = 'cpu' AND contains(lower(a."处理器"), o.pattern) GROUP BY a.id),
            os AS (SELECT a.id, bool_or(o.country = 'US') us, bool_or(o.country <> 'CN') fgn
                      FROM a LEFT JOIN origin o ON o.comp = 'os' AND contains(lower(a."操作系统"), o.pattern) GROUP BY a.id),
            entries AS (SELECT id, unnest(string_split("软件", ';')) e FROM a WHERE "软件" IS NOT NULL),
            sw AS (SELECT s.id, bool_or(o.country = 'US') us, bool_or(o.country <> 'CN') fgn
                      FROM entries s JOIN origin o ON o.comp = 'publisher' AND contains(lower(split_part(s.e, '|', 1)), o.pattern)
                      WHERE regexp_matches(lower(split_part(s.e, '|', 2)), 'office|wps|sql server|database|mysql|dm8|kingbase|永中')
                      GROUP BY s.id),
            v AS (SELECT a.id,
                    CASE WHEN coalesce(brand.fgn, false) OR coalesce(cpu.fgn, false) OR coalesce(os.fgn, false) OR coalesce(sw.fgn, false)
                           THEN 'REPLACE'
                         WHEN coalesce(brand.cn, false) AND (a."类型" NOT IN ('台式机', '笔记本', '一体机', '服务器') OR coalesce(cpu.cn, false))
                           THEN 'KEEP'
                         ELSE 'REVIEW' END AS verdict,
                    coalesce(brand.us, false) OR coalesce(cpu.us, false) OR coalesce(os.us, false) OR coalesce(sw.us, false) AS any_us
                  FROM a LEFT JOIN brand USING (id) LEFT JOIN cpu USING (id) LEFT JOIN os USING (id) LEFT JOIN sw USING (id))
            SELECT verdict, count(*), sum(CASE WHEN any_us THEN 1 ELSE 0 END) FROM v GROUP BY verdict ORDER BY verdict
            """;

    private DuckDbJoin() {
    }

    static Result run(Path csv) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE origin (comp VARCHAR, pattern VARCHAR, country VARCHAR)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO origin VALUES (?, ?, ?)")) {
                for (String[] o : ORIGIN) {
                    ps.setString(1, o[0]);
                    ps.setString(2, o[1]);
                    ps.setString(3, o[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            long t0 = System.nanoTime();
            String path = csv.toAbsolutePath().toString().replace("'", "''");
            st.execute("CREATE TABLE raw AS SELECT * FROM read_csv('" + path + "', header = true, all_varchar = true, "
                    + "delim = ',', quote = '\"', escape = '\"', null_padding = true, strict_mode = false)");
            st.execute("CREATE TABLE a AS SELECT DISTINCT \"资产编号\" AS id, * FROM raw "
                    + "WHERE \"资产编号\" IS NOT NULL AND \"资产编号\" <> '资产编号'");
            long t1 = System.nanoTime();
            long assets;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM a")) {
                rs.next();
                assets = rs.getLong(1);
            }
            long t2 = System.nanoTime();
            Map<String, long[]> verdicts = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(CLASSIFY)) {
                while (rs.next()) {
                    verdicts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            long t3 = System.nanoTime();
            return new Result((t1 - t0) / 1e9, (t3 - t2) / 1e9, assets, verdicts);
        }
    }
}
