package org.origo.store.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of a store's audit: its sequence number, when, who (operating-system user, database
 * role where the store has one, host), what, and the hash that chains it to the entry before.
 */
public record AuditRecord(long seq, Instant time, String user, String role, String host, String action, String detail, String previousHash,
        String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The hash of an entry, the same for every store: SHA-256, in lower-case hex, over the previous
     * entry's hash, the sequence number, the time (ISO-8601 instant), user, role, host, action and
     * detail, each as its length in UTF-8 bytes, a colon and the bytes (a missing field as {@code -:}).
     */
    public static String chainHash(String previous, long seq, String time, String user, String role, String host, String action, String detail) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : new String[] { previous, Long.toString(seq), time, user, role, host, action, detail }) {
                byte[] b = f == null ? new byte[0] : f.getBytes(StandardCharsets.UTF_8);
                md.update((f == null ? "-" : Integer.toString(b.length)).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
