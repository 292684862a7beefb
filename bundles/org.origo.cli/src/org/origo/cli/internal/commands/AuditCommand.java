package org.origo.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.origo.api.Args;
import org.origo.api.CommandContext;
import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.UsageException;
import org.origo.core.ProjectStore;
import org.origo.store.api.AuditCheck;
import org.origo.store.api.AuditRecord;
import org.osgi.service.component.annotations.Component;

/**
 * {@code origo audit show|verify --project DIR}: the project's audit as the store keeps it, and a
 * check of its hash chain that names the first entry changed or removed (exit 1 then).
 */
@Component(service = OrigoCommand.class, property = OrigoCommand.PROP_NAME + "=audit")
public class AuditCommand extends BaseCommand {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int run(CommandContext ctx) throws OrigoException {
        Args args = Args.parse(ctx.args(), Set.of("project", "last"), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException(msg("audit.usage.error"));
        }
        Path dir = ctx.path(args.require("project"));
        switch (args.positional().get(0)) {
        case "verify": {
            AuditCheck c = ProjectStore.read(dir, s -> s.verifyAudit());
            if (c.isValid()) {
                ctx.println(msg("audit.valid", c.checked()));
                return 0;
            }
            ctx.err().println(msg("audit.broken", c.firstBad(), c.problem().in(ctx.locale()), c.checked()).in(ctx.locale()));
            return 1;
        }
        case "show": {
            List<AuditRecord> all = ProjectStore.read(dir, s -> s.audit());
            int last = parseLast(args.get("last", null), all.size());
            for (AuditRecord r : all.subList(all.size() - last, all.size())) {
                ctx.out().println(r.seq() + "\t" + r.time() + "\t" + r.user() + (r.role() == null ? "" : " (" + r.role() + ")") + "\t"
                        + (r.host() == null ? "-" : r.host()) + "\t" + r.action() + "\t" + (r.detail() == null ? "" : r.detail()));
            }
            return 0;
        }
        default:
            throw new UsageException(msg("audit.usage.error"));
        }
    }

    private static int parseLast(String value, int size) throws UsageException {
        if (value == null) {
            return size;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.min(n, size);
        } catch (NumberFormatException e) {
            throw new UsageException(msg("audit.bad.last", value));
        }
    }
}
