package eu.cybersudoe.shared.documents;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EuEmblemTest {

    private static final double H = EuEmblem.HEIGHT;

    @Test
    void twelveUprightStarsSitLikeTheHoursOfAClockOnACircleOfAThirdOfTheHeight() {
        List<List<EuEmblem.Point>> stars = EuEmblem.stars();

        assertThat(stars).hasSize(12);
        for (int hour = 0; hour < 12; hour++) {
            List<EuEmblem.Point> star = stars.get(hour);
            double cx = star.stream().mapToDouble(EuEmblem.Point::x).sum() / 10;
            double cy = star.stream().mapToDouble(EuEmblem.Point::y).sum() / 10;
            assertThat(Math.hypot(cx - EuEmblem.WIDTH / 2, cy - H / 2)).isCloseTo(H / 3, within(0.01));
            double angle = Math.toDegrees(Math.atan2(cx - EuEmblem.WIDTH / 2, H / 2 - cy));
            assertThat((angle + 360) % 360).isCloseTo(hour * 30.0, within(0.01));
            // Upright: the first point straight above the star's centre, one eighteenth of the height away.
            assertThat(star.getFirst().x()).isCloseTo(cx, within(0.01));
            assertThat(cy - star.getFirst().y()).isCloseTo(H / 18, within(0.01));
        }
    }

    @Test
    void theStarsAreRegularFivePointedStars() {
        List<EuEmblem.Point> star = EuEmblem.stars().getFirst();
        // In a regular star, each inner corner lies on the line joining two outer points (the pentagram's edges).
        EuEmblem.Point top = star.get(0);
        EuEmblem.Point lowerRight = star.get(4);
        EuEmblem.Point inner = star.get(1);
        double cross = (lowerRight.x() - top.x()) * (inner.y() - top.y()) - (lowerRight.y() - top.y()) * (inner.x() - top.x());
        assertThat(cross).isCloseTo(0, within(0.01));
    }

    @Test
    void theSvgIsABlueRectangleOfThreeByTwoWithTwelveGoldStars() {
        String svg = EuEmblem.svg();

        assertThat(svg).contains("viewBox=\"0 0 810.00 540.00\"", "<rect width=\"810.00\" height=\"540.00\" fill=\"#003399\"/>");
        assertThat(Pattern.compile("<polygon fill=\"#FFCC00\"").matcher(svg).results().count()).isEqualTo(12);
    }
}
