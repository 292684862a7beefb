package org.origo.store.api;

import org.origo.api.Text;

/**
 * The result of checking a store's audit chain: how many entries were checked and, when the chain
 * is broken, the first entry that was changed or removed (by sequence number) and what is wrong.
 */
public record AuditCheck(long checked, long firstBad, Text problem) {

    public static AuditCheck valid(long checked) {
        return new AuditCheck(checked, -1, null);
    }

    public boolean isValid() {
        return firstBad < 0;
    }
}
