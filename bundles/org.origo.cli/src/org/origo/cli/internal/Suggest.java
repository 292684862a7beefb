package org.origo.cli.internal;

import java.util.Collection;

/** "Did you mean …?": the nearest known word by edit distance, when it is near enough. */
public final class Suggest {

    private Suggest() {
    }

    /** The closest candidate within two edits (or one that starts with the word), else null. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance || d == bestDistance && best != null && c.compareTo(best) < 0) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        int limit = word.length() <= 3 ? 1 : 2;
        if (bestDistance <= limit) {
            return best;
        }
        for (String c : candidates) {
            if (word.length() >= 3 && c.startsWith(word)) {
                return c;
            }
        }
        return null;
    }

    /** Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
