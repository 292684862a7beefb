package org.origo.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.origo.api.Args;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.model.ShareBasis;
import org.origo.plan.api.PlanRequest;

/** Parses the planning options shared by {@code assess} and {@code demo}: --split, --budget, --first-year, --basis. */
final class PlanOptions {

    static final java.util.Set<String> VALUED = java.util.Set.of("split", "budget", "first-year", "basis");

    private PlanOptions() {
    }

    static PlanRequest parse(Args args, String profileId) throws UsageException {
        int firstYear = args.getInt("first-year", org.origo.core.Pipeline.nextBudgetYear(java.time.LocalDate.now()));
        List<Double> shares = PlanRequest.DIRECTIVE_SPLIT;
        if (args.has("split")) {
            shares = new ArrayList<>();
            double sum = 0;
            for (String s : args.get("split", "").split(",")) {
                try {
                    double v = Double.parseDouble(s.trim());
                    if (v < 0) {
                        throw new NumberFormatException();
                    }
                    shares.add(v);
                    sum += v;
                } catch (NumberFormatException e) {
                    throw new UsageException(Text.format("--split needs percentages such as 30,50,20, not '%s'",
                            "--split 需要百分比，例如 30,50,20，而不是 '%s'", args.get("split", "")));
                }
            }
            if (Math.abs(sum - 100) > 0.01) {
                throw new UsageException(Text.format("the --split shares add up to %s, not 100",
                        "--split 各期比例之和为 %s，而不是 100", String.format(Locale.ROOT, "%.1f", sum)));
            }
        }
        Map<Integer, Double> budgets = new LinkedHashMap<>();
        for (String b : args.all("budget")) {
            int eq = b.indexOf('=');
            try {
                if (eq < 0) {
                    throw new NumberFormatException();
                }
                int year = Integer.parseInt(b.substring(0, eq).trim());
                double amount = Double.parseDouble(b.substring(eq + 1).trim().replace("_", ""));
                if (amount < 0) {
                    throw new NumberFormatException();
                }
                budgets.put(year, amount);
            } catch (NumberFormatException e) {
                throw new UsageException(Text.format("--budget needs YEAR=AMOUNT such as 2027=1500000, not '%s'",
                        "--budget 需要 年份=金额，例如 2027=1500000，而不是 '%s'", b));
            }
        }
        ShareBasis basis;
        String bs = args.get("basis", "count");
        if (bs.equalsIgnoreCase("count")) {
            basis = ShareBasis.COUNT;
        } else if (bs.equalsIgnoreCase("cost")) {
            basis = ShareBasis.COST;
        } else {
            throw new UsageException(Text.format("--basis is count or cost, not '%s'", "--basis 只能是 count 或 cost，而不是 '%s'", bs));
        }
        return new PlanRequest(profileId, firstYear, shares, budgets, basis);
    }
}
