package org.origo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoCommand;
import org.origo.api.OrigoException;
import org.origo.api.Progress;
import org.origo.api.UsageException;
import org.origo.cli.internal.i18n.CliMessages;
import org.origo.core.Contributions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The command dispatcher: global options, language, help, and exit codes (0 success, 1 failure
 * with one clear message, 2 usage error with help). Sub-commands are {@link OrigoCommand} services.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 130;

    private final BundleContext context;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(BundleContext context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    /** The user's language: {@code --lang}, else the environment (LC_ALL, LC_MESSAGES, LANG), else the JVM default. */
    static Locale detectLocale(String lang) {
        String l = lang;
        if (l == null) {
            l = System.getProperty("origo.lang");
        }
        if (l == null) {
            for (String v : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
                String e = System.getenv(v);
                if (e != null && !e.isEmpty()) {
                    l = e;
                    break;
                }
            }
        }
        if (l == null) {
            l = Locale.getDefault().getLanguage();
        }
        return l.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** Global options: they may stand anywhere before the command's own arguments end. */
    static final List<String> GLOBAL_OPTIONS = List.of("--lang", "--debug", "--quiet", "--json", "--version", "--help");

    public int run(String[] raw) {
        List<String> args = new ArrayList<>();
        String lang = null;
        boolean debug = false;
        boolean help = false;
        boolean quiet = false;
        boolean json = false;
        boolean version = false;
        String badLang = null;
        for (int i = 0; i < raw.length; i++) {
            String a = raw[i];
            if (a.equals("--lang") && i + 1 < raw.length) {
                lang = raw[++i];
                if (!lang.equals("en") && !lang.equals("zh")) {
                    badLang = lang;
                }
            } else if (a.startsWith("--lang=")) {
                lang = a.substring(7);
                if (!lang.equals("en") && !lang.equals("zh")) {
                    badLang = lang;
                }
            } else if (a.equals("--debug")) {
                debug = true;
            } else if (a.equals("--quiet") || a.equals("-q")) {
                quiet = true;
            } else if (a.equals("--json")) {
                json = true;
            } else if ((a.equals("--version") || a.equals("-V")) && args.isEmpty()) {
                version = true;
            } else if ((a.equals("--help") || a.equals("-h")) && args.isEmpty()) {
                help = true;
            } else {
                args.add(a);
            }
        }
        Locale locale = detectLocale(badLang == null ? lang : "en");
        if (badLang != null) {
            err.println(CliMessages.get("lang.unknown", badLang).in(locale));
            return USAGE;
        }
        if (version) {
            printVersion(json);
            return OK;
        }
        if (!args.isEmpty() && args.get(0).equals("workbench")) {
            // reached only when the launcher did not start the workbench: asked for help, or no display
            return workbench(args, help || args.contains("--help") || args.contains("-h"), locale);
        }
        Contributions contributions = contributions();
        if (contributions == null) {
            err.println(CliMessages.get("host.not.ready").in(locale));
            return FAILURE;
        }
        if (help || args.isEmpty()) {
            printHelp(contributions, locale, help ? out : err);
            return help ? OK : USAGE;
        }
        String name = args.get(0);
        if (name.equals("help")) {
            if (args.size() > 1) {
                OrigoCommand c = contributions.command(args.get(1)).orElse(null);
                if (c != null) {
                    printUsage(c, locale, out);
                    return OK;
                }
                if (args.get(1).equals("workbench")) {
                    return workbench(args.subList(1, args.size()), true, locale);
                }
            }
            printHelp(contributions, locale, out);
            return OK;
        }
        if (name.equals("completion")) {
            return completion(contributions, args.subList(1, args.size()), locale);
        }
        OrigoCommand command = contributions.command(name).orElse(null);
        if (command == null) {
            List<String> names = new ArrayList<>();
            for (var e : contributions.commands()) {
                names.add(e.id());
            }
            names.add("completion");
            names.add("workbench");
            String near = Suggest.closest(name, names);
            err.println(CliMessages.get("command.unknown", name).in(locale)
                    + (near == null ? "" : CliMessages.get("did.you.mean", near).in(locale)));
            if (near == null) {
                printHelp(contributions, locale, err);
            }
            return USAGE;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (rest.contains("--help") || rest.contains("-h")) {
            printUsage(command, locale, out);
            return OK;
        }
        if (json) {
            if (!supportsJson(contributions, name)) {
                err.println(CliMessages.get("json.unsupported", name, String.join(", ", jsonCommands(contributions))).in(locale));
                return USAGE;
            }
            rest.add("--json");
        }
        Path cwd = Path.of(System.getProperty("origo.cwd", System.getProperty("user.dir")));
        boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));
        Context ctx = new Context(rest, out, err, locale, cwd, debug, terminal, quiet || json);
        // what to say when the heap runs out is prepared now, and a reserve is kept to say it with
        String memoryAdvice = memoryAdvice(locale);
        reserve = new byte[4 << 20];
        try {
            int code = command.run(ctx);
            ctx.finish();
            return code;
        } catch (UsageException e) {
            ctx.finish();
            err.println(CliMessages.get("error.prefix").in(locale) + e.describe(locale) + optionHint(e, command, locale));
            err.println(CliMessages.get("usage.hint", name).in(locale));
            return USAGE;
        } catch (OrigoException e) {
            ctx.finish();
            if (outOfMemory(e)) {
                return reportMemory(memoryAdvice);
            }
            err.println(CliMessages.get("error.prefix").in(locale) + e.describe(locale));
            if (debug) {
                e.printStackTrace(err);
            }
            return FAILURE;
        } catch (Progress.Cancelled e) {
            ctx.finish();
            err.println(CliMessages.get("cancelled").in(locale));
            return CANCELLED;
        } catch (OutOfMemoryError e) {
            reserve = null;
            ctx.finish();
            return reportMemory(memoryAdvice);
        } catch (RuntimeException | LinkageError e) {
            ctx.finish();
            if (outOfMemory(e)) {
                return reportMemory(memoryAdvice);
            }
            err.println(CliMessages.get("error.internal", name, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())).in(locale));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println(CliMessages.get("error.debug.hint").in(locale));
            }
            return FAILURE;
        } finally {
            reserve = null;
        }
    }

    private static volatile boolean memoryReported;

    /** Heap kept back while a command runs, given up to report that the heap ran out. */
    private byte[] reserve;

    /** Gives up the reserve and says that the heap ran out, once for the process. */
    private int reportMemory(String advice) {
        reserve = null;
        memoryReported = true;
        err.println(advice);
        return FAILURE;
    }

    /** Whether a command of this process has reported that the heap ran out. */
    public static boolean memoryReported() {
        return memoryReported;
    }

    /** Whether the Java heap ran out somewhere below this failure (a contribution may have wrapped it). */
    public static boolean outOfMemory(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** What to do when the heap is too small: how large it was and how to give more (nothing was saved). */
    static String memoryAdvice(Locale locale) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return CliMessages.get("error.memory", mib).in(locale);
    }

    private void printHelp(Contributions contributions, Locale locale, PrintStream to) {
        to.println(CliMessages.get("help.header").in(locale));
        to.println();
        int width = 12;
        for (var e : contributions.commands()) {
            width = Math.max(width, e.id().length());
        }
        for (var e : contributions.commands()) {
            String summary;
            try {
                summary = e.service().summary().in(locale);
            } catch (RuntimeException ex) {
                summary = "?";
            }
            to.println("  " + e.id() + " ".repeat(width - e.id().length() + 2) + summary);
        }
        to.println("  workbench" + " ".repeat(width - 9 + 2) + CliMessages.get("cmd.workbench.summary").in(locale));
        to.println("  completion" + " ".repeat(width - 10 + 2) + CliMessages.get("cmd.completion.summary").in(locale));
        to.println();
        to.println(CliMessages.get("help.global").in(locale));
        to.println();
        to.println(CliMessages.get("help.examples.title").in(locale));
        to.println(CliMessages.get("help.examples").in(locale));
        to.println();
        to.println(CliMessages.get("help.footer").in(locale));
    }

    /**
     * One layout for every command: the command's usage, its examples (kept with the CLI's texts,
     * {@code example.<command>}), and the global options.
     */
    static void printUsage(OrigoCommand command, Locale locale, PrintStream to) {
        to.println(command.usage().in(locale).stripTrailing());
        printTail(command.name(), locale, to);
    }

    private static void printTail(String name, Locale locale, PrintStream to) {
        String key = "example." + name;
        if (CliMessages.has(key)) {
            to.println();
            to.println(CliMessages.get("help.examples.title").in(locale));
            to.println(CliMessages.get(key).in(locale).stripTrailing());
        }
        to.println();
        to.println(CliMessages.get("help.global").in(locale));
    }

    private static final java.util.regex.Pattern UNKNOWN_OPTION = java.util.regex.Pattern.compile("unknown option (--[a-z0-9-]+)$");

    /** "Did you mean --format?" after an unknown option, from the options the command's usage declares. */
    static String optionHint(UsageException e, OrigoCommand command, Locale locale) {
        java.util.regex.Matcher m = UNKNOWN_OPTION.matcher(e.text().en());
        if (!m.find()) {
            return "";
        }
        List<String> known;
        try {
            known = Completion.options(command.usage().en());
        } catch (RuntimeException ex) {
            return "";
        }
        String near = Suggest.closest(m.group(1), known);
        return near == null ? "" : CliMessages.get("did.you.mean.option", near).in(locale);
    }

    /** {@code origo --version}: the version of the command line bundle, the framework and Java. */
    private void printVersion(boolean json) {
        String v = context.getBundle().getVersion().toString();
        String framework = context.getBundle(0).getVersion().toString();
        String javaVersion = System.getProperty("java.version", "");
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("origo", v);
            m.put("framework", framework);
            m.put("java", javaVersion);
            Json.print(out, m);
        } else {
            out.println("origo " + v);
            out.println("Equinox " + framework + ", Java " + javaVersion);
        }
    }

    /** The workbench when the launcher could not start it: its help, or why it cannot start. */
    private int workbench(List<String> args, boolean help, Locale locale) {
        if (help) {
            out.println(CliMessages.get("cmd.workbench.usage").in(locale));
            printTail("workbench", locale, out);
            return OK;
        }
        err.println(CliMessages.get("workbench.no.display").in(locale));
        return FAILURE;
    }

    private static boolean supportsJson(Contributions contributions, String name) {
        return jsonCommands(contributions).contains(name);
    }

    /** The commands that declare {@value Json#PROP_JSON}. */
    static List<String> jsonCommands(Contributions contributions) {
        List<String> l = new ArrayList<>();
        for (var e : contributions.commands()) {
            Object p = e.properties().get(Json.PROP_JSON);
            if (p != null && Boolean.parseBoolean(String.valueOf(p))) {
                l.add(e.id());
            }
        }
        return l;
    }

    /** {@code origo completion bash|zsh}: a completion script generated from the installed commands. */
    private int completion(Contributions contributions, List<String> args, Locale locale) {
        String shell = args.isEmpty() ? "bash" : args.get(0);
        java.util.Map<String, List<String>> options = new java.util.TreeMap<>();
        for (var e : contributions.commands()) {
            try {
                options.put(e.id(), Completion.options(e.service().usage().en()));
            } catch (RuntimeException ex) {
                options.put(e.id(), List.of());
            }
        }
        options.put("workbench", List.of());
        options.put("completion", List.of());
        switch (shell) {
        case "bash" -> out.print(Completion.bash(options, GLOBAL_OPTIONS));
        case "zsh" -> out.print(Completion.zsh(options, GLOBAL_OPTIONS));
        default -> {
            err.println(CliMessages.get("completion.shell", shell).in(locale));
            return USAGE;
        }
        }
        return OK;
    }

    /**
     * Starts every contributing bundle (lazy ones by their activation policy, so that Declarative
     * Services activates their components) and waits for the contribution registry. A bundle that
     * cannot start is left alone: {@code origo bundles} reports why.
     */
    private Contributions contributions() {
        activateContributors(context);
        ServiceTracker<Contributions, Contributions> tracker = new ServiceTracker<>(context, Contributions.class, null);
        tracker.open();
        try {
            Contributions c = tracker.waitForService(15_000);
            if (c != null) {
                awaitCommands(context, c);
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Declarative Services registers components on its own thread: waits (at most 5 s) until every
     * command a started bundle declares is registered, or has failed, or waits for a dependency.
     */
    public static void awaitCommands(BundleContext context, Contributions contributions) throws InterruptedException {
        org.osgi.framework.ServiceReference<org.osgi.service.component.runtime.ServiceComponentRuntime> ref = context
                .getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        if (ref == null) {
            return;
        }
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = context.getService(ref);
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline) {
                boolean ready = true;
                for (var d : scr.getComponentDescriptionDTOs()) {
                    Object name = d.properties == null ? null : d.properties.get(org.origo.api.OrigoCommand.PROP_NAME);
                    if (name == null || !scr.isComponentEnabled(d) || contributions.command(String.valueOf(name)).isPresent()) {
                        continue;
                    }
                    for (var c : scr.getComponentConfigurationDTOs(d)) {
                        if (c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.SATISFIED
                                || c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.ACTIVE) {
                            ready = false;
                        } else if (c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                            // transient when the missing service is registered already (SCR has yet to bind it);
                            // a service nobody provides would keep it waiting for good: `origo bundles` reports that
                            for (var u : c.unsatisfiedReferences) {
                                for (var r : d.references) {
                                    if (r.name.equals(u.name) && context.getServiceReferences(r.interfaceName, u.target) != null) {
                                        ready = false;
                                    }
                                }
                            }
                        }
                    }
                    // no configuration yet: SCR is about to create it, unless the component waits for a
                    // configuration from the configuration admin, which may never come
                    if (scr.getComponentConfigurationDTOs(d).isEmpty() && !"require".equals(d.configurationPolicy)) {
                        ready = false;
                    }
                }
                if (ready) {
                    return;
                }
                Thread.sleep(10);
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            // no filter is used
        } finally {
            context.ungetService(ref);
        }
    }

    /** Starts the bundles that declare components and are not started yet. */
    public static void activateContributors(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (b.getHeaders("").get("Service-Component") == null) {
                continue;
            }
            if (b.getState() == Bundle.INSTALLED || b.getState() == Bundle.RESOLVED) {
                try {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException | RuntimeException e) {
                    // reported by `origo bundles`
                }
            }
        }
    }
}
