package org.origo.generator.internal;

/**
 * Sites, departments and people of a Chinese city administration: the city's bureaus, its
 * districts' bureaus, hospitals, schools and street offices, each with the departments such a unit
 * has, and personal names drawn from common surnames and given-name characters. Codes are pinyin
 * initials, as IT offices use them in host names.
 */
public final class Organisation {

    /** What kind of unit a site is; it decides its departments. */
    enum UnitType {
        BUREAU, HOSPITAL, SCHOOL, STREET
    }

    record Unit(String name, String code, UnitType type) {
    }

    record Department(String name, String code) {
    }

    private static final Unit[] CITY = {
        new Unit("市人民政府办公室", "SZF", UnitType.BUREAU),
        new Unit("市发展和改革委员会", "FGW", UnitType.BUREAU),
        new Unit("市财政局", "CZJ", UnitType.BUREAU),
        new Unit("市教育局", "JYJ", UnitType.BUREAU),
        new Unit("市公安局", "GAJ", UnitType.BUREAU),
        new Unit("市民政局", "MZJ", UnitType.BUREAU),
        new Unit("市司法局", "SFJ", UnitType.BUREAU),
        new Unit("市人力资源和社会保障局", "RSJ", UnitType.BUREAU),
        new Unit("市自然资源和规划局", "ZRZYJ", UnitType.BUREAU),
        new Unit("市生态环境局", "STHJJ", UnitType.BUREAU),
        new Unit("市住房和城乡建设局", "ZJJ", UnitType.BUREAU),
        new Unit("市交通运输局", "JTJ", UnitType.BUREAU),
        new Unit("市水利局", "SLJ", UnitType.BUREAU),
        new Unit("市农业农村局", "NYJ", UnitType.BUREAU),
        new Unit("市商务局", "SWJ", UnitType.BUREAU),
        new Unit("市文化广电旅游局", "WGLJ", UnitType.BUREAU),
        new Unit("市卫生健康委员会", "WJW", UnitType.BUREAU),
        new Unit("市应急管理局", "YJJ", UnitType.BUREAU),
        new Unit("市审计局", "SJJ", UnitType.BUREAU),
        new Unit("市市场监督管理局", "SJJG", UnitType.BUREAU),
        new Unit("市统计局", "TJJ", UnitType.BUREAU),
        new Unit("市医疗保障局", "YBJ", UnitType.BUREAU),
        new Unit("市政务服务中心", "ZWZX", UnitType.BUREAU),
        new Unit("市大数据中心", "DSJ", UnitType.BUREAU),
        new Unit("市档案馆", "DAG", UnitType.BUREAU),
        new Unit("市第一人民医院", "SYY", UnitType.HOSPITAL),
        new Unit("市中医院", "ZYY", UnitType.HOSPITAL),
        new Unit("市妇幼保健院", "FYBJ", UnitType.HOSPITAL),
        new Unit("市第一中学", "YZ", UnitType.SCHOOL),
        new Unit("市实验中学", "SYZX", UnitType.SCHOOL),
        new Unit("市职业技术学校", "ZJ", UnitType.SCHOOL),
    };

    private static final String[][] DISTRICTS = {
        {"城东区", "CD"}, {"城西区", "CX"}, {"城南区", "CN"}, {"城北区", "CB"}, {"高新区", "GX"},
        {"经开区", "JK"}, {"滨江区", "BJ"}, {"北湖区", "BH"}, {"临河县", "LH"}, {"青山县", "QS"},
        {"石桥镇", "SQ"}, {"云台县", "YT"},
    };

    private static final Unit[] DISTRICT_UNITS = {
        new Unit("人民政府办公室", "ZF", UnitType.BUREAU),
        new Unit("财政局", "CZJ", UnitType.BUREAU),
        new Unit("教育局", "JYJ", UnitType.BUREAU),
        new Unit("公安分局", "GAJ", UnitType.BUREAU),
        new Unit("民政局", "MZJ", UnitType.BUREAU),
        new Unit("人力资源和社会保障局", "RSJ", UnitType.BUREAU),
        new Unit("卫生健康局", "WJJ", UnitType.BUREAU),
        new Unit("市场监督管理局", "SJJ", UnitType.BUREAU),
        new Unit("住房和城乡建设局", "ZJJ", UnitType.BUREAU),
        new Unit("农业农村局", "NYJ", UnitType.BUREAU),
        new Unit("政务服务中心", "ZWZX", UnitType.BUREAU),
        new Unit("人民医院", "RMYY", UnitType.HOSPITAL),
        new Unit("中医院", "ZYY", UnitType.HOSPITAL),
        new Unit("疾病预防控制中心", "JKZX", UnitType.HOSPITAL),
        new Unit("第一中学", "YZ", UnitType.SCHOOL),
        new Unit("第二中学", "EZ", UnitType.SCHOOL),
        new Unit("实验小学", "SYXX", UnitType.SCHOOL),
        new Unit("第一小学", "YX", UnitType.SCHOOL),
        new Unit("第二小学", "EX", UnitType.SCHOOL),
        new Unit("城关街道办事处", "CGJD", UnitType.STREET),
        new Unit("新华街道办事处", "XHJD", UnitType.STREET),
        new Unit("人民路街道办事处", "RMLJD", UnitType.STREET),
        new Unit("东风街道办事处", "DFJD", UnitType.STREET),
    };

