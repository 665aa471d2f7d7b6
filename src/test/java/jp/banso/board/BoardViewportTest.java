package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import jp.banso.domain.Note;
import org.junit.jupiter.api.Test;

/** The board's view arithmetic: screen = world × zoom + pan, the zoom limits, framing and what counts as in view. */
class BoardViewportTest {

    private static Note note(double x, double y, double w, double h) {
        Note n = new Note();
        n.setX(x);
        n.setY(y);
        n.setWidth(w);
        n.setHeight(h);
        return n;
    }

    private static BoardViewport sized(double w, double h) {
        BoardViewport v = new BoardViewport(BoardViewport.MIN_ZOOM);
        v.resize(w, h);
        return v;
    }

    @Test
    void screenPointsMapToTheWorldThroughPanAndZoom() {
        BoardViewport v = sized(1000, 600);
        v.set(2, 100, -50);
        assertThat(v.worldX(300)).isEqualTo(100);
        assertThat(v.worldY(150)).isEqualTo(100);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorWhereItIs() {
        BoardViewport v = sized(1000, 600);
        v.set(1, 40, 30);
        double wx = v.worldX(400);
        double wy = v.worldY(250);
        v.zoomAt(1.5, 400, 250);
        assertThat(v.zoom()).isEqualTo(1.5);
        assertThat(v.worldX(400)).isCloseTo(wx, within(1e-9));
        assertThat(v.worldY(250)).isCloseTo(wy, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimitsAndTheCursorPointStillStays() {
        BoardViewport v = sized(1000, 600);
        v.zoomAt(100, 200, 100);
        assertThat(v.zoom()).isEqualTo(BoardViewport.MAX_ZOOM);
        assertThat(v.worldX(200)).isCloseTo(200, within(1e-9));
        v.zoomAt(1e-6, 200, 100);
        assertThat(v.zoom()).isEqualTo(BoardViewport.MIN_ZOOM);
        assertThat(v.worldX(200)).isCloseTo(200, within(1e-9));

        BoardViewport projector = new BoardViewport(0.5);
        projector.set(0.1, 0, 0);
        assertThat(projector.zoom()).as("the projector's least zoom").isEqualTo(0.5);
    }

    @Test
    void panningMovesTheViewByScreenPixels() {
        BoardViewport v = sized(1000, 600);
        v.set(2, 0, 0);
        v.panBy(20, -10);
        assertThat(v.panX()).isEqualTo(20);
        assertThat(v.panY()).isEqualTo(-10);
        assertThat(v.zoom()).isEqualTo(2);
    }

    @Test
    void fittingCentresTheBoxAsLargeAsItFits() {
        BoardViewport v = sized(1000, 600);
        BoardViewport.Box box = new BoardViewport.Box(100, 50, 400, 100);
        v.fit(box);
        assertThat(v.zoom()).isEqualTo(2.5); // the width limits: 1000 / 400
        // the box's centre (300, 100) is the view's centre (500, 300)
        assertThat(v.worldX(500)).isCloseTo(300, within(1e-9));
        assertThat(v.worldY(300)).isCloseTo(100, within(1e-9));
    }

    @Test
    void beforeTheCanvasHasASizeFramingAssumesADefaultView() {
        BoardViewport v = new BoardViewport(BoardViewport.MIN_ZOOM);
        assertThat(v.fitZoom(new BoardViewport.Box(0, 0, 600, 200)))
                .isEqualTo(Math.min(BoardViewport.DEFAULT_WIDTH / 600, BoardViewport.DEFAULT_HEIGHT / 200));
    }

    @Test
    void whatIsTooTallToReadWholeShowsItsTopCentredAtTheLeastZoom() {
        BoardViewport v = new BoardViewport(0.5);
        v.resize(1000, 600);
        BoardViewport.Box tall = new BoardViewport.Box(448, 0, 420, 5000);
        assertThat(v.fitsWhole(tall)).isFalse();
        v.showTop(tall);
        assertThat(v.zoom()).isEqualTo(0.5);
        assertThat(v.worldX(500)).as("centred across").isCloseTo(tall.centerX(), within(1e-9));
        assertThat(v.worldY(8)).as("its top, just below the edge").isCloseTo(0, within(1e-9));
        assertThat(v.fitsWhole(new BoardViewport.Box(0, 0, 420, 600))).isTrue();
    }

    @Test
    void centringOnAPointZoomsInToAtLeastReadingSize() {
        BoardViewport v = sized(1000, 600);
        v.set(0.2, 0, 0);
        v.centerOn(2000, 900);
        assertThat(v.zoom()).isEqualTo(0.8);
        assertThat(v.worldX(500)).isCloseTo(2000, within(1e-9));
        assertThat(v.worldY(300)).isCloseTo(900, within(1e-9));
        v.set(2, 0, 0);
        v.centerOn(0, 0);
        assertThat(v.zoom()).as("already closer stays").isEqualTo(2);
    }

    @Test
    void aNoteIsInViewWhenAnyPartIsWithinTheMargin() {
        BoardViewport v = sized(1000, 600);
        v.set(1, 0, 0);
        assertThat(v.shows(note(100, 100, 180, 112))).isTrue();
        assertThat(v.shows(note(-220, 0, 180, 112))).as("its right edge 40 px left of the view: within the margin").isTrue();
        assertThat(v.shows(note(-300, 0, 180, 112))).isFalse();
        assertThat(v.shows(note(1049, 0, 180, 112))).isTrue();
        assertThat(v.shows(note(1051, 0, 180, 112))).isFalse();
        assertThat(v.shows(note(0, 700, 180, 112))).isFalse();
        v.set(0.5, 0, 0);
        assertThat(v.shows(note(1900, 1100, 180, 112))).as("zoomed out, more of the board is in view").isTrue();
    }

    @Test
    void notesAreDrawnWithTheirTextFromTheDetailZoom() {
        BoardViewport v = sized(1000, 600);
        v.set(BoardViewport.DETAIL_ZOOM, 0, 0);
        assertThat(v.detail()).isTrue();
        v.set(BoardViewport.DETAIL_ZOOM - 0.01, 0, 0);
        assertThat(v.detail()).isFalse();
    }

    @Test
    void theBoardsContentCoversItsLanesAndEveryNoteWithAMargin() {
        BoardViewport.Box empty = BoardViewport.content(0, List.of());
        assertThat(empty).isEqualTo(new BoardViewport.Box(-20, -40, 640, 460));

        BoardViewport.Box lanes = BoardViewport.content(3, List.of());
        double lanesRight = BoardLayout.laneX(3) - BoardLayout.LANE_GAP;
        assertThat(lanes).isEqualTo(new BoardViewport.Box(-20, -40, lanesRight + 40, BoardLayout.minLaneHeight() + 60));

        BoardViewport.Box withNotes = BoardViewport.content(3, List.of(note(-500, -100, 180, 112), note(3000, 2000, 200, 100)));
        assertThat(withNotes).isEqualTo(new BoardViewport.Box(-520, -140, 3200 + 500 + 40, 2100 + 100 + 60));
    }

    @Test
    void aLaneReachesDownToItsLowestNote() {
        BoardViewport.Box empty = BoardViewport.lane(1, List.of());
        assertThat(empty).isEqualTo(new BoardViewport.Box(BoardLayout.laneX(1), 0, BoardLayout.LANE_WIDTH, BoardLayout.LANE_HEADER + 200));
        BoardViewport.Box full = BoardViewport.lane(1, List.of(note(500, 900, 180, 112), note(500, 100, 180, 112)));
        assertThat(full.height()).isEqualTo(900 + 112 + BoardLayout.PAD);
    }
}
