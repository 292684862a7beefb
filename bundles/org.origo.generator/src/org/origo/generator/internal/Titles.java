package org.origo.generator.internal;

import java.util.ArrayList;
import java.util.List;

import org.origo.generator.Software;

/**
 * The software titles found on an administration's machines, with the publisher string an installer
 * writes (Windows Uninstall {@code Publisher}, package vendor), and for Linux titles the package
 * name. Source notes: display names, publishers and versions as the products' installers register
 * them (Microsoft Office, Kingsoft WPS, Google Chrome, Mozilla Firefox, 360, Adobe, win.rar, Sogou,
 * Tencent, DingTalk, Huorong, Qi An Xin, Yonyou, Kingdee, Aisino, Dameng, Kingbase, TongTech,
 * Oracle, VMware); versions are ones each product shipped in 2012–2022.
 */
public final class Titles {

    /** A title and, for Linux, its package name and the architecture-independent package flag. */
    public record Title(Software software, String pkg) {
    }

    private static Title t(String publisher, String name, String version) {
        return new Title(new Software(publisher, name, version), null);
    }

    private static Title deb(String publisher, String name, String version, String pkg) {
        return new Title(new Software(publisher, name, version), pkg);
    }

    static final String MS = "Microsoft Corporation";

    // Office suites on Windows by era
    static final Title OFFICE_2010 = t(MS, "Microsoft Office Professional Plus 2010", "14.0.7015.1000");
    static final Title OFFICE_2013 = t(MS, "Microsoft Office Professional Plus 2013", "15.0.4569.1506");
    static final Title OFFICE_2016 = t(MS, "Microsoft Office 专业增强版 2016", "16.0.4266.1001");
    static final Title OFFICE_2016_STD = t(MS, "Microsoft Office Standard 2016", "16.0.4266.1001");
    static final Title OFFICE_2019 = t(MS, "Microsoft Office 专业增强版 2019 - zh-cn", "16.0.10827.20181");
    static final Title WPS_2016 = t("Kingsoft Corp.", "WPS Office (10.1.0.7698)", "10.1.0.7698");
    static final Title WPS_2019 = t("Kingsoft Corp.", "WPS Office", "11.1.0.10314");
    static final Title WPS_GOV = t("Kingsoft Corp.", "WPS Office 2019 专业版", "11.8.2.9067");

    // Browsers
    static final Title CHROME = t("Google LLC", "Google Chrome", "96.0.4664.110");
    static final Title FIREFOX = t("Mozilla", "Mozilla Firefox (x64 zh-CN)", "95.0.2");
    static final Title BROWSER_360 = t("360安全中心", "360安全浏览器", "13.1.1510.0");
    static final Title EDGE = t(MS, "Microsoft Edge", "96.0.1054.62");
    static final Title IE_COMPAT = t("奇安信科技集团股份有限公司", "奇安信可信浏览器", "1.0.32.20");

    // Security
    static final Title SAFE_360 = t("360.cn", "360安全卫士", "13.0.0.2001");
    static final Title HUORONG = t("北京火绒网络科技有限公司", "火绒安全软件", "5.0.63.12");
    static final Title TIANQING = t("奇安信科技集团股份有限公司", "奇安信天擎终端安全管理系统", "6.6.0.4130");
    static final Title SYMANTEC = t("Symantec Corporation", "Symantec Endpoint Protection", "14.3.558.0000");
    static final Title PCMGR = t("腾讯科技(深圳)有限公司", "腾讯电脑管家", "15.2.22181.218");

    // Archivers, PDF, input methods
    static final Title WINRAR = t("win.rar GmbH", "WinRAR 5.91 (64-bit)", "5.91.0");
    static final Title SEVENZIP = t("Igor Pavlov", "7-Zip 19.00 (x64)", "19.00");
    static final Title ZIP_360 = t("360安全中心", "360压缩", "4.0.0.1220");
    static final Title BANDIZIP = t("Bandisoft.com", "Bandizip", "7.17");
    static final Title ACROBAT = t("Adobe Inc.", "Adobe Acrobat Reader DC - Chinese Simplified", "21.007.20099");
    static final Title ACROBAT_OLD = t("Adobe Systems Incorporated", "Adobe Reader XI (11.0.23) - Chinese Simplified", "11.0.23");
    static final Title FOXIT = t("Foxit Software Inc.", "福昕PDF阅读器", "10.1.1.37576");
    static final Title SOGOU = t("Sogou.com", "搜狗拼音输入法 11.2正式版", "11.2.0.5165");
    static final Title QQPINYIN = t("Tencent", "QQ拼音输入法", "6.6.6304.400");