    private static final Department[] BUREAU_DEPTS = {
        new Department("办公室", "BGS"), new Department("财务科", "CWK"), new Department("人事科", "RSK"),
        new Department("信息中心", "XXZX"), new Department("政策法规科", "FGK"), new Department("综合科", "ZHK"),
        new Department("规划科", "GHK"), new Department("审批科", "SPK"), new Department("执法大队", "ZFDD"),
        new Department("统计科", "TJK"), new Department("宣传科", "XCK"), new Department("档案室", "DAS"),
        new Department("机关党委", "JGDW"), new Department("纪检监察室", "JJS"), new Department("后勤服务中心", "HQ"),
        new Department("督查室", "DCS"), new Department("安全保卫科", "BWK"), new Department("政务公开科", "ZWGK"),
    };

    private static final Department[] HOSPITAL_DEPTS = {
        new Department("院办", "YB"), new Department("财务科", "CWK"), new Department("信息科", "XXK"),
        new Department("门诊部", "MZB"), new Department("住院部", "ZYB"), new Department("检验科", "JYK"),
        new Department("放射科", "FSK"), new Department("药剂科", "YJK"), new Department("医务科", "YWK"),
        new Department("护理部", "HLB"), new Department("内科", "NK"), new Department("外科", "WK"),
        new Department("儿科", "EK"), new Department("收费处", "SFC"),
    };

    private static final Department[] SCHOOL_DEPTS = {
        new Department("校长办公室", "XB"), new Department("教务处", "JWC"), new Department("政教处", "ZJC"),
        new Department("总务处", "ZWC"), new Department("财务室", "CWS"), new Department("信息技术教研组", "XXJY"),
        new Department("语文教研组", "YWJY"), new Department("数学教研组", "SXJY"), new Department("图书馆", "TSG"),
        new Department("计算机教室", "JSJ"),
    };

    private static final Department[] STREET_DEPTS = {
        new Department("党政办公室", "DZB"), new Department("财政所", "CZS"), new Department("社区服务中心", "SQFW"),
        new Department("综合执法队", "ZFD"), new Department("民政办", "MZB"), new Department("便民服务大厅", "BMDT"),
    };

    /** Common surnames, most frequent first (the first ones are drawn more often). */
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
        "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
        "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
        "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
        "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "欧阳", "司马",
    };

    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉文斌"
            + "辉宇浩然晨阳欣怡梓涵子轩雨婷佳琪思远俊峰海燕丹凤鹏飞晓东丽萍春梅建华小红立新永刚秀兰淑珍";

    private final Unit[] sites;

    /** An administration with a number of sites fitting the estate's size. */
    public Organisation(long assets) {
        int wanted = (int) Math.max(6, Math.min(capacity(), assets / 250));
        sites = new Unit[wanted];
        int i = 0;
        for (Unit u : CITY) {
            if (i < wanted) {
                sites[i++] = u;
            }
        }
        outer:
        for (Unit u : DISTRICT_UNITS) {
            for (String[] d : DISTRICTS) {
                if (i >= wanted) {
                    break outer;
                }
                sites[i++] = new Unit(d[0] + u.name(), d[1] + "-" + u.code(), u.type());
            }
        }
    }

    static int capacity() {
        return CITY.length + DISTRICTS.length * DISTRICT_UNITS.length;
    }

    /** Number of sites. */
    public int siteCount() {
        return sites.length;
    }

    /** A site, skewed so that the first (city) units are larger. */
    Unit site(Rng r) {
        int n = sites.length;
        // two draws, keep the smaller: density falls linearly from the first site to the last
        int a = r.nextInt(n);
        int b = r.nextInt(n);
        return sites[Math.min(a, b)];
    }

    Department department(Unit unit, Rng r) {
        Department[] d = switch (unit.type()) {
            case HOSPITAL -> HOSPITAL_DEPTS;
            case SCHOOL -> SCHOOL_DEPTS;
            case STREET -> STREET_DEPTS;
            default -> BUREAU_DEPTS;
        };
        return r.nextInt(4) == 0 ? d[0] : d[r.nextInt(d.length)];
    }

    static String person(Rng r) {
        int n = SURNAMES.length;
        String surname = SURNAMES[Math.min(r.nextInt(n), Math.min(r.nextInt(n), r.nextInt(n)))];
        StringBuilder sb = new StringBuilder(3).append(surname);
        sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        if (r.nextInt(10) < 7) {
            sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }
}
