package org.origo.plan.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.plan.internal.i18n.PlanMessages;
import org.origo.plan.tracking.PlanTexts;

/**
 * Writes {@code plan.csv} ({@code asset_id,phase,year,product_id,cost,currency,actions,reason,plan_status}; UTF-8,
 * actions per component and reasons in the user's language; written right after planning, so the
 * plan is current) atomically. Text cells that a spreadsheet would read as a formula are
 * prefixed with an apostrophe.
 */
public final class PlanCsv {

    public static final String FILE = "plan.csv";
    public static final String HEADER = "asset_id,phase,year,product_id,cost,currency,actions,reason,plan_status";

    private PlanCsv() {
    }

    public static Path write(Plan plan, Path dir, Locale locale) throws OrigoException {
        Path target = dir.resolve(FILE);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".plan-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8),
                            1 << 16)) {
                w.write(HEADER);
                w.write("\r\n");
                for (PlanItem i : plan.getItems()) {
                    w.write(cell(i.getAssetId()));
                    w.write(',');
                    w.write(i.getPhase() == null ? "" : String.valueOf(i.getPhase().getIndex()));
                    w.write(',');
                    w.write(i.getPhase() == null ? "" : String.valueOf(i.getPhase().getYear()));
                    w.write(',');
                    w.write(cell(i.getProductId()));
                    w.write(',');
                    w.write(number(i.getCost()));
                    w.write(',');
                    w.write(cell(PlanTexts.currency(i)));
                    w.write(',');
                    w.write(cell(PlanTexts.actions(i, locale)));
                    w.write(',');
                    w.write(cell(PlanTexts.reason(i, locale)));
                    w.write(",current");
                    w.write("\r\n");
                }
                w.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return target;
        } catch (IOException e) {
            throw new OrigoException(PlanMessages.get("error.write", target, String.valueOf(e.getMessage())), target.toString(), -1,
                    null, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stale temporary file is harmless
                }
            }
        }
    }

    /** A plain decimal with a dot and no trailing zeros (as in every Origo CSV table). */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** One CSV text cell: neutralized against formula injection, quoted when needed. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
