package org.origo.report.html.internal;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts (no scripts, no external resources). Every label is escaped; numbers are
 * formatted by the caller.
 */
final class Svg {

    static final String[] VERDICT_COLOURS = { "#c0392b", "#e6a23c", "#2e8b57", "#9aa5b1" };

    private Svg() {
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Horizontal stacked bars, one per label, with a legend. {@code values[i][s]} is series s of bar i;
     * {@code totals[i]} is printed after the bar.
     */
    static String stackedBars(String title, List<String> labels, int[][] values, String[] series, String[] colours,
            List<String> totals) {
        int labelW = 170, barW = 520, rowH = 22, top = 28;
        int h = top + labels.size() * rowH + 30;
        int max = 1;
        for (int[] v : values) {
            int s = 0;
            for (int x : v) {
                s += x;
            }
            max = Math.max(max, s);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(labelW + barW + 90)
                .append(' ').append(h).append("\" width=\"").append(labelW + barW + 90).append("\" height=\"").append(h)
                .append("\"><title>").append(Html.esc(title)).append("</title>");
        int lx = labelW;
        for (int s = 0; s < series.length; s++) {
            sb.append("<rect x=\"").append(lx).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").append(colours[s]).append("\"/>");
            sb.append("<text x=\"").append(lx + 16).append("\" y=\"16\" class=\"lg\">").append(Html.esc(series[s])).append("</text>");
            lx += 24 + 8 * Math.max(4, series[s].length());
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = top + i * rowH;
            sb.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\" class=\"lb\">")
                    .append(Html.esc(shorten(labels.get(i), 24))).append("</text>");
            double x = labelW;
            for (int s = 0; s < values[i].length; s++) {
                double wdt = barW * values[i][s] / (double) max;
                if (wdt > 0) {
                    sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y + 3).append("\" width=\"").append(num(wdt))
                            .append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(colours[s]).append("\"/>");
                }
                x += wdt;
            }
            sb.append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(y + 15).append("\" class=\"lb\">")
                    .append(Html.esc(totals.get(i))).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** Vertical bars per phase: planned (solid) next to the target (outlined). */
    static String phases(String title, List<String> labels, int[] planned, double[] target, String plannedName, String targetName) {
        int w = 640, h = 260, left = 50, bottom = 40, top = 30;
        double max = 1;
        for (int i = 0; i < labels.size(); i++) {
            max = Math.max(max, Math.max(planned[i], target[i]));
        }
        int slot = (w - left - 10) / Math.max(1, labels.size());
        double plotH = h - top - bottom;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>").append(Html.esc(title))
                .append("</title>");
        sb.append("<rect x=\"").append(left).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"#2b6cb0\"/><text x=\"").append(left + 16)
                .append("\" y=\"18\" class=\"lg\">").append(Html.esc(plannedName)).append("</text>");
        sb.append("<rect x=\"").append(left + 130).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"3 2\"/><text x=\"")
                .append(left + 146).append("\" y=\"18\" class=\"lg\">").append(Html.esc(targetName)).append("</text>");
        sb.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 10).append("\" y2=\"")
                .append(h - bottom).append("\" stroke=\"#555\"/>");
        for (int i = 0; i < labels.size(); i++) {
            int x0 = left + i * slot + slot / 6;
            int bw = slot / 3;
            double ph = plotH * planned[i] / max;
            double th = plotH * target[i] / max;
            sb.append("<rect x=\"").append(x0).append("\" y=\"").append(num(h - bottom - ph)).append("\" width=\"").append(bw)
                    .append("\" height=\"").append(num(ph)).append("\" fill=\"#2b6cb0\"/>");
            sb.append("<rect x=\"").append(x0 + bw + 4).append("\" y=\"").append(num(h - bottom - th)).append("\" width=\"").append(bw)
                    .append("\" height=\"").append(num(th)).append("\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>");
            sb.append("<text x=\"").append(x0 + bw / 2).append("\" y=\"").append(num(h - bottom - ph - 4))
                    .append("\" text-anchor=\"middle\" class=\"lb\">").append(planned[i]).append("</text>");
            sb.append("<text x=\"").append(x0 + bw).append("\" y=\"").append(h - bottom + 16).append("\" text-anchor=\"middle\" class=\"lb\">")
                    .append(Html.esc(labels.get(i))).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** A burn-down: the target line (dashed) and the measured points joined (solid). Null actual = not measured. */
    static String burndown(String title, List<Integer> years, double[] target, Integer[] actual, String targetName, String actualName) {
        int w = 640, h = 260, left = 56, right = 20, top = 30, bottom = 36;
        double max = 1;
        for (int i = 0; i < years.size(); i++) {
            max = Math.max(max, target[i]);
            if (actual[i] != null) {
                max = Math.max(max, actual[i]);
            }
        }
        double plotW = w - left - right, plotH = h - top - bottom;
        int n = Math.max(1, years.size() - 1);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>").append(Html.esc(title))
                .append("</title>");
        sb.append("<line x1=\"").append(left).append("\" y1=\"8\" x2=\"").append(left + 18).append("\" y2=\"8\" stroke=\"#333\" stroke-dasharray=\"5 3\"/><text x=\"")
                .append(left + 24).append("\" y=\"12\" class=\"lg\">").append(Html.esc(targetName)).append("</text>");
        sb.append("<line x1=\"").append(left + 130).append("\" y1=\"8\" x2=\"").append(left + 148)
                .append("\" y2=\"8\" stroke=\"#c0392b\" stroke-width=\"2\"/><text x=\"").append(left + 154).append("\" y=\"12\" class=\"lg\">")
                .append(Html.esc(actualName)).append("</text>");
        sb.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - right)
                .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#555\"/>");
        sb.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left).append("\" y2=\"")
                .append(h - bottom).append("\" stroke=\"#555\"/>");
        sb.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + 4).append("\" text-anchor=\"end\" class=\"lb\">")
                .append(Math.round(max)).append("</text>");
        StringBuilder line = new StringBuilder();
        StringBuilder act = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            double x = left + plotW * i / n;
            double y = top + plotH * (1 - target[i] / max);
            line.append(i == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
            sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(h - bottom + 16).append("\" text-anchor=\"middle\" class=\"lb\">")
                    .append(years.get(i)).append("</text>");
            if (actual[i] != null) {
                double ay = top + plotH * (1 - actual[i] / max);
                act.append(act.length() == 0 ? "M" : " L").append(num(x)).append(' ').append(num(ay));
                sb.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(ay)).append("\" r=\"4\" fill=\"#c0392b\"/>");
                sb.append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(num(ay - 6)).append("\" class=\"lb\">")
                        .append(actual[i]).append("</text>");
            }
        }
        sb.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"5 3\"/>");
        if (act.length() > 0) {
            sb.append("<path d=\"").append(act).append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>");
        }
        return sb.append("</svg>").toString();
    }

    /**
     * The cumulative share of the replacements done by the end of each year: target (outlined),
     * planned (blue) and, where measured, actual (red); shares 0..1, labels formatted by the caller.
     */
    static String curve(String title, List<Integer> years, double[] target, double[] planned, Double[] actual, String targetName,
            String plannedName, String actualName, java.util.function.DoubleFunction<String> label) {
        int w = 640, h = 250, left = 50, bottom = 36, top = 34;
        int slot = (w - left - 10) / Math.max(1, years.size());
        double plotH = h - top - bottom;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"><title>").append(Html.esc(title))
                .append("</title>");
        String[] names = { targetName, plannedName, actualName };
        String[] fills = { "none", "#2b6cb0", "#c0392b" };
        for (int s = 0; s < 3; s++) {
            int x = left + s * 150;
            sb.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(fills[s])
                    .append(s == 0 ? "\" stroke=\"#333\" stroke-dasharray=\"3 2" : "").append("\"/><text x=\"").append(x + 16)
                    .append("\" y=\"18\" class=\"lg\">").append(Html.esc(names[s])).append("</text>");
        }
        sb.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 10).append("\" y2=\"")
                .append(h - bottom).append("\" stroke=\"#555\"/>");
        for (int i = 0; i < years.size(); i++) {
            int bw = slot / 4;
            int x0 = left + i * slot + slot / 8;
            Double[] v = { target[i], planned[i], actual[i] };
            for (int s = 0; s < 3; s++) {
                if (v[s] == null) {
                    continue;
                }
                double bh = plotH * Math.max(0, Math.min(1, v[s]));
                int x = x0 + s * (bw + 3);
                sb.append("<rect x=\"").append(x).append("\" y=\"").append(num(h - bottom - bh)).append("\" width=\"").append(bw)
                        .append("\" height=\"").append(num(bh)).append("\" fill=\"").append(fills[s])
                        .append(s == 0 ? "\" stroke=\"#333\" stroke-dasharray=\"3 2" : "").append("\"/>");
                sb.append("<text x=\"").append(x + bw / 2).append("\" y=\"").append(num(h - bottom - bh - 4))
                        .append("\" text-anchor=\"middle\" class=\"lb\">").append(Html.esc(label.apply(v[s]))).append("</text>");
            }
            sb.append("<text x=\"").append(x0 + (3 * bw) / 2).append("\" y=\"").append(h - bottom + 16)
                    .append("\" text-anchor=\"middle\" class=\"lb\">").append(years.get(i)).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
