package org.origo.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The physical-limit reference: FastCSV reads every record of the ledger and touches every field
 * (adds up the lengths, so nothing can be optimised away). No mapping, no objects kept.
 */
final class ParseRate {

    record Result(long records, long chars, double seconds) {
    }

    private ParseRate() {
    }

    static Result parse(Path csv) throws IOException {
        long start = System.nanoTime();
        long records = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).allowMissingFields(true)
                .ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            for (CsvRecord r : reader) {
                records++;
                for (int i = 0; i < r.getFieldCount(); i++) {
                    chars += r.getField(i).length();
                }
            }
        }
        return new Result(records, chars, (System.nanoTime() - start) / 1e9);
    }
}
