package org.origo.catalog.sdk;

import java.util.Locale;

import org.origo.api.Location;
import org.origo.api.Text;

/**
 * One problem found in a catalog file: where (file, 1-based line, field path) and what, in English
 * and Chinese. Errors make the catalog unusable; warnings are reported and the catalog is used.
 */
public record CatalogProblem(String file, long line, String field, boolean error, Text message) {

    /** {@code file:line: field 'x' message}, in the language of the locale. */
    public String describe(Locale locale) {
        return Location.prefix(file, line, field, locale) + message.in(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
