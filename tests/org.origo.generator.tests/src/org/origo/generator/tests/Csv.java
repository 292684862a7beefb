package org.origo.generator.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Reads a generated ledger back with FastCSV, keeping blank lines. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(false)
                .allowMissingFields(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord r : reader) {
                rows.add(r.getFields());
            }
        }
        return rows;
    }
}
