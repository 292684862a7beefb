package org.origo.generator.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.LongConsumer;

import org.origo.generator.GeneratedAsset;
import org.origo.generator.internal.Estate.Machine;
import org.origo.generator.internal.Estate.Noise;

/**
 * The ledger's rows in order, with the re-export noise an administration's exports carry: blank
 * rows, the header repeated where two exports were pasted together, the same asset listed twice,
 * stray spaces, a second date format and serials that Excel turned into numbers.
 */
public final class Ledger {

    /** The ledger's columns, as a Chinese administration heads them. */
    public static final String[] HEADER = {
        "资产编号", "主机名", "序列号", "类型", "品牌", "型号", "处理器", "操作系统", "部门", "位置", "使用人", "购置日期", "软件"};

    /** Where rows go. */
    public interface Sink {
        void header() throws IOException;

        void blank(boolean withDelimiters) throws IOException;

        /**
         * One asset row; {@code cells} has one value per {@link #HEADER} column; {@code damagedSerial}
         * is the serial before Excel damaged it (null when it is intact); {@code date} the purchase date
         * when the cell is in ISO form (null when written in another form).
         */
        void row(String[] cells, GeneratedAsset asset, String damagedSerial, LocalDate date) throws IOException;
    }

    /** Called for every machine written (once per asset, not for its duplicate). */
    public interface MachineListener {
        void machine(Machine m) throws IOException;
    }

    private Ledger() {
    }

    /** Writes the whole ledger to the sink; returns the number of rows below the first header. */
    public static long write(Estate estate, Sink sink, MachineListener listener, LongConsumer progress)
            throws IOException {
        long n = estate.settings().assets();
        long rows = 0;
        sink.header();
        for (long i = 0; i < n; i++) {
            Noise noise = estate.noise(i);
            if (noise.blankBefore()) {
                sink.blank((i & 1) == 0);
                rows++;
            }
            if (noise.headerBefore()) {
                sink.header();
                rows++;
            }
            Machine m = estate.machine(i);
            emit(sink, m, noise);
            rows++;
            if (listener != null) {
                listener.machine(m);
            }
            long earlier = i - Estate.DUPLICATE_LAG;
            if (earlier >= 0) {
                Noise en = estate.noise(earlier);
                if (en.duplicateLater()) {
                    emit(sink, estate.machine(earlier), en);
                    rows++;
                }
            }
            if (progress != null && (i + 1) % 1000 == 0) {
                progress.accept(1000);
            }
        }
        for (long earlier = Math.max(0, n - Estate.DUPLICATE_LAG); earlier < n; earlier++) {
            Noise en = estate.noise(earlier);
            if (en.duplicateLater()) {
                emit(sink, estate.machine(earlier), en);
                rows++;
            }
        }
        if (progress != null && n % 1000 != 0) {
            progress.accept(n % 1000);
        }
        return rows;
    }

    private static void emit(Sink sink, Machine m, Noise noise) throws IOException {
        GeneratedAsset a = m.asset();
        String date = noise.slashDate()
                ? a.purchased().getYear() + "/" + a.purchased().getMonthValue() + "/" + a.purchased().getDayOfMonth()
                : a.purchased().toString();
        String brand = a.brand();
        String model = a.model();
        if (noise.spaces()) {
            brand = brand.isEmpty() ? brand : " " + brand + " ";
            model = model.isEmpty() ? model : model + "  ";
        }
        String[] cells = {a.assetTag(), a.hostname(), a.serial(), a.kind().label(), brand, model, a.cpu(), a.os(),
            a.department(), a.site(), a.owner(), date, a.softwareCell()};
        sink.row(cells, a, a.serial().equals(m.trueSerial()) ? null : m.trueSerial(),
                noise.slashDate() ? null : a.purchased());
    }
}
