package org.origo.plan.internal;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.model.Asset;
import org.origo.model.Phase;
import org.origo.model.Plan;
import org.origo.model.PlanItem;
import org.origo.model.Project;
import org.origo.model.ShareBasis;
import org.origo.plan.api.PlanRequest;
import org.origo.plan.internal.i18n.PlanMessages;
import org.origo.plan.tracking.PlanTexts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code origo plan}: computes the phased plan, saves it (or, with {@code --what-if}, only prints
 * it), compares it with the saved one, and with the sub-mode {@code progress} prints the burn-down.
 */
@Component(service = OrigoCommand.class, property = { OrigoCommand.PROP_NAME + "=plan" })
public class PlanCommand implements OrigoCommand {

    private static final Pattern BUDGET = Pattern.compile("\\s*(\\d{4})\\s*[=:]\\s*([0-9][0-9_ ,.]*)\\s*");

    @Reference
    Contributions contributions;

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public Text summary() {
        return PlanMessages.get("cmd.plan.summary");
    }

    @Override
    public Text usage() {
        return PlanMessages.get("cmd.plan.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        List<String> raw = ctx.args();
        if (!raw.isEmpty() && "progress".equals(raw.get(0))) {
            return ProgressCommand.progress(ctx, raw.subList(1, raw.size()));
        }
        Args args = Args.parse(raw, Set.of("project", "profile", "split", "first-year", "budget", "basis", "lang"),
                Set.of("what-if", "compare"));
        Path dir = ctx.path(args.require("project"));
        Project project = ProjectStore.open(dir);
        Plan saved = project.getPlan();
        String profile = profileOf(project, args.get("profile", null));
        List<Double> shares = args.has("split") ? parseSplit(args.get("split", ""))
                : saved != null && !regular(saved).isEmpty() ? savedShares(saved) : PlanRequest.DIRECTIVE_SPLIT;
        int firstYear = args.has("first-year") ? args.getInt("first-year", 0)
                : saved != null && !saved.getPhases().isEmpty() ? saved.getPhases().get(0).getYear()
                        : Pipeline.nextBudgetYear(LocalDate.now());
        List<String> budgetArgs = new ArrayList<>(args.all("budget"));
        for (String p : args.positional()) {
            if (BUDGET.matcher(p).matches() && args.has("budget")) {
                budgetArgs.add(p);
            } else {
                throw new UsageException(PlanMessages.get("error.extra.argument", p));
            }
        }
        Map<Integer, Double> budgets = parseBudgets(budgetArgs);
        ShareBasis basis = parseBasis(args.get("basis", saved != null && saved.getBasis() != null && !args.has("split")
                ? saved.getBasis().getLiteral().toLowerCase(Locale.ROOT) : "count"));
        PlanRequest request = new PlanRequest(profile, firstYear, shares, budgets, basis);

        Pipeline pipeline = new Pipeline(contributions);
        Plan fresh = pipeline.plan(project, request, ctx.progress());
        Locale locale = ctx.locale();
        print(ctx, fresh);
        if (args.has("what-if")) {
            if (args.has("compare")) {
                PlanDiff.describe(saved, fresh, locale).forEach(ctx.out()::println);
            }
            ctx.println(PlanMessages.get("out.whatif"));
            return 0;
        }
        List<String> diff = args.has("compare") ? PlanDiff.describe(saved, fresh, locale) : List.of();
        fresh.setCreatedAt(new Date());
        project.setPlan(fresh);
        ProjectStore.save(project, dir);
        ProjectStore.audit(dir, "plan.save", fresh.getName() + ", " + fresh.getItems().size() + " items, "
                + fresh.getRelaxations().size() + " relaxations");
        Path csv = PlanCsv.write(fresh, dir, locale);
        diff.forEach(ctx.out()::println);
        ctx.println(PlanMessages.get("out.saved", dir, csv));
        return 0;
    }

    static String profileOf(Project project, String given) throws OrigoException {
        String profile = given != null ? given : project.getProfileId();
        if (profile == null) {
            throw new OrigoException(PlanMessages.get("error.no.profile"));
        }
        for (Asset a : Pipeline.currentAssets(project)) {
            if (Pipeline.verdict(a, profile) != null) {
                return profile;
            }
        }
        throw new OrigoException(PlanMessages.get("error.no.verdicts", profile));
    }

    private static List<Phase> regular(Plan p) {
        List<Phase> r = new ArrayList<>();
        for (Phase ph : p.getPhases()) {
            if (ph.getTargetShare() > 0) {
                r.add(ph);
            }
        }
        return r;
    }

    private static List<Double> savedShares(Plan p) {
        List<Double> s = new ArrayList<>();
        for (Phase ph : regular(p)) {
            s.add(ph.getTargetShare());
        }
        return s;
    }

    static List<Double> parseSplit(String value) throws UsageException {
        List<Double> out = new ArrayList<>();
        for (String part : value.split("[,/;]")) {
            String t = part.trim().replace("%", "");
            try {
                double d = Double.parseDouble(t);
                if (!(d > 0) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                out.add(d);
            } catch (NumberFormatException e) {
                throw new UsageException(PlanMessages.get("error.split.format", value));
            }
        }
        double sum = 0;
        for (double d : out) {
            sum += d;
        }
        if (Math.abs(sum - 100) > 0.01) {
            throw new UsageException(PlanMessages.get("error.share.sum", Planner.fmt1(sum)));
        }
        return out;
    }

    static Map<Integer, Double> parseBudgets(List<String> values) throws UsageException {
        Map<Integer, Double> out = new TreeMap<>();
        for (String v : values) {
            for (String part : v.split("[;\\s]+(?=\\d{4}\\s*[=:])|,(?=\\s*\\d{4}\\s*[=:])")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = BUDGET.matcher(part);
                if (!m.matches()) {
                    throw new UsageException(PlanMessages.get("error.budget.format", part));
                }
                String amount = m.group(2).replace("_", "").replace(" ", "").replace(",", "");
                try {
                    double d = Double.parseDouble(amount);
                    if (!(d > 0) || Double.isInfinite(d)) {
                        throw new NumberFormatException();
                    }
                    out.put(Integer.parseInt(m.group(1)), d);
                } catch (NumberFormatException e) {
                    throw new UsageException(PlanMessages.get("error.budget.format", part));
                }
            }
        }
        return out;
    }

    static ShareBasis parseBasis(String v) throws UsageException {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
        case "count" -> ShareBasis.COUNT;
        case "cost" -> ShareBasis.COST;
        default -> throw new UsageException(PlanMessages.get("error.basis", v));
        };
    }

    /** The plan as a short table in the user's language. */
    static void print(CommandContext ctx, Plan plan) {
        Locale l = ctx.locale();
        NumberFormat money = NumberFormat.getNumberInstance(l);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        NumberFormat count = NumberFormat.getIntegerInstance(l);
        NumberFormat pct = NumberFormat.getNumberInstance(l);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        double total = 0;
        int estimates = 0;
        int reviews = 0;
        for (PlanItem i : plan.getItems()) {
            total += i.getCost();
            if (PlanTexts.isEstimate(i)) {
                estimates++;
            }
            if (PlanTexts.needsReview(i)) {
                reviews++;
            }
        }
        String currency = plan.getCurrency() == null ? "CNY" : plan.getCurrency();
        int n = plan.getItems().size();
        ctx.println(PlanMessages.get("out.header", plan.getName(), count.format(n), money.format(total) + " " + currency,
                PlanMessages.get(plan.getBasis() == ShareBasis.COST ? "out.basis.cost" : "out.basis.count").in(l)));
        ctx.println(PlanMessages.get("out.table.header"));
        for (Phase ph : plan.getPhases()) {
            double share = n == 0 ? 0 : 100.0 * ph.getPlannedCount() / n;
            if (plan.getBasis() == ShareBasis.COST) {
                share = total == 0 ? 0 : 100.0 * ph.getPlannedCost() / total;
            }
            ctx.out().println(ph.getIndex() + "\t" + ph.getYear() + "\t" + pct.format(ph.getTargetShare()) + " %\t"
                    + count.format(ph.getPlannedCount()) + "\t" + pct.format(share) + " %\t" + money.format(ph.getPlannedCost())
                    + " " + currency + "\t" + (ph.getBudget() > 0 ? money.format(ph.getBudget()) + " " + currency
                            : PlanMessages.get(l, "out.no.budget")));
        }
        if (estimates > 0) {
            ctx.println(PlanMessages.get("out.estimates", count.format(estimates)));
        }
        if (reviews > 0) {
            ctx.println(PlanMessages.get("out.reviews", count.format(reviews)));
        }
        if (plan.getRelaxations().isEmpty()) {
            ctx.println(PlanMessages.get("out.no.relaxations"));
        } else {
            ctx.println(PlanMessages.get("out.relaxations"));
            for (String r : plan.getRelaxations()) {
                ctx.out().println("  - " + PlanTexts.relaxation(r, l));
            }
        }
    }
}