    // Messaging and remote help
    static final Title QQ = t("腾讯科技(深圳)有限公司", "腾讯QQ", "9.5.3.28008");
    static final Title WECHAT = t("腾讯科技(深圳)有限公司", "微信", "3.4.5.27");
    static final Title WXWORK = t("腾讯科技(深圳)有限公司", "企业微信", "3.1.23.6025");
    static final Title DINGTALK = t("Alibaba (China) Network Technology Co.,Ltd.", "钉钉", "6.3.25.3019101");
    static final Title SUNLOGIN = t("上海贝锐信息科技股份有限公司", "向日葵远程控制", "11.0.0.33826");
    static final Title TEAMVIEWER = t("TeamViewer", "TeamViewer", "15.24.5");

    // Line-of-business software (Windows only)
    static final Title YONYOU_U8 = t("用友网络科技股份有限公司", "用友U8+ V13.0", "13.0");
    static final Title KINGDEE_K3 = t("金蝶软件（中国）有限公司", "金蝶K/3 WISE", "15.1");
    static final Title TAX_INVOICE = t("航天信息股份有限公司", "增值税发票税控开票软件（金税盘版）", "2.0.48.210413");
    static final Title TAX_IIT = t("国家税务总局", "自然人电子税务局（扣缴端）", "3.1.144");
    static final Title INSPUR_GS = t("浪潮软件股份有限公司", "浪潮GS财务管理软件", "7.2");
    static final Title HIS_CLIENT = t("卫宁健康科技集团股份有限公司", "卫宁HIS门诊医生工作站", "5.5.2");
    static final Title CA_HELPER = t("中国金融认证中心", "CFCA证书助手", "2.6.0.3");
    static final Title GOV_VPN = t("深信服科技股份有限公司", "EasyConnect", "7.6.7.4");

    // Runtimes and common tools: the tail that fills a machine
    static final Title[] WINDOWS_TAIL = {
        t(MS, "Microsoft Visual C++ 2008 Redistributable - x86 9.0.30729.6161", "9.0.30729.6161"),
        t(MS, "Microsoft Visual C++ 2010  x86 Redistributable - 10.0.40219", "10.0.40219"),
        t(MS, "Microsoft Visual C++ 2012 Redistributable (x64) - 11.0.61030", "11.0.61030.0"),
        t(MS, "Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664", "12.0.40664.0"),
        t(MS, "Microsoft Visual C++ 2015-2019 Redistributable (x64) - 14.29.30133", "14.29.30133.0"),
        t(MS, "Microsoft Visual C++ 2015-2019 Redistributable (x86) - 14.29.30133", "14.29.30133.0"),
        t(MS, "Microsoft .NET Framework 4.8", "4.8.03761"),
        t(MS, "Microsoft Silverlight", "5.1.50918.0"),
        t(MS, "Microsoft OneDrive", "21.220.1024.0005"),
        t(MS, "Microsoft Update Health Tools", "2.84.0.0"),
        t("Oracle Corporation", "Java 8 Update 281", "8.0.2810.9"),
        t("Adobe", "Adobe Flash Player 34 ActiveX", "34.0.0.92"),
        t("Intel Corporation", "Intel(R) Graphics Driver", "26.20.100.7262"),
        t("Realtek Semiconductor Corp.", "Realtek High Definition Audio Driver", "6.0.8899.1"),
        t("Realtek", "Realtek Ethernet Controller Driver", "10.38.1119.2019"),
        t("HP Inc.", "HP LaserJet Pro M203-M206 Basic Device Software", "44.3.2620.6958"),
        t("Canon Inc.", "Canon LBP2900", "3.3"),
        t("网易有道", "网易有道词典", "8.9.7.0"),
        t("腾讯科技(深圳)有限公司", "腾讯视频", "11.23.4162.0"),
        t("北京爱奇艺科技有限公司", "爱奇艺", "9.1.149.6179"),
        t("Kingsoft Corp.", "金山PDF", "11.6.0.8806"),
        t("上海二三四五网络科技有限公司", "2345看图王", "10.9.0.9467"),
        t("Mozilla", "Mozilla Maintenance Service", "95.0.2"),
        t("Apple Inc.", "Apple Software Update", "2.6.3.1"),
        t("Apple Inc.", "Bonjour", "3.1.0.1"),
        t("VideoLAN", "VLC media player", "3.0.16"),
        t("Notepad++ Team", "Notepad++ (64-bit x64)", "8.1.9.2"),
        t("Tracker Software Products (Canada) Ltd.", "PDF-XChange Editor", "9.2.359.0"),
        t("Baidu Online Network Technology (Beijing) Co., Ltd", "百度网盘", "7.10.0.13"),
        t("Beijing Sogou Technology Development Co., Ltd.", "搜狗高速浏览器", "11.0.1.34700"),
        t("Citrix Systems, Inc.", "Citrix Workspace", "21.12.0.32"),
        t("Cisco Systems, Inc.", "Cisco AnyConnect Secure Mobility Client", "4.9.06037"),
        t("珠海金山办公软件有限公司", "WPS云文档", "11.1.0.10314"),
        t("北京数字认证股份有限公司", "数字证书客户端", "3.5.2.1"),
        t("国家税务总局", "电子税务局客户端", "1.3.0"),
        t("SEIKO EPSON Corporation", "Epson Scan 2", "6.4.96.0"),
        t("Synaptics Incorporated", "Synaptics Pointing Device Driver", "19.5.35.1"),
        t("Dell Inc.", "Dell SupportAssist", "3.10.4.18"),
        t("Lenovo", "联想电脑管家", "5.0.80.9222"),
        t("Lenovo Group Limited", "Lenovo Vantage Service", "3.8.23.0"),
        t("HP Inc.", "HP Support Assistant", "9.11.17.0"),
    };

