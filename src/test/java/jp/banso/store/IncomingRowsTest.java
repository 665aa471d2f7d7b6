package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.banso.domain.Entity;
import jp.banso.domain.Note;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;

/** The rules for rows from another laptop: owners never change, times not more than a day ahead. */
class IncomingRowsTest {

    @Test
    void everyCarriedTableHasItsOwnersDecided() {
        for (CaseBundleRows.Table<? extends Entity> t : CaseBundleRows.TABLES) {
            for (IncomingRows.Owner o : IncomingRows.owners(t)) {
                assertThat(t.allColumns()).as(t.name()).contains(o.column());
                assertThat(CaseBundleRows.TABLES.indexOf(o.table())).as(t.name() + " is written after its owner")
                        .isLessThan(CaseBundleRows.TABLES.indexOf(t));
            }
        }
        assertThat(IncomingRows.owners(CaseBundleRows.MUNICIPALITY)).isEmpty();
        assertThat(IncomingRows.nearest(CaseBundleRows.PROGRESS_ENTRY).column()).isEqualTo("item_id");
        assertThat(IncomingRows.nearest(CaseBundleRows.NOTE_VOTE).column()).isEqualTo("round_id");
    }

    @Test
    void anotherBoardIsAMoveAnotherLaneOfTheSameBoardIsNot() {
        Note here = new Note();
        here.setBoardId(UUID.randomUUID());
        here.setLaneId(UUID.randomUUID());
        Note incoming = new Note();
        incoming.setId(here.getId());
        incoming.setBoardId(here.getBoardId());
        incoming.setLaneId(UUID.randomUUID());
        incoming.setText("書き直した");
        assertThat(IncomingRows.moved(CaseBundleRows.BOARD_NOTE, incoming, here)).isEmpty();
        incoming.setBoardId(UUID.randomUUID());
        assertThat(IncomingRows.moved(CaseBundleRows.BOARD_NOTE, incoming, here)).extracting(IncomingRows.Owner::column)
                .containsExactly("board_id");
    }

    @Test
    void aCaseOfAnotherTownAndAProgressEntryOfAnotherItemAreMoves() {
        SupportCase here = new SupportCase();
        here.setMunicipalityId(UUID.randomUUID());
        SupportCase incoming = new SupportCase();
        incoming.setId(here.getId());
        incoming.setMunicipalityId(UUID.randomUUID());
        assertThat(IncomingRows.moved(CaseBundleRows.SUPPORT_CASE, incoming, here)).extracting(IncomingRows.Owner::column)
                .containsExactly("municipality_id");
        ProgressEntry p = new ProgressEntry();
        p.setCaseId(UUID.randomUUID());
        p.setItemId(UUID.randomUUID());
        ProgressEntry q = new ProgressEntry();
        q.setId(p.getId());
        q.setCaseId(p.getCaseId());
        q.setItemId(UUID.randomUUID());
        assertThat(IncomingRows.moved(CaseBundleRows.PROGRESS_ENTRY, q, p)).extracting(IncomingRows.Owner::column)
                .containsExactly("item_id");
    }

    @Test
    void timesUpToADayAheadPassLaterOnesDoNot() {
        Instant now = Instant.parse("2026-12-02T01:00:00Z");
        Note n = new Note();
        n.setCreatedAt(now.minus(400, ChronoUnit.DAYS));
        n.setUpdatedAt(now.plus(23, ChronoUnit.HOURS));
        assertThat(IncomingRows.timesAhead(n, now)).isEmpty();
        n.setUpdatedAt(now.plus(1, ChronoUnit.DAYS).plusSeconds(1));
        assertThat(IncomingRows.timesAhead(n, now)).containsExactly("updatedAt");
        n.setCreatedAt(now.plus(30, ChronoUnit.DAYS));
        assertThat(IncomingRows.timesAhead(n, now)).containsExactly("createdAt", "updatedAt");
    }
}
