package org.origo.origin.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalizes company names as inventories spell them, so that "ASUSTeK COMPUTER INC.",
 * "Intel(R) Corporation", "华为技术有限公司" or "3.0.6, Copyright 2002-2014 Apple Inc." can be
 * looked up among aliases: case, punctuation, trademark signs, bracketed parts, legal suffixes
 * (Inc., Corp., Co., Ltd., GmbH, 有限公司...) and version numbers are removed.
 */
public final class Names {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "ltd", "limited", "llc", "lp", "llp", "plc", "gmbh", "ag", "se", "sa", "bv", "nv", "kk", "spa", "srl", "sro",
            "spol", "ab", "oy", "pte", "pty", "holdings", "holding", "group", "international", "the");

    private static final String[] CJK_SUFFIXES = { "股份有限公司", "有限责任公司", "有限公司", "集团", "公司" };

    private Names() {
    }

    /** Splits off copyright noise: the text before a copyright mark, and the holder named after it. */
    public static List<String> candidates(String raw) {
        List<String> out = new ArrayList<>(3);
        if (raw == null) {
            return out;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        int c = lower.indexOf("copyright");
        int len = 9;
        if (c < 0) {
            c = lower.indexOf('©');
            len = 1;
        }
        if (c < 0) {
            c = lower.indexOf("(c)");
            len = 3;
        }
        if (c < 0) {
            out.add(raw);
            return out;
        }
        out.add(raw.substring(0, c));
        String after = raw.substring(c + len).replaceAll("(?i)^[\\s(c)©,.:;0-9-]*(by\\s+)?", "");
        out.add(after);
        return out;
    }

    /** The normalized form used as lookup key (lower case, single spaces, no suffixes or versions). */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.toLowerCase(Locale.ROOT).replace('（', '(').replace('）', ')').replace("(r)", " ").replace("(tm)", " ")
                .replace("®", " ").replace("™", " ").replace("l.p.", " lp ");
        // drop bracketed parts such as "(Beijing)" or "(VirtualBox)"
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
                sb.append(' ');
            } else if (ch == ')' || ch == ']') {
                depth = Math.max(0, depth - 1);
                sb.append(' ');
            } else if (depth == 0) {
                sb.append(Character.isLetterOrDigit(ch) ? ch : ' ');
            }
        }
        String[] raws = sb.toString().trim().split("\\s+");
        List<String> tokens = new ArrayList<>(raws.length);
        for (String t : raws) {
            if (t.isEmpty()) {
                continue;
            }
            if (!tokens.isEmpty() && (isNumber(t) || t.matches("v[0-9]+"))) {
                continue; // versions after the name
            }
            tokens.add(stripCjkSuffixes(t));
        }
        while (tokens.size() > 1 && LEGAL_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripCjkSuffixes(String t) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : CJK_SUFFIXES) {
                if (t.length() > suffix.length() && t.endsWith(suffix) && isCjk(t.charAt(0))) {
                    t = t.substring(0, t.length() - suffix.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** Whether the character is a CJK ideograph. */
    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
