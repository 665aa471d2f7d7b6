package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.board.BoardModel;
import jp.banso.board.BoardTemplate;
import jp.banso.board.LaneSpec;
import jp.banso.cases.NewCase;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Meeting;
import jp.banso.domain.Note;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StartKind;
import jp.banso.domain.UndoLabels;
import jp.banso.roadmap.RoadmapModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 4 and 5: what changes from the team server do to this laptop's open work. Rows are applied as the
 * sync engine applies them ({@link FromServer}): undo never takes back a step such a change overlaps, a page's older
 * copy never writes the server's fields back, and a case the user may no longer write refuses every write.
 */
class IncomingChangesTest {
    static final BoardTemplate ONE_LANE = new BoardTemplate("one", "一つ", "", List.of(new LaneSpec("現状", LaneRole.CURRENT, "#FFF59D")));

    @TempDir
    static Path dir;
    static Store store;
    UUID caseId;
    UUID boardId;
    BoardModel board;
    UUID lane;

    @BeforeAll
    static void open() {
        store = Store.open(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void aBoard() {
        caseId = new NewCase("栃木県", "さくら市", 2025, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        boardId = BoardModel.create(store.boards(), caseId, null, "ボード", ONE_LANE).getId();
        board = new BoardModel(store.boards(), boardId);
        lane = board.lanes().get(0).getId();
    }

    private static void serverMoves(UUID noteId, double x) {
        FromServer.on(store).update("board_note", noteId, Map.of("x", x)).apply();
    }

    // ------------------------------------------------------------------------------------------------ undo across sync

    @Test
    void aStepAServerChangeOverlapsAndEveryOlderOneCannotBeUndoneNewerOnesCan() {
        Note a = board.addNote(lane, "A", "");
        Note b = board.addNote(lane, "B", "");
        board.move(Map.of(a.getId(), new double[] {500, 40}));
        board.editText(b.getId(), "B2");

        serverMoves(a.getId(), 900);
        board.refresh();

        assertThat(board.note(a.getId()).getX()).isEqualTo(900); // memory took the server's place
        assertThat(board.undoLabels()).isEqualTo(new UndoLabels("付箋を編集", "", false, false));
        board.undo(); // B2 → B: touches only B, made after the step on A
        assertThat(board.note(b.getId()).getText()).isEqualTo("B");
        assertThat(board.undoLabels().undoBlocked()).isTrue(); // 付箋を移動 (on A) comes next: it says it is blocked
        assertThat(board.undoLabels().undo()).isEqualTo("付箋を移動");

        assertThatThrownBy(board::undo).hasMessageContaining("この操作（付箋を移動）は、チームサーバーから届いた変更と重なるため元に戻せません");
        assertThat(store.boards().notes(boardId)).filteredOn(n -> n.getId().equals(a.getId()))
                .singleElement().satisfies(n -> assertThat(n.getX()).isEqualTo(900)); // never reverted
        // dropped with every older step (adding B did not touch A, but cannot be reached without undoing A's move)
        assertThat(board.undoLabels()).isEqualTo(new UndoLabels("", "付箋を編集"));
        board.redo();
        assertThat(board.note(b.getId()).getText()).isEqualTo("B2");
    }

    @Test
    void aStepUndoneBeforeTheServerChangedItsNoteCannotBeRedone() {
        Note a = board.addNote(lane, "A", "");
        board.editText(a.getId(), "A2");
        board.undo();

        FromServer.on(store).update("board_note", a.getId(), Map.of("text", "サーバーの文")).apply();
        board.refresh();

        assertThat(board.note(a.getId()).getText()).isEqualTo("サーバーの文");
        assertThat(board.undoLabels().redoBlocked()).isTrue();
        assertThatThrownBy(board::redo).hasMessageContaining("重なるためやり直せません");
        assertThat(board.note(a.getId()).getText()).isEqualTo("サーバーの文");
        assertThat(store.boards().notes(boardId).get(0).getText()).isEqualTo("サーバーの文");
        assertThat(board.undoLabels().canRedo()).isFalse();
    }

    @Test
    void roadmapStepsOnAnItemTheServerChangedAreBlockedAfterARestartToo() {
        RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), caseId);
        RoadmapItem item = roadmap.addItem("見守り体制", YearMonth.of(2025, 6));
        roadmap.move(item.getId(), 2);

        FromServer.on(store).update("roadmap_item", item.getId(), Map.of("title", "見守りネットワーク")).apply();

        RoadmapModel reopened = new RoadmapModel(store.roadmaps(), store.boards(), caseId);
        assertThat(reopened.undoLabels().undoBlocked()).isTrue();
        assertThatThrownBy(reopened::undo).hasMessageContaining("チームサーバーから届いた変更と重なるため元に戻せません");
        assertThat(store.roadmaps().item(item.getId()).orElseThrow().getTitle()).isEqualTo("見守りネットワーク");
        assertThat(store.roadmaps().items(caseId)).hasSize(1); // adding it was not taken back either
        assertThat(reopened.undoLabels().canUndo()).isFalse();
    }

    @Test
    void anOpenRoadmapTakesTheServersItemsAndTheLabelsFollow() {
        RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), caseId);
        RoadmapItem item = roadmap.addItem("見守り体制", YearMonth.of(2025, 6));
        List<UndoLabels> heard = new java.util.ArrayList<>();
        roadmap.addListener(cs -> heard.add(roadmap.undoLabels()));