    // Linux desktop titles (Kylin and UOS are Debian-based)
    static final Title WPS_LINUX = deb("Kingsoft Corp.", "WPS Office for Linux", "11.1.0.11664", "wps-office");
    static final Title YOZO_LINUX = deb("永中软件股份有限公司", "永中Office", "8.0.1331.101", "yozo-office");
    static final Title QAX_BROWSER = deb("奇安信科技集团股份有限公司", "奇安信可信浏览器", "1.0.30.2", "qaxbrowser-safe-stable");
    static final Title BROWSER_360_LINUX = deb("360安全中心", "360安全浏览器", "13.2.1000.5", "browser360-cn-stable");
    static final Title FIREFOX_ESR = deb("Mozilla", "Firefox ESR", "78.15.0esr", "firefox-esr");
    static final Title UOS_BROWSER = deb("统信软件技术有限公司", "UOS浏览器", "5.3.17", "org.deepin.browser");
    static final Title SOGOU_LINUX = deb("Sogou.com", "搜狗输入法 for Linux", "4.0.1.2800", "sogoupinyin");
    static final Title TIANQING_LINUX = deb("奇安信科技集团股份有限公司", "奇安信天擎Linux客户端", "6.6.0.1103", "qaxsafe");
    static final Title SAFE_360_LINUX = deb("360安全中心", "360终端安全防护系统", "10.0.0.2042", "360epp");

    static final Title[] LINUX_TAIL = {
        deb("腾讯科技(深圳)有限公司", "微信", "2.1.1", "com.qq.weixin"),
        deb("Alibaba (China) Network Technology Co.,Ltd.", "钉钉", "1.4.0.20909", "com.alibabainc.dingtalk"),
        deb("腾讯科技(深圳)有限公司", "腾讯会议", "3.6.0.37", "wemeet"),
        deb("统信软件技术有限公司", "深度文件管理器", "5.5.20", "dde-file-manager"),
        deb("统信软件技术有限公司", "应用商店", "5.8.1.35", "deepin-app-store"),
        deb("统信软件技术有限公司", "深度终端", "5.4.15", "deepin-terminal"),
        deb("麒麟软件有限公司", "麒麟软件商店", "3.0.3.0", "kylin-software-center"),
        deb("麒麟软件有限公司", "麒麟安全中心", "3.2.1.0", "ksc-defender"),
        deb("The Document Foundation", "LibreOffice", "6.4.7", "libreoffice-core"),
        deb("福昕软件", "福昕PDF阅读器", "2.4.4.0910", "foxitreader"),
        deb("Debian", "归档管理器", "3.36.3", "engrampa"),
        deb("Debian", "GNU Image Manipulation Program", "2.10.22", "gimp"),
        deb("Debian", "VLC media player", "3.0.12", "vlc"),
        deb("Debian", "OpenSSH client", "7.9p1", "openssh-client"),
        deb("Debian", "CUPS printing system", "2.2.10", "cups"),
        deb("上海贝锐信息科技股份有限公司", "向日葵远程控制", "11.0.0.36662", "sunloginclient"),
        deb("北京数字认证股份有限公司", "数字证书客户端", "3.5.0", "bjca-client"),
        deb("奔图电子有限公司", "奔图打印机驱动", "1.1.84", "pantum"),
    };

