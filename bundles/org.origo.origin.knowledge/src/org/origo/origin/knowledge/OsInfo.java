package org.origo.origin.knowledge;

import org.origo.model.Party;

/** An operating system lineage (Windows, RHEL, Kylin, UOS...), its publisher and what it builds on. */
public record OsInfo(String id, String lineage, Party publisher, String base, String source, double confidence) {
}
