package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A small line chart of an indicator's cumulative value at the end of each semester, with its
 * target as a horizontal line, drawn as SVG coordinates (a viewBox of {@value #WIDTH} by
 * {@value #HEIGHT}).
 *
 * @param points  the polyline's points, "x,y x,y…", empty without values
 * @param dots    each value's point
 * @param targetY the target line's height, or -1 without a target
 */
public record SemesterChart(String points, List<Dot> dots, double targetY) {

    static final int WIDTH = 160;
    static final int HEIGHT = 48;
    private static final int MARGIN = 4;

    /** Whether there is anything to draw. */
    public boolean empty() {
        return dots.isEmpty() && targetY < 0;
    }

    public boolean hasTarget() {
        return targetY >= 0;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /**
     * @param semesters how many semesters the horizontal axis holds
     */
    static SemesterChart of(List<Dashboard.Point> series, BigDecimal target, int semesters) {
        BigDecimal highest = series.stream().map(Dashboard.Point::value).reduce(target == null ? BigDecimal.ONE : target, BigDecimal::max);
        BigDecimal top = highest.signum() <= 0 ? BigDecimal.ONE : highest;
        int slots = Math.max(semesters, 2);
        List<Dot> dots = series.stream().map(p -> new Dot(x(p.semester(), slots), y(p.value(), top))).toList();
        String points = dots.stream().map(d -> coordinate(d.x()) + "," + coordinate(d.y())).collect(Collectors.joining(" "));
        return new SemesterChart(points, dots, target == null ? -1 : y(target, top));
    }

    private static double x(int semester, int slots) {
        return MARGIN + (WIDTH - 2.0 * MARGIN) * (semester - 1) / (slots - 1);
    }

    private static double y(BigDecimal value, BigDecimal top) {
        double share = value.divide(top, MathContext.DECIMAL64).doubleValue();
        return HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * Math.max(0, Math.min(1, share));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A value's point. */
    public record Dot(double x, double y) {
        public String cx() {
            return coordinate(x);
        }

        public String cy() {
            return coordinate(y);
        }
    }

    /** The target line's height, formatted for the SVG. */
    public String targetLine() {
        return coordinate(targetY);
    }
}
