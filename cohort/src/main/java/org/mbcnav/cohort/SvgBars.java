package org.mbcnav.cohort;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one bar per row, its share of a denominator, labelled
 * with the count and the denominator so that no share appears without its base.
 */
final class SvgBars {
    record Bar(String label, long count, long denominator) {
        double share() {
            return denominator == 0 ? 0 : (double) count / denominator;
        }
    }

    private static final int ROW = 22;
    private static final int LABEL = 300;
    private static final int BAR = 360;

    String render(String title, List<Bar> bars) {
        int height = ROW * bars.size() + 30;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                Html.escape(title), LABEL + BAR + 170, height, LABEL + BAR + 170, height));
        sb.append("<title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 10 + i * ROW;
            int w = (int) Math.round(b.share() * BAR);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>", LABEL - 6, y + 14,
                    Html.escape(b.label())));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#e8ecf1\"/>", LABEL, y + 2, BAR));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#3569a8\"/>", LABEL, y + 2, w));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%.1f%% (%,d/%,d)</text>", LABEL + BAR + 6, y + 14,
                    b.share() * 100, b.count(), b.denominator()));
        }
        return sb.append("</svg>").toString();
    }
}
