package eu.cybersudoe.shared.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The emblem of the European Union drawn from its published geometry: a blue rectangle one and a
 * half times as wide as it is high; twelve gold five-pointed stars, each upright, with their
 * centres on an invisible circle whose radius is a third of the height, placed like the hours on
 * a clock face; each star's points on a circle whose radius is one eighteenth of the height.
 * Colours: Reflex Blue (#003399) and Yellow (#FFCC00).
 */
public final class EuEmblem {

    /** The height of the drawing in SVG user units; its width is one and a half times this. */
    static final double HEIGHT = 540;
    static final double WIDTH = HEIGHT * 3 / 2;
    static final String BLUE = "#003399";
    static final String GOLD = "#FFCC00";
    static final int STARS = 12;

    private EuEmblem() {
    }

    /** A point, with y going down as in SVG. */
    record Point(double x, double y) {
    }

    /** The ten corners of each star (outer and inner points alternating, the first pointing up). */
    static List<List<Point>> stars() {
        double outer = HEIGHT / 18;
        // A regular five-pointed star: the inner corners lie where two outer edges cross.
        double inner = outer * Math.cos(Math.toRadians(72)) / Math.cos(Math.toRadians(36));
        List<List<Point>> stars = new ArrayList<>();
        for (int hour = 0; hour < STARS; hour++) {
            double angle = Math.toRadians(hour * 360.0 / STARS);
            double cx = WIDTH / 2 + HEIGHT / 3 * Math.sin(angle);
            double cy = HEIGHT / 2 - HEIGHT / 3 * Math.cos(angle);
            List<Point> corners = new ArrayList<>();
            for (int corner = 0; corner < 10; corner++) {
                double r = corner % 2 == 0 ? outer : inner;
                double a = Math.toRadians(corner * 36.0);
                corners.add(new Point(cx + r * Math.sin(a), cy - r * Math.cos(a)));
            }
            stars.add(corners);
        }
        return stars;
    }

    /** The emblem as an SVG element, without a size of its own (the document's style gives it one). */
    public static String svg() {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(fmt(WIDTH)).append(' ').append(fmt(HEIGHT)).append("\" width=\"").append((int) WIDTH)
                .append("\" height=\"").append((int) HEIGHT).append("\">");
        svg.append("<rect width=\"").append(fmt(WIDTH)).append("\" height=\"").append(fmt(HEIGHT))
                .append("\" fill=\"").append(BLUE).append("\"/>");
        for (List<Point> star : stars()) {
            svg.append("<polygon fill=\"").append(GOLD).append("\" points=\"");
            for (int i = 0; i < star.size(); i++) {
                svg.append(i == 0 ? "" : " ").append(fmt(star.get(i).x())).append(',').append(fmt(star.get(i).y()));
            }
            svg.append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
