package org.origo.origin.rules;

import java.util.List;

import org.origo.origin.rules.internal.Condition;
import org.origo.origin.rules.internal.Template;

/**
 * One rule of a profile: when its condition holds for a component, it decides the component's
 * outcome with a bilingual message. {@code effort} (LOW, MEDIUM, HIGH) and {@code priority}
 * (1 = first) are hints for planning.
 */
public record Rule(String id, List<String> labels, Condition when, Outcome outcome, Template messageEn, Template messageZh,
        String effort, int priority, String file, int line) {
}
