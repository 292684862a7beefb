package org.origo.catalog.sdk;

import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.catalog.internal.i18n.CatalogMessages;

/**
 * A catalog that cannot be used, with every problem found and its location. The exception's own
 * location is that of the first error.
 */
public class CatalogFormatException extends OrigoException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    public CatalogFormatException(String file, List<CatalogProblem> problems) {
        super(summary(problems), file, line(problems), field(problems), null);
        this.problems = List.copyOf(problems);
    }

    private static CatalogProblem firstError(List<CatalogProblem> problems) {
        return problems.stream().filter(CatalogProblem::error).findFirst().orElse(problems.isEmpty() ? null : problems.get(0));
    }

    private static long errors(List<CatalogProblem> problems) {
        return problems.stream().filter(CatalogProblem::error).count();
    }

    private static Text summary(List<CatalogProblem> problems) {
        CatalogProblem p = firstError(problems);
        long n = errors(problems);
        if (p == null) {
            return CatalogMessages.get("catalog.refused", n, "");
        }
        return new Text(CatalogMessages.get("catalog.refused", n, p.message().en()).en(),
                CatalogMessages.get("catalog.refused", n, p.message().zh()).zh());
    }

    private static long line(List<CatalogProblem> problems) {
        CatalogProblem p = firstError(problems);
        return p == null ? -1 : p.line();
    }

    private static String field(List<CatalogProblem> problems) {
        CatalogProblem p = firstError(problems);
        return p == null ? null : p.field();
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<CatalogProblem> problems() {
        return problems;
    }

    /** Every problem, one per line, in the language of the locale. */
    public String describeAll(Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (CatalogProblem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.describe(locale));
        }
        return sb.toString();
    }
}
