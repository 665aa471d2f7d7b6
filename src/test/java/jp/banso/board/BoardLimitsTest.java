package jp.banso.board;

import jp.banso.domain.Note;
import jp.banso.domain.LaneRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.banso.cases.NewCase;
import jp.banso.domain.Limits;
import jp.banso.domain.StartKind;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 7 on the board: nothing is added beyond {@link Limits} (notes, lanes, boards), and a board stored
 * beyond them is not read at all (counted, refused with the kind, the count and the limit).
 */
class BoardLimitsTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void openStore() {
        store = Store.open(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static UUID newBoard() {
        UUID caseId = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        return BoardModel.create(store.boards(), caseId, null, "テスト", BoardModelTest.VISION_CURRENT_ISSUE).getId();
    }

    @Test
    void aBoardAtTheNoteLimitRefusesOneMoreNoteOrIssueAndKeepsWhatItHas() {
        UUID board = newBoard();
        BenchData.fillBoard(store, new BoardModel(store.boards(), board), Limits.NOTES_PER_BOARD.max() - 1, 1);
        BoardModel model = new BoardModel(store.boards(), board);
        UUID lane = model.lanes().get(0).getId();
        Note last = model.addNote(lane, "最後の1枚", "市町村"); // the 10,000th is still taken
        assertThat(store.boards().noteCount(board)).isEqualTo(Limits.NOTES_PER_BOARD.max());

        assertThatThrownBy(() -> model.addNote(lane, "もう1枚", "市町村")).isInstanceOf(BoardException.class)
                .hasMessage("付箋を追加できません。1つのボードの付箋は 10,000 枚までです。新しいボードに分けて続けてください。");
        Note other = model.notesIn(model.lanes().get(1).getId()).get(0);
        assertThatThrownBy(() -> model.createIssue(last.getId(), other.getId(), "課題")).isInstanceOf(BoardException.class)
                .hasMessageContaining("1つのボードの付箋は 10,000 枚までです");
        assertThat(store.boards().noteCount(board)).isEqualTo(Limits.NOTES_PER_BOARD.max());
        assertThat(model.notes()).hasSize(Limits.NOTES_PER_BOARD.max());
        // the board still opens
        assertThat(BoardModel.tooLargeToOpen(store.boards(), board)).isEmpty();
    }

    @Test
    void aBoardStoredBeyondTheLimitIsNotRead() {
        UUID board = newBoard();
        BenchData.fillBoard(store, new BoardModel(store.boards(), board), Limits.NOTES_PER_BOARD.max() + 1, 2);
        assertThat(BoardModel.tooLargeToOpen(store.boards(), board))
                .contains("このボードの付箋が多すぎます（10,001枚）。1つのボードの付箋は 10,000 枚までです。");
        assertThatThrownBy(() -> new BoardModel(store.boards(), board)).isInstanceOf(BoardException.class)
                .hasMessageContaining("付箋が多すぎます（10,001枚）");
    }

    @Test
    void lanesAndBoardsStopAtTheirLimits() {
        UUID board = newBoard();
        BoardModel model = new BoardModel(store.boards(), board);
        while (model.lanes().size() < Limits.LANES_PER_BOARD.max()) {
            model.addLane("レーン " + model.lanes().size(), LaneRole.OTHER, null);
        }
        assertThatThrownBy(() -> model.addLane("もう1本", LaneRole.OTHER, null)).isInstanceOf(BoardException.class)
                .hasMessage("レーンを追加できません。1つのボードのレーンは 100 本までです。");
        assertThat(store.boards().laneCount(board)).isEqualTo(Limits.LANES_PER_BOARD.max());

        UUID caseId = model.board().getCaseId();
        BoardTemplate noLanes = new BoardTemplate("blank", "白紙", "", List.of());
        while (store.boards().boards(caseId).size() < Limits.BOARDS_PER_CASE.max()) {
            BoardModel.create(store.boards(), caseId, null, "ボード", noLanes);
        }
        assertThatThrownBy(() -> BoardModel.create(store.boards(), caseId, null, "もう1枚", noLanes)).isInstanceOf(BoardException.class)
                .hasMessage("ボードを追加できません。1つのケースのボードは 500 枚までです。使わなくなったボードを削除してください。");
        assertThat(store.boards().boards(caseId)).hasSize(Limits.BOARDS_PER_CASE.max());
    }
}
