package org.origo.plan.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.origo.api.Text;
import org.origo.plan.internal.i18n.PlanMessages;

/**
 * Formats the bilingual reasons of one planning run: each message pattern is parsed once per run
 * (not once per item), numbers are written without digit grouping, and equal reason texts are
 * shared between items, which keeps a plan of a million items compact. Not thread-safe: one
 * instance per run.
 */
final class ReasonFormatter {

    private final Map<String, MessageFormat[]> formats = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();

    Text get(String key, Object... args) {
        MessageFormat[] f = formats.computeIfAbsent(key, k -> {
            Text pattern = PlanMessages.get(k);
            return new MessageFormat[] { new MessageFormat(pattern.en(), Locale.ENGLISH),
                    new MessageFormat(pattern.zh(), Locale.SIMPLIFIED_CHINESE) };
        });
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i] instanceof Number n ? Planner.fmt(n.doubleValue()) : args[i];
        }
        return new Text(f[0].format(a), f[1].format(a));
    }

    /** The one shared instance of an equal text. */
    String share(String s) {
        String prev = shared.putIfAbsent(s, s);
        return prev == null ? s : prev;
    }
}
