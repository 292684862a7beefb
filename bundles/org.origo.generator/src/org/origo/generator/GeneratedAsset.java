package org.origo.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated asset, as written to the ledger (before re-export noise) and to its host files.
 *
 * @param index     0-based position in the estate
 * @param assetTag  资产编号
 * @param hostname  主机名 (may be empty)
 * @param serial    序列号 as the ledger shows it (may be a placeholder or Excel-damaged)
 * @param kind      the kind
 * @param brand     品牌 as written by the administration (Latin or Chinese spelling, or a placeholder)
 * @param model     型号
 * @param cpu       处理器 (may be empty)
 * @param os        操作系统 (may be empty)
 * @param site      位置
 * @param department 部门
 * @param owner     使用人
 * @param purchased 购置日期
 * @param software  installed titles
 * @param mix       the part of the mix it was drawn from
 */
public record GeneratedAsset(long index, String assetTag, String hostname, String serial, Kind kind, String brand,
        String model, String cpu, String os, String site, String department, String owner, LocalDate purchased,
        List<Software> software, Mix mix) {

    /** Asset kinds, with the label a Chinese ledger uses. */
    public enum Kind {
        DESKTOP("台式机"), LAPTOP("笔记本"), ALL_IN_ONE("一体机"), SERVER("服务器"), PRINTER("打印机"),
        NETWORK("网络设备"), OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The 类型 value of the ledger. */
        public String label() {
            return label;
        }

        /** Whether it is a computer (has a CPU, an operating system and software). */
        public boolean computer() {
            return this == DESKTOP || this == LAPTOP || this == ALL_IN_ONE || this == SERVER;
        }
    }

    /** The {@code 软件} cell: entries {@code Publisher|Name|Version} separated by {@code ;}. */
    public String softwareCell() {
        StringBuilder sb = new StringBuilder(software.size() * 48);
        for (int i = 0; i < software.size(); i++) {
            Software s = software.get(i);
            if (i > 0) {
                sb.append(';');
            }
            sb.append(s.publisher()).append('|').append(s.name()).append('|').append(s.version());
        }
        return sb.toString();
    }
}