        FromServer.on(store).update("roadmap_item", item.getId(), Map.of("title", "見守りネットワーク")).apply();
        roadmap.refresh();

        assertThat(roadmap.item(item.getId()).getTitle()).isEqualTo("見守りネットワーク");
        assertThat(roadmap.item(item.getId())).isSameAs(item); // the instance views hold
        assertThat(heard).singleElement().satisfies(l -> assertThat(l.undoBlocked()).isTrue());
    }

    // ------------------------------------------------------------------------------------------------ no stale overwrite

    @Test
    void aSaveOfAnOlderCopyKeepsTheServersFieldsAndTheUsersOwn() {
        Meeting m = new Meeting();
        m.setCaseId(caseId);
        m.setTitle("第1回");
        m.setPlace("役場");
        m.setAgenda("顔合わせ");
        store.meetings().save(m); // the page's copy, as read

        FromServer.on(store).update("meeting", m.getId(), Map.of("place", "公民館", "agenda", "サーバーの目的")).apply();
        m.setAgenda("利用者の目的"); // typed while sync ran
        store.meetings().save(m);

        Meeting stored = store.meetings().find(m.getId()).orElseThrow();
        assertThat(stored.getPlace()).isEqualTo("公民館"); // not changed here: the server's
        assertThat(stored.getAgenda()).isEqualTo("利用者の目的"); // changed here: the user's
        assertThat(stored.getTitle()).isEqualTo("第1回");
        assertThat(m.getPlace()).isEqualTo("公民館"); // the page's copy holds it too
        assertThat(store.pendingWrites().serverReplaced().size()).isZero(); // forgotten once saved

        m.setTitle("第1回（確定）"); // a later save of the same copy is a plain save
        store.meetings().save(m);
        assertThat(store.meetings().find(m.getId()).orElseThrow().getPlace()).isEqualTo("公民館");
    }

    @Test
    void aBoardEditOfAStaleNoteKeepsTheServersPlace() {
        Note b = board.addNote(lane, "B", "");
        double x = b.getX();
        serverMoves(b.getId(), x + 300);
        board.editText(b.getId(), "利用者の文"); // the model was not refreshed: its copy has the old place

        Note stored = store.boards().notes(boardId).get(0);
        assertThat(stored.getText()).isEqualTo("利用者の文");
        assertThat(stored.getX()).isEqualTo(x + 300);
    }

    @Test
    void aCopyReadAfterTheServerChangeIsSavedAsItIs() {
        Note b = board.addNote(lane, "B", "");
        serverMoves(b.getId(), 700);
        BoardModel reread = new BoardModel(store.boards(), boardId);
        reread.move(Map.of(b.getId(), new double[] {40, 40}));
        assertThat(store.boards().notes(boardId).get(0).getX()).isEqualTo(40);
    }

    @Test
    void whatTheServerReplacedIsKeptForABoundedNumberOfRows() {
        ServerReplaced replaced = new ServerReplaced();
        for (int i = 0; i < ServerReplaced.LIMIT + 10; i++) {
            replaced.remember(null, List.of(new ServerChanges.Row("board_note", UUID.randomUUID(), Map.of("x", 1), Map.of("x", 2))));
        }
        assertThat(replaced.size()).isEqualTo(ServerReplaced.LIMIT);
    }

    // ------------------------------------------------------------------------------------------------ read-only cases

    @Test
    void aReadOnlyCaseRefusesEveryWriteAndNothingChanges() {
        Note a = board.addNote(lane, "A", "");
        RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), caseId);
        Meeting m = new Meeting();
        m.setCaseId(caseId);
        m.setTitle("第1回");
        store.meetings().save(m);
        FromServer.readOnly(store, caseId);

        String why = "このケースは、チームから外れたため読み取り専用です（2026年4月1日から）";
        assertThatThrownBy(() -> board.editText(a.getId(), "変更")).hasMessageContaining(why);
        assertThatThrownBy(() -> board.addNote(lane, "新しい付箋", "")).hasMessageContaining(why);
        m.setTitle("第2回");
        assertThatThrownBy(() -> store.meetings().save(m)).satisfies(e ->
                assertThat(StoreException.find(e)).hasValueSatisfying(s -> assertThat(s.getMessage()).contains(why)));
        assertThatThrownBy(() -> roadmap.addItem("取組", YearMonth.of(2025, 6))).hasMessageContaining(why);
        assertThatThrownBy(() -> store.cases().setArchived(caseId, true)).satisfies(e ->
                assertThat(StoreException.find(e)).isPresent());

        assertThat(store.boards().notes(boardId)).extracting(Note::getText).containsExactly("A");
        assertThat(store.meetings().find(m.getId()).orElseThrow().getTitle()).isEqualTo("第1回");
        assertThat(store.roadmaps().items(caseId)).isEmpty();
        assertThat(store.cases().find(caseId).orElseThrow().isArchived()).isFalse();
        assertThat(store.pendingWrites().size()).isZero(); // refused, not kept to write later

        // sync itself still writes the case's rows; another case stays writable
        FromServer.on(store).update("board_note", a.getId(), Map.of("text", "サーバーの文")).apply();
        assertThat(store.boards().notes(boardId)).extracting(Note::getText).containsExactly("サーバーの文");
        UUID other = new NewCase("栃木県", "那須町", 2025, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        assertThat(BoardModel.create(store.boards(), other, null, "別のケース", ONE_LANE)).isNotNull();
    }

    @Test
    void aMunicipalitysFiguresAreReadOnlyOnlyWhileEveryCaseOfItIs() {
        UUID kept = new NewCase("栃木県", "日光市", 2025, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        UUID municipality = store.cases().find(kept).orElseThrow().getMunicipalityId();
        jp.banso.domain.ProfileSnapshot figures = new jp.banso.domain.ProfileSnapshot();
        figures.setMunicipalityId(municipality);
        figures.setAsOf(java.time.LocalDate.of(2025, 4, 1));
        store.cases().save(figures);
        FromServer.readOnly(store, kept);

        figures.setPopulation(80_000);
        assertThatThrownBy(() -> store.cases().save(figures)).satisfies(e ->
                assertThat(StoreException.find(e)).hasValueSatisfying(s -> assertThat(s.getMessage()).contains("読み取り専用")));
        assertThat(store.cases().snapshots(municipality).get(0).getPopulation()).isNull();

        new NewCase("栃木県", "日光市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases()); // another team's, writable
        store.cases().save(figures);
        assertThat(store.cases().snapshots(municipality).get(0).getPopulation()).isEqualTo(80_000);
    }
}
