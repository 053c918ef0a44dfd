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

    /** The labels' size, the height of one of their lines, and the longest line they are broken into, in characters. */
    static final double FONT_SIZE = 11;
    static final double LINE_HEIGHT = 13;
    static final int LINE_CHARACTERS = 18;
    /** A generous width of one character of the labels' font, in font sizes, so that a label is never cut. */
    static final double CHARACTER_WIDTH = 0.62;
    /** Room left around the labels. */
    static final double MARGIN = 6;

    /** A label broken into lines of at most {@link #LINE_CHARACTERS} (a longer word keeps its own line). */
    public List<String> lines(int axis) {
        Integer score = axes.get(axis).score();
        String text = axes.get(axis).label() + " (" + (score == null ? "–" : score) + ")";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARACTERS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The baseline of a label's first line (y going down): labels under the chart hang below their
     * point, labels above it stand clear of it, labels at its sides are centred on their point.
     */
    public double firstBaseline(int axis) {
        double y = labelAt(axis).y();
        int more = lines(axis).size() - 1;
        return y > CENTRE + 1 ? y + 12 : y < CENTRE - 1 ? y - 2 - more * LINE_HEIGHT : y + 4 - more * LINE_HEIGHT / 2;
    }

    /**
     * The box a label takes, estimated from its longest line.
     *
     * @return left, top, right, bottom
     */
    public double[] labelBox(int axis) {
        List<String> lines = lines(axis);
        double width = lines.stream().mapToInt(String::length).max().orElse(0) * CHARACTER_WIDTH * FONT_SIZE;
        double x = labelAt(axis).x();
        double left = switch (anchor(axis)) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
        };
        double top = firstBaseline(axis) - FONT_SIZE;
        return new double[] {left, top, left + width, firstBaseline(axis) + (lines.size() - 1) * LINE_HEIGHT + FONT_SIZE / 3};
    }

    /**
     * The part of the plane the SVG shows: the chart and every label whole.
     *
     * @return left, top, width, height
     */
    public double[] viewBox() {
        double left = 0, top = 0, right = SIZE, bottom = SIZE;
        for (int i = 0; i < axes.size(); i++) {
            double[] box = labelBox(i);
            left = Math.min(left, box[0]);
            top = Math.min(top, box[1]);
            right = Math.max(right, box[2]);
            bottom = Math.max(bottom, box[3]);
        }
        return new double[] {left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + 2 * MARGIN};
    }

    /**
     * The chart as an SVG element, labels escaped.
     *
     * @param title what a screen reader announces (the scores are also given in a table)
     */
    public String svg(String title) {
        StringBuilder svg = new StringBuilder();
        double[] box = viewBox();
        svg.append("<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(fmt(box[0])).append(' ')
                .append(fmt(box[1])).append(' ').append(fmt(box[2])).append(' ').append(fmt(box[3]))
                .append("\" role=\"img\" aria-labelledby=\"radar-title\">");
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
            String x = fmt(label.x());
            svg.append("<text class=\"label-long\" font-size=\"").append(fmt(FONT_SIZE))
                    .append("\" fill=\"#08345c\" font-family=\"DejaVu Sans, sans-serif\" x=\"").append(x)
                    .append("\" y=\"").append(fmt(firstBaseline(i))).append("\" text-anchor=\"").append(anchor(i)).append("\">");
            List<String> lines = lines(i);
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"").append(x).append("\" dy=\"").append(l == 0 ? "0" : fmt(LINE_HEIGHT)).append("\">")
                        .append(HtmlUtils.htmlEscape(lines.get(l), "UTF-8")).append("</tspan>");
            }
            svg.append("</text>");
            // On a narrow screen the chart shrinks: the axes are numbered instead, as the table's rows are.
            double shortBaseline = label.y() > CENTRE + 1 ? label.y() + 24 : label.y() < CENTRE - 1 ? label.y() - 2 : label.y() + 10;
            svg.append("<text class=\"label-short\" display=\"none\" x=\"").append(x).append("\" y=\"")
                    .append(fmt(shortBaseline)).append("\" text-anchor=\"").append(anchor(i)).append("\">")
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