    // Servers
    static final Title SQLSERVER_2012 = t(MS, "Microsoft SQL Server 2012 (64-bit)", "11.0.7001.0");
    static final Title SQLSERVER_2016 = t(MS, "Microsoft SQL Server 2016 (64-bit)", "13.0.5026.0");
    static final Title ORACLE_11G = t("Oracle Corporation", "Oracle Database 11g Release 2", "11.2.0.4.0");
    static final Title MYSQL_WIN = t("Oracle Corporation", "MySQL Server 5.7", "5.7.33");
    static final Title TOMCAT_WIN = t("Apache Software Foundation", "Apache Tomcat 8.5 Tomcat8", "8.5.72");
    static final Title VMTOOLS = t("VMware, Inc.", "VMware Tools", "11.3.0.18090558");
    static final Title DM8_WIN = t("武汉达梦数据库股份有限公司", "达梦数据库 DM8", "8.1.2.84");
    static final Title NAVICAT = t("PremiumSoft CyberTech Ltd.", "Navicat Premium 15", "15.0.26");
    static final Title[] WINDOWS_SERVER_TAIL = {
        t(MS, "Microsoft SQL Server Management Studio - 18.9.1", "15.0.18384.0"),
        t(MS, "Microsoft Visual C++ 2015-2019 Redistributable (x64) - 14.29.30133", "14.29.30133.0"),
        t(MS, "Microsoft .NET Framework 4.8", "4.8.03761"),
        t("Oracle Corporation", "Java SE Development Kit 8 Update 281 (64-bit)", "8.0.2810.9"),
        t("Symantec Corporation", "Symantec Endpoint Protection", "14.3.558.0000"),
        t("Igor Pavlov", "7-Zip 19.00 (x64)", "19.00"),
        t("Notepad++ Team", "Notepad++ (64-bit x64)", "8.1.9.2"),
        t("Veritas Technologies LLC", "Veritas Backup Exec", "21.3.1200.1899"),
        t("Dell Inc.", "Dell OpenManage Server Administrator", "9.5.0"),
        t("Zabbix SIA", "Zabbix Agent (64-bit)", "5.0.17.2400"),
        t("奇安信科技集团股份有限公司", "奇安信天擎服务器版", "6.6.0.4130"),
    };

    static final Title ORACLE_11G_RPM = deb("Oracle Corporation", "Oracle Database 11g Release 2", "11.2.0.4.0", "oracle-database-ee-11g");
    static final Title MYSQL_RPM = deb("Oracle Corporation", "MySQL Community Server", "5.7.36", "mysql-community-server");
    static final Title DM8_RPM = deb("武汉达梦数据库股份有限公司", "达梦数据库 DM8", "8.1.2.84", "dm8");
    static final Title KINGBASE_RPM = deb("北京人大金仓信息技术股份有限公司", "KingbaseES V8", "8.6.0", "kingbase-es");
    static final Title TONGWEB_RPM = deb("北京东方通科技股份有限公司", "TongWeb", "7.0.4.2", "tongweb");
    static final Title[] LINUX_SERVER_TAIL = {
        deb("The Apache Software Foundation", "Apache Tomcat", "8.5.72", "tomcat"),
        deb("nginx", "nginx", "1.20.1", "nginx"),
        deb("Redis Ltd.", "Redis", "5.0.14", "redis"),
        deb("Red Hat, Inc.", "OpenJDK 8 Runtime Environment", "1.8.0.312", "java-1.8.0-openjdk"),
        deb("Zabbix SIA", "Zabbix Agent", "5.0.17", "zabbix-agent"),
        deb("Red Hat, Inc.", "OpenSSH server", "7.4p1", "openssh-server"),
        deb("Red Hat, Inc.", "rsync", "3.1.2", "rsync"),
        deb("Docker Inc.", "Docker CE", "20.10.11", "docker-ce"),
        deb("openEuler", "iSula container engine", "2.0.10", "iSulad"),
        deb("奇安信科技集团股份有限公司", "奇安信天擎Linux服务器版", "6.6.0.1103", "qaxsafe-server"),
    };

    // Apple computers
    static final Title[] MAC = {
        t(MS, "Microsoft Word", "16.54"),
        t(MS, "Microsoft Excel", "16.54"),
        t(MS, "Microsoft PowerPoint", "16.54"),
        t("Kingsoft Corp.", "WPS Office for Mac", "3.9.1"),
        t("Google LLC", "Google Chrome", "96.0.4664.110"),
        t("腾讯科技(深圳)有限公司", "微信", "3.2.1"),
        t("腾讯科技(深圳)有限公司", "QQ", "6.7.5"),
        t("Alibaba (China) Network Technology Co.,Ltd.", "钉钉", "6.3.15"),
        t("Apple Inc.", "Keynote", "11.2"),
        t("Apple Inc.", "Pages", "11.2"),
        t("Apple Inc.", "Numbers", "11.2"),
        t("Adobe Inc.", "Adobe Acrobat Reader DC", "21.007.20099"),
        t("Sogou.com", "搜狗输入法", "6.2.0"),
        t("Mozilla", "Firefox", "95.0.2"),
    };

    private Titles() {
    }

    /** Every title the generator may install, for tests and documentation. */
    public static List<Title> all() {
        List<Title> all = new ArrayList<>();
        for (java.lang.reflect.Field f : Titles.class.getDeclaredFields()) {
            try {
                Object v = f.get(null);
                if (v instanceof Title t) {
                    all.add(t);
                } else if (v instanceof Title[] arr) {
                    all.addAll(List.of(arr));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }
}
