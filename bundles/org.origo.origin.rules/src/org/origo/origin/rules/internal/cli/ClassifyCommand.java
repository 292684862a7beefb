package org.origo.origin.rules.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.api.UsageException;
import org.origo.core.Contributions;
import org.origo.core.Pipeline;
import org.origo.core.ProjectStore;
import org.origo.inventory.api.ImportReport;
import org.origo.inventory.api.ImportRequest;
import org.origo.model.OrigoFactory;
import org.origo.model.Project;
import org.origo.model.VerdictOutcome;
import org.origo.origin.rules.internal.i18n.RulesMessages;
import org.origo.report.api.ReportRequest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code origo classify}: classifies the latest snapshot of a project with a profile, or in one step
 * imports inventory files into a new project folder, classifies, saves and writes verdicts.csv.
 */
@Component(service = OrigoCommand.class, property = { "origo.command=classify" })
public class ClassifyCommand implements OrigoCommand {

    @Reference
    private Contributions contributions;

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public Text summary() {
        return RulesMessages.get("cmd.classify.summary");
    }

    @Override
    public Text usage() {
        return RulesMessages.get("cmd.classify.usage");
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "profile", "out"), Set.of());
        String profileId = args.require("profile");
        Pipeline pipeline = new Pipeline(contributions);
        if (args.has("project") && args.has("out")) {
            throw new UsageException(RulesMessages.get("cmd.classify.both"));
        }
        if (args.has("project")) {
            Path dir = ctx.path(args.get("project", null));
            Project project = ProjectStore.open(dir);
            Pipeline.Classification c = pipeline.classify(project, profileId, ctx.progress());
            ProjectStore.save(project, dir);
            ProjectStore.audit(dir, "classify", summary(c).en());
            ctx.println(summary(c));
            return 0;
        }
        if (!args.has("out")) {
            throw new UsageException(RulesMessages.get("cmd.classify.needs.project"));
        }
        if (args.positional().isEmpty()) {
            throw new UsageException(RulesMessages.get("cmd.classify.no.inputs"));
        }
        List<Path> inputs = new ArrayList<>();
        for (String p : args.positional()) {
            Path in = ctx.path(p);
            if (!Files.exists(in)) {
                throw new OrigoException(RulesMessages.get("cmd.classify.input.missing", in));
            }
            inputs.add(in);
        }
        Path dir = ctx.path(args.get("out", null));
        if (ProjectStore.isProject(dir)) {
            throw new OrigoException(RulesMessages.get("cmd.classify.out.not.empty", dir));
        }
        // the project stays in memory until import and classification have succeeded
        Project project = OrigoFactory.eINSTANCE.createProject();
        project.setName(dir.toAbsolutePath().getFileName() == null ? "origo" : dir.toAbsolutePath().getFileName().toString());
        project.setCreatedAt(new Date());
        ImportReport report = pipeline.importFiles(project, inputs, ImportRequest.defaults(), ctx.progress());
        ctx.println(RulesMessages.get("cmd.classify.imported", report.assets(), inputs.size()));
        Pipeline.Classification c = pipeline.classify(project, profileId, ctx.progress());
        ProjectStore.save(project, dir);
        ProjectStore.audit(dir, "project.create", project.getName());
        ProjectStore.audit(dir, "import", report.assets() + " assets from " + inputs);
        ProjectStore.audit(dir, "classify", summary(c).en());
        ctx.println(summary(c));
        ctx.println(RulesMessages.get("cmd.classify.saved", dir));
        for (Path written : pipeline.report(project, "csv", new ReportRequest(dir, ctx.locale(), profileId, Set.of("verdicts")))) {
            ctx.println(RulesMessages.get("cmd.classify.report", written));
        }
        return 0;
    }

    private static Text summary(Pipeline.Classification c) {
        return RulesMessages.get("cmd.classify.done", c.profileId(), c.assets(), count(c, VerdictOutcome.REPLACE), c.anyUs(),
                count(c, VerdictOutcome.KEEP), count(c, VerdictOutcome.REVIEW));
    }

    private static int count(Pipeline.Classification c, VerdictOutcome o) {
        Integer n = c.counts().get(o);
        return n == null ? 0 : n;
    }
}
