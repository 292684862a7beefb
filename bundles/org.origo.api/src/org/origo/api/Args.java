package org.origo.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value}, {@code --name=value} and {@code --flag} options and positional
 * arguments, refusing options the command does not know.
 */
public final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valued options that take a value (without the leading dashes)
     * @param flags  options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Args result = new Args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(Text.format("option --%s needs a value", "选项 --%s 需要一个值", name));
                        }
                        value = args.get(++i);
                    }
                    result.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException(Text.format("option --%s takes no value", "选项 --%s 不接受值", name));
                    }
                    result.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else {
                    throw new UsageException(Text.format("unknown option --%s", "未知选项 --%s", name));
                }
            } else {
                result.positional.add(a);
            }
        }
        return result;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The last value of an option, or the default. */
    public String get(String name, String defaultValue) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? defaultValue : v.get(v.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    public List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** The last value of an option that must be given. */
    public String require(String name) throws UsageException {
        String v = get(name, null);
        if (v == null) {
            throw new UsageException(Text.format("option --%s is required", "必须提供选项 --%s", name));
        }
        return v;
    }

    /** An integer option. */
    public int getInt(String name, int defaultValue) throws UsageException {
        String v = get(name, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(Text.format("option --%s needs a whole number, not '%s'", "选项 --%s 需要整数，而不是 '%s'", name, v));
        }
    }

    public List<String> positional() {
        return positional;
    }
}
