package eu.cybersudoe.diagnostics.internal;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The radar chart of a result: one axis per dimension, the score (0–100) along it. The same SVG
 * is shown in the page and drawn in the PDF report; its colours are presentation attributes, so
 * it looks the same where the site's style sheet does not reach.
 */
public final class RadarChart {

    /** The chart's height, in SVG user units. */
    public static final double SIZE = 360;
    static final double CENTRE = SIZE / 2;
    static final double RADIUS = 120;
    /** The rings drawn behind the scores. */
    static final int[] RINGS = {25, 50, 75, 100};

    private final List<Axis> axes;

    /**
     * One axis.
     *
     * @param label the dimension's name in the reader's language
     * @param score 0–100, or null when the dimension has no score (drawn at 0)
     */
    public record Axis(String label, Integer score) {
    }

    /** A point, with y going down as in SVG. */
    public record Point(double x, double y) {
    }

    public RadarChart(List<Axis> axes) {
        this.axes = List.copyOf(axes);
    }

    public List<Axis> axes() {
        return axes;
    }

    /** Where value (0–100) sits on axis i: axis 0 points up, the others follow clockwise. */
    public Point at(int axis, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * axis / axes.size();
        double r = RADIUS * Math.max(0, Math.min(100, value)) / 100;
        return new Point(CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle));
    }

    /** The corners of the scores' polygon. */
    public List<Point> scores() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            Integer score = axes.get(i).score();
            points.add(at(i, score == null ? 0 : score));
        }
        return points;
    }

    /** Where a label is written: beyond the end of its axis. */
    public Point labelAt(int axis) {
        return at(axis, 100 * (RADIUS + 22) / RADIUS);
    }

    /** The text anchor of a label (start, middle or end), by which side of the chart it is on. */
    public String anchor(int axis) {
        double x = labelAt(axis).x();
        return Math.abs(x - CENTRE) < 1 ? "middle" : x > CENTRE ? "start" : "end";
    }

    /**
     * How far below its point a label's baseline sits (y going down), so that labels under the
     * chart hang below it and labels above it stand clear of it.
     */
    public double baseline(int axis) {
        double y = labelAt(axis).y();
        return y > CENTRE + 1 ? 12 : y < CENTRE - 1 ? -2 : 4;
    }

    /**
     * The chart as an SVG element, labels escaped.
     *
     * @param title what a screen reader announces (the scores are also given in a table)
     */
    public String svg(String title) {
        StringBuilder svg = new StringBuilder();
        // Wide enough for labels on both sides.
        svg.append("<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-120 0 ")
                .append((int) (SIZE + 240)).append(' ').append((int) SIZE).append("\" role=\"img\" aria-labelledby=\"radar-title\">");
        svg.append("<title id=\"radar-title\">").append(HtmlUtils.htmlEscape(title, "UTF-8")).append("</title>");
        for (int ring : RINGS) {
            svg.append("<polygon class=\"ring\" fill=\"none\" stroke=\"#d1d5db\" points=\"").append(polygon(ringPoints(ring))).append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            Point end = at(i, 100);
            svg.append("<line class=\"axis\" stroke=\"#d1d5db\" x1=\"").append(fmt(CENTRE)).append("\" y1=\"").append(fmt(CENTRE))
                    .append("\" x2=\"").append(fmt(end.x())).append("\" y2=\"").append(fmt(end.y())).append("\"/>");
        }
        svg.append("<polygon class=\"score\" fill=\"#f5a623\" fill-opacity=\"0.35\" stroke=\"#c2410c\" stroke-width=\"2\" points=\"").append(polygon(scores())).append("\"/>");
        for (int i = 0; i < axes.size(); i++) {
            Point label = labelAt(i);
            Integer score = axes.get(i).score();
            svg.append("<text class=\"label-long\" font-size=\"11\" fill=\"#08345c\" font-family=\"DejaVu Sans, sans-serif\" x=\"").append(fmt(label.x())).append("\" y=\"").append(fmt(label.y() + baseline(i)))
                    .append("\" text-anchor=\"").append(anchor(i)).append("\">")
                    .append(HtmlUtils.htmlEscape(axes.get(i).label(), "UTF-8")).append(" (")
                    .append(score == null ? "–" : score).append(")</text>");
            // On a narrow screen the chart shrinks: the axes are numbered instead, as the table's rows are.
            svg.append("<text class=\"label-short\" display=\"none\" x=\"").append(fmt(label.x())).append("\" y=\"")
                    .append(fmt(label.y() + baseline(i))).append("\" text-anchor=\"").append(anchor(i)).append("\">")
                    .append(i + 1).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The corners of a ring at a value. */
    public List<Point> ringPoints(int value) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            points.add(at(i, value));
        }
        return points;
    }

    private static String polygon(List<Point> points) {
        return String.join(" ", points.stream().map(p -> fmt(p.x()) + "," + fmt(p.y())).toList());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
