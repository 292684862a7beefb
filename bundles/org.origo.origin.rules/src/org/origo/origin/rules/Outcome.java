package org.origo.origin.rules;

/**
 * What a rule decides for the component it matches. {@code REPLACE}, {@code KEEP} and
 * {@code REVIEW} decide the component (the first such rule wins); {@code FINDING} records a
 * finding and lets later rules decide; {@code IGNORE} leaves the component out of the roll-up.
 */
public enum Outcome {
    REPLACE, KEEP, REVIEW, FINDING, IGNORE
}
