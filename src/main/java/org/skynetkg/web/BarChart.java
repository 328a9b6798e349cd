package org.skynetkg.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn on the server: one row per bar with the operation's name (a link to
 * its page), the bar ({@code rect class="bar"}) and the figure. No script, no web font, nothing fetched.
 */
final class BarChart {
    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 280;
    private static final int VALUE_WIDTH = 200;
    private static final int ROW = 34;
    private static final int BAR = 20;
    private static final int PAD = 8;
    private static final int MAX_LABEL = 40;

    private final WebContext web;

    BarChart(WebContext web) {
        this.web = web;
    }

    String svg(Series series, int index) {
        List<Bar> bars = series.bars();
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).filter(v -> v.signum() > 0)
                .orElse(BigDecimal.ONE);
        int height = 2 * PAD + ROW * bars.size();
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        String title = series.measureLabel() + " (" + series.unit() + ") per operation";
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(Html.esc(series.id())).append("\" class=\"chart series-").append(index)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(Html.esc(title))
                .append("\">\n<title>").append(Html.esc(title)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = PAD + i * ROW;
            int middle = top + ROW / 2;
            int width = Math.max(2, bar.value().multiply(BigDecimal.valueOf(room)).divide(max, MathContext.DECIMAL64)
                    .intValue());
            String href = web.localPathOf(bar.operation().getURI());
            svg.append("<g class=\"row\">");
            svg.append(href == null ? "" : "<a href=\"" + Html.esc(href) + "\">")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(middle)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(Html.esc(shorten(bar.operationName())))
                    .append("</text>").append(href == null ? "" : "</a>");
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(top + (ROW - BAR) / 2)
                    .append("\" width=\"").append(width).append("\" height=\"").append(BAR).append("\" rx=\"2\"><title>")
                    .append(Html.esc(tooltip(bar, series))).append("</title></rect>");
            svg.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + width + 8).append("\" y=\"").append(middle)
                    .append("\" dominant-baseline=\"middle\">").append(Html.esc(bar.valueText())).append("</text>");
            svg.append("</g>\n");
        }
        svg.append("<line class=\"axis\" x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(PAD / 2).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(height - PAD / 2).append("\"/>\n");
        return svg.append("</svg>\n").toString();
    }

    private static String shorten(String name) {
        return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static String tooltip(Bar bar, Series series) {
        return bar.operationName() + " (" + bar.year() + "): " + Numbers.grouped(bar.value()) + " " + series.unit()
                + ", " + bar.status() + ", from " + bar.sources() + (bar.sources() == 1 ? " announcement" : " announcements")
                + (bar.differs() ? "; " + bar.conflicts() + (bar.conflicts() == 1 ? " other value" : " other values")
                        + " reported" : "");
    }
}
