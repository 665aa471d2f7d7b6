package jp.banso.domain.chart;

import java.util.List;

/**
 * The colours of every chart, in the app and in Office files alike: Okabe & Ito's colour-blind-safe set (2008), in an
 * order that stays apart on a washed-out projector (blue, orange, green, vermillion first). Yellow is last: it vanishes
 * on white. Targets are drawn in {@link #REFERENCE} grey, dashed.
 */
public final class Palette {
    /** RGB hex without '#'. */
    public static final List<String> SERIES = List.of(
            "0072B2", // blue
            "E69F00", // orange
            "009E73", // bluish green
            "D55E00", // vermillion
            "56B4E9", // sky blue
            "CC79A7", // reddish purple
            "000000", // black
            "F0E442"); // yellow
    public static final String REFERENCE = "595959";

    private Palette() {
    }

    /** The colour of the {@code index}-th series (wrapping round after eight). */
    public static String colour(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }
}
