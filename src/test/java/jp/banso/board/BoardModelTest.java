package jp.banso.board;

import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.Note;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Lane;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every board command, its undo and its redo: checked on the model in memory, on a fresh model read from the
 * database, and (after closing and reopening the store) on a model read from the file, where undo must still work.
 */
class BoardModelTest {

    static final BoardTemplate VISION_CURRENT_ISSUE = new BoardTemplate("vision-current-issue", "あるべき姿 / 現状 / 課題", "",
            List.of(new LaneSpec("あるべき姿", LaneRole.VISION, "#BBDEFB"), new LaneSpec("現状", LaneRole.CURRENT, "#FFF59D"),
                    new LaneSpec("課題", LaneRole.ISSUE, "#F8BBD0")));

    static final double COLUMN = BoardLayout.LANE_WIDTH + BoardLayout.LANE_GAP; // 448: one lane to the next

    /** One database for the class (opening a fresh one per test costs more than the test); each test has its own case and board. */
    @TempDir
    static Path dir;

    static Store store;
    UUID caseId;
    UUID boardId;
    BoardModel model;
    UUID vision;
    UUID current;
    UUID issueLane;

    @BeforeAll
    static void openStore() {
        store = Store.open(dir);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openBoard() {
        caseId = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        boardId = BoardModel.create(store.boards(), caseId, null, "テスト", VISION_CURRENT_ISSUE).getId();
        model = new BoardModel(store.boards(), boardId);
        vision = model.lanes().get(0).getId();
        current = model.lanes().get(1).getId();
        issueLane = model.lanes().get(2).getId();
    }

    // ------------------------------------------------------------------------------------------------ the board

    /** Issue 13, items 6 and 11: what is typed on the board follows the same text rule as every form. */
    @Test
    void brokenCharactersAreRefusedAndBidiControlsDroppedInWhatIsTypedOnTheBoard() {
        assertThatThrownBy(() -> model.addNote(vision, "買い物\ud800に困る", null)).isInstanceOf(BoardException.class)
                .hasMessageContaining("壊れた文字");
        assertThatThrownBy(() -> model.renameLane(vision, "あるべき\n姿")).isInstanceOf(BoardException.class)
                .hasMessageContaining("レーン名に使用できない制御文字");
        model.renameLane(vision, "\u202eあるべき姿\u202c\u200b");
        assertThat(model.lanes().get(0).getTitle()).isEqualTo("あるべき姿");
        assertThat(model.notes()).isEmpty();
    }

    @Test
    void aNewBoardHasTheTemplatesLanesAndNoHistory() {
        assertThat(model.lanes()).extracting(Lane::getTitle).containsExactly("あるべき姿", "現状", "課題");
        assertThat(model.lanes()).extracting(Lane::getRole).containsExactly(LaneRole.VISION, LaneRole.CURRENT, LaneRole.ISSUE);
        assertThat(model.lanes()).extracting(Lane::getSortOrder).containsExactly(0, 1, 2);
        assertThat(model.notes()).isEmpty();
        assertThat(model.undoLabels().canUndo()).isFalse();
        assertThat(model.undoLabels().canRedo()).isFalse();
        model.undo(); // nothing to undo: no-op
        model.redo();
        assertThat(model.notes()).isEmpty();
        reopen();
        assertThat(model.board().getTitle()).isEqualTo("テスト");
        assertThat(model.board().getTemplateId()).isEqualTo("vision-current-issue");
        assertThat(model.lanes()).extracting(Lane::getColour).containsExactly("#BBDEFB", "#FFF59D", "#F8BBD0");
    }

    /** The model says what 元に戻す and やり直す do without reading its history after each action: it says what the history holds. */
    @Test
    void theUndoLabelsAreWhatTheStoredHistorySaysAfterActionsUndoAndRedo() {
        UUID a = add(vision, "一枚目");
        assertThat(model.undoLabels()).isEqualTo(stored());
        model.move(Map.of(a, new double[] {16, 600}));
        model.setColour(List.of(a), "#FFCCBC");
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("色を変更", ""));
        model.undo();
        model.undo();
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("付箋を追加", "付箋を移動"));
        model.redo();
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("付箋を移動", "色を変更"));
        add(current, "二枚目"); // a new action: nothing is left to redo
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("付箋を追加", ""));
        model.undo();
        model.undo();
        model.undo();
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("", "付箋を追加"));
        model.redo();
        add(current, "三枚目");
        assertThat(model.undoLabels()).isEqualTo(stored()).isEqualTo(new jp.banso.domain.UndoLabels("付箋を追加", ""));
    }

    /** What a model reading the history afresh says. */
    private jp.banso.domain.UndoLabels stored() {
        return new BoardModel(store.boards(), boardId).undoLabels();
    }

    // ------------------------------------------------------------------------------------------------ notes

    @Test
    void addNoteFillsTheLanesTwoColumnGridWithoutOverlap() {
        UUID a = add(vision, "一枚目");
        UUID b = add(vision, "二枚目");
        UUID c = add(vision, "三枚目");
        UUID d = add(current, "現状の一枚目");
        assertThat(pos(model, a)).containsExactly(16, 80);
        assertThat(pos(model, b)).containsExactly(16 + 196, 80); // second column, same row
        assertThat(pos(model, c)).containsExactly(16, 80 + 128); // next row
        assertThat(pos(model, d)).containsExactly(COLUMN + 16, 80); // the next lane's own grid
        assertNoOverlap(model.notes());
        assertThat(model.note(a).getLaneId()).isEqualTo(vision);
        assertThat(model.note(d).getLaneId()).isEqualTo(current);

        UUID[] e = new UUID[1];
        roundTrip("付箋を追加", () -> e[0] = model.addNote(vision, "四枚目", "包括").getId(),
                m -> assertThat(m.notesIn(vision)).hasSize(3),
                m -> {
                    assertThat(m.notesIn(vision)).hasSize(4);
                    Note n = m.note(e[0]);
                    assertThat(n.getText()).isEqualTo("四枚目");
                    assertThat(n.getAuthor()).isEqualTo("包括");
                    assertThat(n.getLaneId()).isEqualTo(vision);
                    assertThat(n.getVotes()).isZero();
                    assertThat(pos(m, e[0])).containsExactly(16 + 196, 80 + 128);
                    assertNoOverlap(m.notes());
                });
    }

    @Test
    void addNoteTakesAFreedSlotAgain() {
        UUID a = add(vision, "a");
        add(vision, "b");
        model.move(Map.of(a, new double[] {16, 600}));
        UUID c = add(vision, "c");
        assertThat(pos(model, c)).containsExactly(16, 80);
        assertNoOverlap(model.notes());
    }

    @Test
    void addNoteWithoutALaneGoesToTheCanvasRightOfTheLanes() {
        UUID free = add(null, "どこにも属さない");
        assertThat(model.note(free).getLaneId()).isNull();
        assertThat(pos(model, free)).containsExactly(3 * COLUMN + 16, 80);
        reopen();
        assertThat(model.note(free).getLaneId()).isNull();
    }

    @Test
    void editText() {
        UUID a = add(vision, "元の文");
        roundTrip("付箋を編集", () -> model.editText(a, "新しい文"),
                m -> assertThat(m.note(a).getText()).isEqualTo("元の文"),
                m -> assertThat(m.note(a).getText()).isEqualTo("新しい文"));
    }

    @Test
    void editTextToTheSameTextIsNotAnAction() {
        UUID a = add(vision, "同じ");
        int history = historyRows();
        model.editText(a, "  同じ \u0000");
        assertThat(historyRows()).isEqualTo(history);
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
    }

    @Test
    void moveWithinTheLane() {
        UUID a = add(vision, "a");
        roundTrip("付箋を移動", () -> model.move(Map.of(a, new double[] {100, 400})),
                m -> {
                    assertThat(pos(m, a)).containsExactly(16, 80);
                    assertThat(m.note(a).getLaneId()).isEqualTo(vision);
                },
                m -> {
                    assertThat(pos(m, a)).containsExactly(100, 400);
                    assertThat(m.note(a).getLaneId()).isEqualTo(vision);
                });
    }

    @Test
    void moveIntoAnotherLanesColumnJoinsThatLane() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        roundTrip("付箋を移動", () -> model.move(Map.of(a, new double[] {COLUMN + 12, 300}, b, new double[] {2 * COLUMN + 200, 90})),
                m -> {
                    assertThat(m.note(a).getLaneId()).isEqualTo(vision);
                    assertThat(m.note(b).getLaneId()).isEqualTo(vision);
                    assertThat(m.notesIn(vision)).hasSize(2);
                },
                m -> {
                    assertThat(m.note(a).getLaneId()).isEqualTo(current);
                    assertThat(m.note(b).getLaneId()).isEqualTo(issueLane);
                    assertThat(pos(m, a)).containsExactly(COLUMN + 12, 300);
                    assertThat(m.notesIn(vision)).isEmpty();
                    assertThat(m.notesIn(current)).extracting(Note::getId).containsExactly(a);
                });
    }

    @Test
    void moveFarOutsideIsClampedToTheLimit() {
        UUID a = add(vision, "a");
        roundTrip("付箋を移動", () -> model.move(Map.of(a, new double[] {1e9, -1e9})),
                m -> assertThat(pos(m, a)).containsExactly(16, 80),
                m -> {
                    assertThat(pos(m, a)).containsExactly(BoardLayout.LIMIT, -BoardLayout.LIMIT);
                    assertThat(m.note(a).getLaneId()).isNull(); // outside every lane
                });
        // infinities clamp too, and survive the database
        model.move(Map.of(a, new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}));
        assertThat(pos(model, a)).containsExactly(-BoardLayout.LIMIT, BoardLayout.LIMIT);
        reopen();
        assertThat(pos(model, a)).containsExactly(-BoardLayout.LIMIT, BoardLayout.LIMIT);
    }

    @Test
    void twoNotesDroppedOnTheSamePlaceAreBothKept() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        roundTrip("付箋を移動", () -> model.move(Map.of(a, new double[] {50, 300}, b, new double[] {50, 300})),
                m -> assertThat(pos(m, b)).containsExactly(212, 80),
                m -> {
                    assertThat(m.notes()).hasSize(2);
                    assertThat(pos(m, a)).containsExactly(50, 300);
                    assertThat(pos(m, b)).containsExactly(50, 300);
                });
    }

    @Test
    void moveToWhereTheNoteAlreadyIsIsNotAnAction() {
        UUID a = add(vision, "a");
        int history = historyRows();
        model.move(Map.of(a, new double[] {16, 80}));
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void setColour() {
        UUID a = add(vision, "a");
        UUID b = add(current, "b");
        roundTrip("色を変更", () -> model.setColour(List.of(a, b), "#FF8A80"),
                m -> assertThat(m.notes()).extracting(Note::getColour).containsOnlyNulls(),
                m -> assertThat(m.notes()).extracting(Note::getColour).containsOnly("#FF8A80"));
        // null: back to the lane's colour
        roundTrip("色を変更", () -> model.setColour(List.of(a), null),
                m -> assertThat(m.note(a).getColour()).isEqualTo("#FF8A80"),
                m -> assertThat(m.note(a).getColour()).isNull());
    }

    @Test
    void aBadColourIsRefusedAndNothingChanges() {
        UUID a = add(vision, "a");
        State before = state(model);
        int history = historyRows();
        assertThatThrownBy(() -> model.setColour(List.of(a), "red")).isInstanceOf(BoardException.class).hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> model.setColour(List.of(a), "#12345")).isInstanceOf(BoardException.class);
        assertThat(state(model)).isEqualTo(before);
        assertThat(historyRows()).isEqualTo(history);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    @Test
    void setAuthor() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        roundTrip("発言者を変更", () -> model.setAuthor(List.of(a, b), "社協"),
                m -> assertThat(m.notes()).extracting(Note::getAuthor).containsOnlyNulls(),
                m -> assertThat(m.notes()).extracting(Note::getAuthor).containsOnly("社協"));
    }

    @Test
    void anActionRefusedHalfwayLeavesNothingBehind() {
        UUID a = add(vision, "a");
        State before = state(model);
        int history = historyRows();
        // the first note is changed before the unknown one is found: the change must be taken back
        assertThatThrownBy(() -> model.setAuthor(List.of(a, UUID.randomUUID()), "社協")).isInstanceOf(BoardException.class);
        assertThatThrownBy(() -> model.move(new java.util.LinkedHashMap<>(Map.of(a, new double[] {300, 300}, UUID.randomUUID(), new double[] {1, 1}))))
                .isInstanceOf(BoardException.class);
        assertThat(state(model)).isEqualTo(before);
        assertThat(historyRows()).isEqualTo(history);
        reopen();
        assertThat(state(model)).isEqualTo(before);
    }

    @Test
    void anActionTheDatabaseRefusesIsTakenBackInMemory() {
        UUID a = add(vision, "a");
        State before = state(model);
        int history = historyRows();
        String tooLong = "あ".repeat(101); // board_note.author is varchar(100)
        assertThatThrownBy(() -> model.setAuthor(List.of(a), tooLong))
                .isInstanceOf(BoardException.class).hasMessageContaining("保存できませんでした");
        assertThat(state(model)).isEqualTo(before);
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        assertThat(historyRows()).isEqualTo(history);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    @Test
    void resizeIsClamped() {
        UUID a = add(vision, "a");
        roundTrip("大きさを変更", () -> model.resize(a, 1e6, 1),
                m -> assertThat(size(m, a)).containsExactly(BoardLayout.NOTE_WIDTH, BoardLayout.NOTE_HEIGHT),
                m -> assertThat(size(m, a)).containsExactly(640, 72));
        roundTrip("大きさを変更", () -> model.resize(a, 240, 150),
                m -> assertThat(size(m, a)).containsExactly(640, 72),
                m -> assertThat(size(m, a)).containsExactly(240, 150));
        model.resize(a, -5, -5);
        assertThat(size(model, a)).containsExactly(120, 72);
    }

    @Test
    void deleteOneNote() {
        UUID a = add(vision, "消す");
        UUID b = add(vision, "残す");
        roundTrip("付箋を削除", () -> model.delete(List.of(a)),
                m -> assertThat(m.notes()).extracting(Note::getId).containsExactlyInAnyOrder(a, b),
                m -> {
                    assertThat(m.notes()).extracting(Note::getId).containsExactly(b);
                    assertThat(m.note(a)).isNull();
                });
        model.delete(List.of()); // nothing chosen: no action
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を削除");
    }

    @Test
    void deleteSeveralNotesTakesTheirLinksAndNowEmptyGroupsAlong() {
        UUID v = add(vision, "あるべき姿");
        UUID v2 = add(vision, "もう一つのあるべき姿");
        UUID c = add(current, "現状");
        UUID c2 = add(current, "別の現状");
        UUID g1 = model.group(List.of(v, v2), "島1").getId(); // both members deleted: goes
        UUID g2 = model.group(List.of(c, c2), "島2").getId(); // one member left: stays
        UUID i = model.createIssue(v, c, "課題").getId();
        assertThat(model.links()).hasSize(2);

        roundTrip("3枚の付箋を削除", () -> model.delete(List.of(v, v2, c)),
                m -> {
                    assertThat(m.notes()).hasSize(5);
                    assertThat(m.groups()).extracting(NoteGroup::getId).containsExactlyInAnyOrder(g1, g2);
                    assertThat(m.members(g1)).extracting(Note::getId).containsExactlyInAnyOrder(v, v2);
                    assertThat(m.members(g2)).extracting(Note::getId).containsExactlyInAnyOrder(c, c2);
                    assertThat(m.links()).hasSize(2);
                    assertThat(m.linked(i, LaneRole.VISION)).map(Note::getId).contains(v);
                    assertThat(m.linked(i, LaneRole.CURRENT)).map(Note::getId).contains(c);
                },
                m -> {
                    assertThat(m.notes()).extracting(Note::getId).containsExactlyInAnyOrder(c2, i);
                    assertThat(m.groups()).extracting(NoteGroup::getId).containsExactly(g2);
                    assertThat(m.members(g2)).extracting(Note::getId).containsExactly(c2);
                    assertThat(m.links()).isEmpty();
                    assertThat(m.linked(i, LaneRole.VISION)).isEmpty();
                });
    }

    @Test
    void deleteAnUnknownNoteIsRefused() {
        UUID a = add(vision, "a");
        State before = state(model);
        assertThatThrownBy(() -> model.delete(List.of(a, UUID.randomUUID()))).isInstanceOf(BoardException.class)
                .hasMessageContaining("付箋が見つかりません");
        assertThat(state(model)).isEqualTo(before);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    // ------------------------------------------------------------------------------------------------ groups

    @Test
    void group() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID[] g = new UUID[1];
        roundTrip("グループ化", () -> g[0] = model.group(List.of(a, b), "  移動の課題 ").getId(),
                m -> {
                    assertThat(m.groups()).isEmpty();
                    assertThat(m.notes()).extracting(Note::getGroupId).containsOnlyNulls();
                },
                m -> {
                    assertThat(m.group(g[0]).getTitle()).isEqualTo("移動の課題");
                    assertThat(m.members(g[0])).extracting(Note::getId).containsExactlyInAnyOrder(a, b);
                });
        assertThat(model.group(List.of(a, b), " ").getTitle()).isEqualTo("グループ");
    }

    @Test
    void groupNeedsTwoNotes() {
        UUID a = add(vision, "a");
        State before = state(model);
        assertThatThrownBy(() -> model.group(List.of(a), "一枚")).isInstanceOf(BoardException.class).hasMessageContaining("2枚以上");
        assertThat(state(model)).isEqualTo(before);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    @Test
    void groupingTheLastMembersOfAnotherGroupDeletesThatGroupAndUndoBringsItBack() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        UUID old = model.group(List.of(a, b), "古い島").getId();
        UUID[] g = new UUID[1];
        roundTrip("グループ化", () -> g[0] = model.group(List.of(a, b, c), "新しい島").getId(),
                m -> {
                    assertThat(m.groups()).extracting(NoteGroup::getId).containsExactly(old);
                    assertThat(m.members(old)).extracting(Note::getId).containsExactlyInAnyOrder(a, b);
                    assertThat(m.note(c).getGroupId()).isNull();
                },
                m -> {
                    assertThat(m.groups()).extracting(NoteGroup::getId).containsExactly(g[0]);
                    assertThat(m.group(old)).isNull();
                    assertThat(m.members(g[0])).extracting(Note::getId).containsExactlyInAnyOrder(a, b, c);
                });
    }

    @Test
    void groupingSomeMembersOfAnotherGroupKeepsThatGroup() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        UUID d = add(vision, "d");
        UUID old = model.group(List.of(a, b, c), "古い島").getId();
        UUID g = model.group(List.of(c, d), "新しい島").getId();
        assertThat(model.members(old)).extracting(Note::getId).containsExactlyInAnyOrder(a, b);
        assertThat(model.members(g)).extracting(Note::getId).containsExactlyInAnyOrder(c, d);
        reopen();
        assertThat(model.groups()).extracting(NoteGroup::getId).containsExactlyInAnyOrder(old, g);
    }

    @Test
    void ungroup() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID g = model.group(List.of(a, b), "島").getId();
        roundTrip("グループを解除", () -> model.ungroup(g),
                m -> assertThat(m.members(g)).extracting(Note::getId).containsExactlyInAnyOrder(a, b),
                m -> {
                    assertThat(m.groups()).isEmpty();
                    assertThat(m.notes()).extracting(Note::getGroupId).containsOnlyNulls();
                });
        model.ungroup(g); // already gone: no-op
        assertThat(model.undoLabels().undo()).isEqualTo("グループを解除");
    }

    @Test
    void renameGroup() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID g = model.group(List.of(a, b), "島").getId();
        roundTrip("グループ名を変更", () -> model.renameGroup(g, " 通いの場 "),
                m -> assertThat(m.group(g).getTitle()).isEqualTo("島"),
                m -> assertThat(m.group(g).getTitle()).isEqualTo("通いの場"));
        int history = historyRows();
        model.renameGroup(g, "   "); // blank: ignored
        model.renameGroup(g, "通いの場"); // same: ignored
        assertThat(historyRows()).isEqualTo(history);
        assertThatThrownBy(() -> model.renameGroup(g, "長".repeat(201))).isInstanceOf(BoardException.class).hasMessageContaining("200文字");
        assertThat(model.group(g).getTitle()).isEqualTo("通いの場");
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void anIslandsOutlineHugsItsMembersAndTakesInNoOtherNote() {
        // a 2×2 block: the island is the two notes on the diagonal; the other two sat inside the old box around them
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        UUID d = add(vision, "d");
        UUID g = model.group(List.of(a, d), "斜めの島").getId();
        List<Note> members = model.members(g);
        for (UUID member : List.of(a, d)) {
            Note n = model.note(member);
            assertThat(BoardLayout.islandContains(members, n.centerX(), n.centerY())).isTrue();
            assertThat(BoardLayout.islandContains(members, n.getX() - 5, n.getY() - 5)).as("a margin around each member").isTrue();
        }
        for (UUID other : List.of(b, c)) {
            Note n = model.note(other);
            for (double[] p : new double[][] {{n.centerX(), n.centerY()}, {n.getX() + 2, n.getY() + 2},
                {n.getX() + n.getWidth() - 2, n.getY() + n.getHeight() - 2}}) {
                assertThat(BoardLayout.islandContains(members, p[0], p[1])).as("non-member " + model.note(other).getText()).isFalse();
            }
        }
        // neighbours in the grid join up into one shape (the margins overlap across the slot gap)
        Note na = model.note(a);
        assertThat(BoardLayout.islandContains(List.of(na, model.note(b)), na.getX() + na.getWidth() + BoardLayout.SLOT_GAP / 2, na.centerY())).isTrue();
    }

    @Test
    void anIslandsNameSitsAboveItButNeverOverTheLaneHeader() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        UUID d = add(vision, "d");
        // first row: right under the header, so the tag is clamped below its coloured band
        double[] top = BoardLayout.islandLabelAt(List.of(model.note(a), model.note(b)));
        assertThat(top[1]).isGreaterThanOrEqualTo(BoardLayout.LANE_HEADER - 8);
        assertThat(top[1] + BoardLayout.ISLAND_LABEL_HEIGHT).isLessThanOrEqualTo(model.note(a).getY());
        assertThat(top[0]).isLessThan(model.note(a).getX());
        // lower down: just above the top member
        double[] lower = BoardLayout.islandLabelAt(List.of(model.note(c), model.note(d)));
        assertThat(lower[1] + BoardLayout.ISLAND_LABEL_HEIGHT).isLessThanOrEqualTo(model.note(c).getY());
        assertThat(lower[1]).isGreaterThan(model.note(a).getY());
    }

    @Test
    void movingAnIslandMovesAllItsNotesInOneStep() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID other = add(vision, "c");
        UUID g = model.group(List.of(a, b), "島").getId();
        double[] otherBefore = pos(model, other);
        roundTrip("グループを移動", () -> model.moveGroup(g, 30, 200),
                m -> {
                    assertThat(pos(m, a)).containsExactly(16, 80);
                    assertThat(pos(m, b)).containsExactly(16 + 196, 80);
                },
                m -> {
                    assertThat(pos(m, a)).containsExactly(46, 280);
                    assertThat(pos(m, b)).containsExactly(16 + 196 + 30, 280);
                    assertThat(m.members(g)).extracting(Note::getId).containsExactlyInAnyOrder(a, b);
                });
        assertThat(pos(model, other)).isEqualTo(otherBefore);
        // moved into the next lane's column: the members join that lane, as a dragged note does
        model.moveGroup(g, COLUMN, 0);
        assertThat(model.members(g)).extracting(Note::getLaneId).containsOnly(current);
        assertThatThrownBy(() -> model.moveGroup(UUID.randomUUID(), 1, 1)).isInstanceOf(BoardException.class);
    }

    // ------------------------------------------------------------------------------------------------ note size

    @Test
    void aNoteGrowsWithItsTextUpToTheLimit() {
        UUID shortNote = add(vision, "短い");
        assertThat(model.note(shortNote).getHeight()).isEqualTo(BoardLayout.NOTE_HEIGHT);
        // about 90 characters: taller, so its text fits at the note text size
        UUID ninety = add(vision, "住民主体の通いの場を町内会単位で広げたいが、担い手の高齢化と移動手段の不足が重なり、週一回の開催を続けるのが難しくなっている地区が増えている。");
        double h = model.note(ninety).getHeight();
        assertThat(h).isGreaterThan(BoardLayout.NOTE_HEIGHT).isLessThanOrEqualTo(BoardLayout.MAX_NOTE_HEIGHT);
        int chars = model.note(ninety).getText().length();
        int perLine = (int) ((BoardLayout.NOTE_WIDTH - 24) / BoardLayout.NOTE_TEXT);
        assertThat(h).isGreaterThanOrEqualTo(BoardLayout.TEXT_TOP + Math.ceil((double) chars / perLine) * BoardLayout.LINE_HEIGHT);
        // no longer than the limit, however long the text
        UUID huge = add(vision, "長".repeat(1500));
        assertThat(model.note(huge).getHeight()).isEqualTo(BoardLayout.MAX_NOTE_HEIGHT);
        assertNoOverlap(model.notes()); // the tall notes took slots where they overlap nothing
        // editing grows a note, never shrinks it
        roundTrip("付箋を編集", () -> model.editText(shortNote, "長".repeat(60)),
                m -> assertThat(m.note(shortNote).getHeight()).isEqualTo(BoardLayout.NOTE_HEIGHT),
                m -> assertThat(m.note(shortNote).getHeight()).isGreaterThan(BoardLayout.NOTE_HEIGHT));
        double grown = model.note(shortNote).getHeight();
        model.editText(shortNote, "短く");
        assertThat(model.note(shortNote).getHeight()).isEqualTo(grown);
    }

    @Test
    void tidyingALaneOfTallNotesLeavesNoOverlap() {
        add(vision, "長".repeat(90));
        add(vision, "a");
        add(vision, "b");
        add(vision, "長".repeat(40));
        add(vision, "c");
        model.tidyLane(vision);
        assertNoOverlap(model.notes());
        model.sortLaneByVotes(vision);
        assertNoOverlap(model.notes());
    }

    // ------------------------------------------------------------------------------------------------ votes, priority

    @Test
    void voteUpTwiceDownOnceNeverBelowZero() {
        UUID a = add(vision, "a");
        roundTrip("投票", () -> model.vote(a, 1),
                m -> assertThat(m.note(a).getVotes()).isZero(),
                m -> assertThat(m.note(a).getVotes()).isEqualTo(1));
        model.vote(a, 1);
        assertThat(model.note(a).getVotes()).isEqualTo(2);
        roundTrip("投票を取り消し", () -> model.vote(a, -1),
                m -> assertThat(m.note(a).getVotes()).isEqualTo(2),
                m -> assertThat(m.note(a).getVotes()).isEqualTo(1));
        model.vote(a, -1);
        assertThat(model.note(a).getVotes()).isZero();
        int history = historyRows();
        model.vote(a, -1); // already zero: nothing to take back, no history entry
        model.vote(a, -5);
        assertThat(model.note(a).getVotes()).isZero();
        assertThat(historyRows()).isEqualTo(history);
        assertThat(fromDatabase().note(a).getVotes()).isZero();
    }

    @Test
    void resetVotes() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        model.vote(a, 1);
        model.vote(a, 1);
        model.vote(b, 1);
        roundTrip("投票をリセット", model::resetVotes,
                m -> assertThat(List.of(m.note(a).getVotes(), m.note(b).getVotes(), m.note(c).getVotes())).containsExactly(2, 1, 0),
                m -> assertThat(m.notes()).extracting(Note::getVotes).containsOnly(0));
        int history = historyRows();
        model.resetVotes(); // no votes left: no action
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void togglePriority() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        model.togglePriority(List.of(a));
        // a mixed selection is marked
        roundTrip("優先の印をつける", () -> model.togglePriority(List.of(a, b)),
                m -> assertThat(List.of(m.note(a).isPriority(), m.note(b).isPriority())).containsExactly(true, false),
                m -> assertThat(List.of(m.note(a).isPriority(), m.note(b).isPriority())).containsExactly(true, true));
        // all marked: unmarked
        roundTrip("優先の印を外す", () -> model.togglePriority(List.of(a, b)),
                m -> assertThat(m.notes()).extracting(Note::isPriority).containsOnly(true),
                m -> assertThat(m.notes()).extracting(Note::isPriority).containsOnly(false));
    }

    // ------------------------------------------------------------------------------------------------ arranging

    @Test
    void tidyLanePutsTheNotesBackIntoTheGridInReadingOrder() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(vision, "c");
        UUID other = add(current, "他のレーン");
        model.move(Map.of(a, new double[] {30, 700}, b, new double[] {250, 500}, c, new double[] {40, 90}));
        roundTrip("レーンを整列", () -> model.tidyLane(vision),
                m -> assertThat(pos(m, a)).containsExactly(30, 700),
                m -> {
                    assertThat(pos(m, c)).containsExactly(16, 80); // top-most first
                    assertThat(pos(m, b)).containsExactly(212, 80);
                    assertThat(pos(m, a)).containsExactly(16, 208);
                    assertThat(pos(m, other)).containsExactly(COLUMN + 16, 80); // other lanes untouched
                });
        model.tidyLane(UUID.randomUUID()); // unknown lane: no-op
        assertThat(model.undoLabels().undo()).isEqualTo("レーンを整列");
    }

    @Test
    void tidyingTheLanesOfASelectionIsOneAction() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        UUID c = add(current, "c");
        UUID d = add(current, "d");
        UUID untouched = add(issueLane, "課題のレーン");
        model.move(Map.of(a, new double[] {30, 700}, b, new double[] {40, 90}, c, new double[] {COLUMN + 40, 600},
                d, new double[] {COLUMN + 30, 90}, untouched, new double[] {2 * COLUMN + 50, 500}));
        roundTrip("レーンを整列", () -> model.tidyLanes(List.of(vision, current)),
                m -> assertThat(pos(m, a)).containsExactly(30, 700),
                m -> {
                    assertThat(pos(m, b)).containsExactly(16, 80);
                    assertThat(pos(m, a)).containsExactly(212, 80);
                    assertThat(pos(m, d)).containsExactly(COLUMN + 16, 80);
                    assertThat(pos(m, c)).containsExactly(COLUMN + 212, 80);
                    assertThat(pos(m, untouched)).containsExactly(2 * COLUMN + 50, 500); // not one of the lanes
                });
        model.undo();
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を移動"); // both lanes came back in one step
    }

    @Test
    void sortLaneByVotesPutsMostVotesFirst() {
        UUID a = add(current, "1票");
        UUID b = add(current, "3票");
        UUID c = add(current, "2票");
        UUID d = add(current, "0票");
        vote(a, 1);
        vote(b, 3);
        vote(c, 2);
        roundTrip("投票数で並べ替え", () -> model.sortLaneByVotes(current),
                m -> assertThat(pos(m, a)).containsExactly(COLUMN + 16, 80),
                m -> {
                    List<UUID> order = m.notesIn(current).stream().sorted(BoardLayout.READING_ORDER).map(Note::getId).toList();
                    assertThat(order).containsExactly(b, c, a, d);
                    assertThat(pos(m, b)).containsExactly(COLUMN + 16, 80);
                    assertThat(pos(m, c)).containsExactly(COLUMN + 212, 80);
                    assertThat(pos(m, a)).containsExactly(COLUMN + 16, 208);
                    assertThat(pos(m, d)).containsExactly(COLUMN + 212, 208);
                });
    }

    // ------------------------------------------------------------------------------------------------ 課題

    @Test
    void createIssueAddsAnIssueNoteLinkedToVisionAndCurrent() {
        UUID v = add(vision, "歩いて通える場がある");
        UUID c = add(current, "通いの場が遠い");
        UUID[] i = new UUID[1];
        roundTrip("課題をつくる", () -> i[0] = model.createIssue(v, c, "移動手段の確保").getId(),
                m -> {
                    assertThat(m.notesIn(issueLane)).isEmpty();
                    assertThat(m.links()).isEmpty();
                },
                m -> {
                    Note n = m.note(i[0]);
                    assertThat(n.getText()).isEqualTo("移動手段の確保");
                    assertThat(n.getLaneId()).isEqualTo(issueLane);
                    assertThat(pos(m, i[0])).containsExactly(2 * COLUMN + 16, 80);
                    assertThat(m.links()).hasSize(2);
                    assertThat(m.links()).allSatisfy(l -> assertThat(l.getFromNoteId()).isEqualTo(i[0]));
                    assertThat(m.linked(i[0], LaneRole.VISION)).map(Note::getId).contains(v);
                    assertThat(m.linked(i[0], LaneRole.CURRENT)).map(Note::getId).contains(c);
                    assertThat(m.lanes()).hasSize(3);
                });
        // a blank text gives a placeholder
        assertThat(model.createIssue(v, c, " ").getText()).isEqualTo("（課題）");
    }

    @Test
    void createIssueOnABoardWithoutAnIssueLaneAddsTheLaneInTheSameAction() {
        useBoard(new BoardTemplate("vision-current", "あるべき姿 / 現状", "",
                List.of(new LaneSpec("あるべき姿", LaneRole.VISION, "#BBDEFB"), new LaneSpec("現状", LaneRole.CURRENT, "#FFF59D"))));
        UUID v = add(model.lanes().get(0).getId(), "あるべき姿");
        UUID c = add(model.lanes().get(1).getId(), "現状");
        UUID[] i = new UUID[1];
        roundTrip("課題をつくる", () -> i[0] = model.createIssue(v, c, "課題").getId(),
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getRole).containsExactly(LaneRole.VISION, LaneRole.CURRENT);
                    assertThat(m.notes()).hasSize(2);
                    assertThat(m.links()).isEmpty();
                },
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getRole).containsExactly(LaneRole.VISION, LaneRole.CURRENT, LaneRole.ISSUE);
                    Lane added = m.lanes().get(2);
                    assertThat(added.getTitle()).isEqualTo("課題");
                    assertThat(added.getSortOrder()).isEqualTo(2);
                    assertThat(m.note(i[0]).getLaneId()).isEqualTo(added.getId());
                    assertThat(pos(m, i[0])).containsExactly(2 * COLUMN + 16, 80);
                    assertThat(m.links()).hasSize(2);
                });
        // the other board of the case is untouched
        assertThat(store.boards().boards(caseId)).hasSize(2);
    }

    @Test
    void promoteCreatesTheCasesIssuesRankedByVotes() {
        UUID v = add(vision, "歩いて通える場がある");
        UUID c = add(current, "通いの場は中学校区に1か所");
        UUID i1 = model.createIssue(v, c, "通いの場が遠い").getId();
        UUID i2 = add(issueLane, "担い手が足りない");
        vote(i1, 1);
        vote(i2, 2);
        model.togglePriority(List.of(i2));

        roundTrip("課題に登録", () -> assertThat(model.promote(List.of(i1, i2))).hasSize(2),
                m -> {
                    assertThat(m.issueOf(i1)).isEmpty();
                    assertThat(store.boards().issues(caseId)).isEmpty();
                },
                m -> {
                    List<CaseIssue> issues = store.boards().issues(caseId);
                    assertThat(issues).extracting(CaseIssue::getNoteId).containsExactly(i2, i1); // by rank
                    CaseIssue first = issues.get(0);
                    assertThat(first.getStatement()).isEqualTo("担い手が足りない");
                    assertThat(first.getRank()).isEqualTo(1);
                    assertThat(first.getVotes()).isEqualTo(2);
                    assertThat(first.getLevel()).isEqualTo(IssueLevel.HIGH); // marked priority
                    assertThat(first.getVisionText()).isNull();
                    assertThat(first.getBoardId()).isEqualTo(boardId);
                    CaseIssue second = issues.get(1);
                    assertThat(second.getStatement()).isEqualTo("通いの場が遠い");
                    assertThat(second.getVisionText()).isEqualTo("歩いて通える場がある");
                    assertThat(second.getCurrentText()).isEqualTo("通いの場は中学校区に1か所");
                    assertThat(second.getVisionNoteId()).isEqualTo(v);
                    assertThat(second.getCurrentNoteId()).isEqualTo(c);
                    assertThat(second.getRank()).isEqualTo(2);
                    assertThat(second.getVotes()).isEqualTo(1);
                    assertThat(second.getLevel()).isNull();
                    assertThat(m.issueOf(i1).map(CaseIssue::getId)).contains(second.getId());
                    assertThat(m.issueOf(i2).map(CaseIssue::getId)).contains(first.getId());
                });
    }

    @Test
    void promotingAgainRegistersOnlyTheNotesNotYetRegistered() {
        UUID v = add(vision, "あるべき姿");
        UUID c = add(current, "現状");
        UUID i1 = model.createIssue(v, c, "課題A").getId();
        UUID i2 = add(issueLane, "課題B");
        vote(i2, 1);
        model.promote(List.of(i1, i2));
        UUID issueId = model.issueOf(i1).orElseThrow().getId();
        vote(i1, 3);
        assertThat(model.issueOf(i1).orElseThrow().getVotes()).isEqualTo(3); // votes follow the note
        UUID i3 = add(issueLane, "課題C");

        roundTrip("課題に登録", () -> model.promote(List.of(i1, i3)),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getNoteId).containsExactly(i2, i1),
                m -> {
                    List<CaseIssue> issues = store.boards().issues(caseId);
                    assertThat(issues).extracting(CaseIssue::getNoteId).containsExactly(i2, i1, i3);
                    assertThat(issues.get(1).getId()).isEqualTo(issueId);
                    assertThat(issues.get(1).getRank()).isEqualTo(2); // keeps its rank
                    assertThat(issues.get(1).getVotes()).isEqualTo(3);
                    assertThat(issues.get(2).getRank()).isEqualTo(3); // new ones after the case's existing 課題
                });
    }

    @Test
    void promotingRegisteredNotesAgainIsRefusedAndChangesNothing() {
        UUID i = add(issueLane, "課題");
        UUID j = add(issueLane, "もう一つの課題");
        model.promote(List.of(i, j));
        int rows = historyRows();
        List<String> issuesBefore = issueRows();

        assertThatThrownBy(() -> model.promote(List.of(i))).isInstanceOf(BoardException.class).hasMessageContaining("もう課題に登録されています");
        assertThatThrownBy(() -> model.promote(List.of(i, j))).isInstanceOf(BoardException.class).hasMessageContaining("登録済み");
        assertThat(historyRows()).isEqualTo(rows); // no second undo step
        assertThat(store.boards().issues(caseId)).hasSize(2);
        assertThat(issueRows()).isEqualTo(issuesBefore);
        model.undo();
        assertThat(store.boards().issues(caseId)).isEmpty(); // the one registration was the last action
    }

    @Test
    void editingAPromotedNoteUpdatesTheIssueInTheSameAction() {
        UUID v = add(vision, "あるべき姿");
        UUID c = add(current, "現状");
        UUID i = model.createIssue(v, c, "課題").getId();
        model.promote(List.of(i));

        roundTrip("付箋を編集", () -> model.editText(i, "課題（書き直し）"),
                m -> {
                    assertThat(m.issueOf(i).orElseThrow().getStatement()).isEqualTo("課題");
                    assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getStatement).containsExactly("課題");
                },
                m -> {
                    assertThat(m.issueOf(i).orElseThrow().getStatement()).isEqualTo("課題（書き直し）");
                    assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getStatement).containsExactly("課題（書き直し）");
                });
        roundTrip("付箋を編集", () -> model.editText(v, "あるべき姿（書き直し）"),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getVisionText).containsExactly("あるべき姿"),
                m -> {
                    assertThat(m.issueOf(i).orElseThrow().getVisionText()).isEqualTo("あるべき姿（書き直し）");
                    assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getVisionText).containsExactly("あるべき姿（書き直し）");
                });
        roundTrip("付箋を編集", () -> model.editText(c, "現状（書き直し）"),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getCurrentText).containsExactly("現状"),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getCurrentText).containsExactly("現状（書き直し）"));
    }

    @Test
    void votesAndResetOfAPromotedNoteReachTheIssue() {
        UUID i = add(issueLane, "課題");
        model.promote(List.of(i));
        roundTrip("投票", () -> model.vote(i, 1),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getVotes).containsExactly(0),
                m -> assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getVotes).containsExactly(1));
        roundTrip("投票をリセット", model::resetVotes,
                m -> assertThat(m.issueOf(i).orElseThrow().getVotes()).isEqualTo(1),
                m -> {
                    assertThat(m.issueOf(i).orElseThrow().getVotes()).isZero();
                    assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getVotes).containsExactly(0);
                });
    }

    @Test
    void undoingAPromoteRemovesTheIssue() {
        UUID i = add(issueLane, "課題");
        model.promote(List.of(i));
        assertThat(store.boards().issues(caseId)).hasSize(1);
        model.undo();
        assertThat(model.issueOf(i)).isEmpty();
        assertThat(store.boards().issues(caseId)).isEmpty();
        assertThat(model.promote(List.of())).isEmpty();
        assertThat(model.undoLabels().redo()).isEqualTo("課題に登録"); // promoting nothing is not an action
    }

    // ------------------------------------------------------------------------------------------------ lanes

    @Test
    void addLane() {
        Lane[] l = new Lane[1];
        roundTrip("レーンを追加", () -> l[0] = model.addLane(" 対応策 ", LaneRole.MEASURE, "#C8E6C9"),
                m -> assertThat(m.lanes()).hasSize(3),
                m -> {
                    assertThat(m.lanes()).hasSize(4);
                    Lane added = m.lanes().get(3);
                    assertThat(added.getId()).isEqualTo(l[0].getId());
                    assertThat(added.getTitle()).isEqualTo("対応策");
                    assertThat(added.getRole()).isEqualTo(LaneRole.MEASURE);
                    assertThat(added.getColour()).isEqualTo("#C8E6C9");
                    assertThat(added.getSortOrder()).isEqualTo(3);
                });
        Lane other = model.addLane("その他", null, null);
        assertThat(other.getRole()).isEqualTo(LaneRole.OTHER);
        assertThat(other.getColour()).isEqualTo("#FFF59D");
        // a note captured into the new lane lands in its column
        UUID n = add(l[0].getId(), "対策");
        assertThat(pos(model, n)).containsExactly(3 * COLUMN + 16, 80);
    }

    @Test
    void addLaneRefusesBlankAndOverlongTitles() {
        State before = state(model);
        assertThatThrownBy(() -> model.addLane("  ", LaneRole.OTHER, null)).isInstanceOf(BoardException.class).hasMessageContaining("レーン名");
        assertThatThrownBy(() -> model.addLane("長".repeat(101), LaneRole.OTHER, null)).isInstanceOf(BoardException.class)
                .hasMessageContaining("100文字");
        assertThat(state(model)).isEqualTo(before);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    @Test
    void renameLane() {
        roundTrip("レーン名を変更", () -> model.renameLane(current, " いまの姿 "),
                m -> assertThat(m.lane(current).orElseThrow().getTitle()).isEqualTo("現状"),
                m -> assertThat(m.lane(current).orElseThrow().getTitle()).isEqualTo("いまの姿"));
        State before = state(model);
        int history = historyRows();
        assertThatThrownBy(() -> model.renameLane(current, "")).isInstanceOf(BoardException.class).hasMessageContaining("レーン名");
        assertThatThrownBy(() -> model.renameLane(current, " \t ")).isInstanceOf(BoardException.class);
        assertThatThrownBy(() -> model.renameLane(current, null)).isInstanceOf(BoardException.class);
        model.renameLane(current, "いまの姿"); // same: no action
        assertThat(state(model)).isEqualTo(before);
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void recolourLane() {
        roundTrip("レーンの色を変更", () -> model.recolourLane(vision, "#E1BEE7"),
                m -> assertThat(m.lane(vision).orElseThrow().getColour()).isEqualTo("#BBDEFB"),
                m -> assertThat(m.lane(vision).orElseThrow().getColour()).isEqualTo("#E1BEE7"));
        State before = state(model);
        assertThatThrownBy(() -> model.recolourLane(vision, "red")).isInstanceOf(BoardException.class);
        assertThatThrownBy(() -> model.recolourLane(vision, null)).isInstanceOf(BoardException.class);
        assertThat(state(model)).isEqualTo(before);
    }

    @Test
    void moveLaneTakesItsNotesAlong() {
        UUID v = add(vision, "v");
        UUID c = add(current, "c");
        UUID i = add(issueLane, "i");
        roundTrip("レーンを移動", () -> model.moveLane(vision, 2),
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(vision, current, issueLane);
                    assertThat(pos(m, v)).containsExactly(16, 80);
                    assertThat(pos(m, c)).containsExactly(COLUMN + 16, 80);
                    assertThat(pos(m, i)).containsExactly(2 * COLUMN + 16, 80);
                },
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(current, issueLane, vision);
                    assertThat(m.lanes()).extracting(Lane::getSortOrder).containsExactly(0, 1, 2);
                    assertThat(pos(m, v)).containsExactly(2 * COLUMN + 16, 80); // +2 lanes
                    assertThat(pos(m, c)).containsExactly(16, 80); // -1 lane
                    assertThat(pos(m, i)).containsExactly(COLUMN + 16, 80);
                    assertThat(m.laneIndex(vision)).isEqualTo(2);
                    assertThat(m.note(v).getLaneId()).isEqualTo(vision);
                });
        // beyond the end: to the last place; already there: no action
        int history = historyRows();
        model.moveLane(vision, 99);
        model.moveLane(UUID.randomUUID(), 0);
        assertThat(historyRows()).isEqualTo(history);
        // the notes still sit in their lane's column
        for (Note n : model.notes()) {
            assertThat(BoardLayout.laneIndexAt(n.centerX(), model.lanes().size())).isEqualTo(model.laneIndex(n.getLaneId()));
        }
    }

    @Test
    void deleteLaneWithItsNotes() {
        UUID v = add(vision, "v");
        UUID c1 = add(current, "c1");
        UUID c2 = add(current, "c2");
        UUID g = model.group(List.of(c1, c2), "現状の島").getId();
        UUID i = model.createIssue(v, c1, "課題").getId();
        UUID i2 = add(issueLane, "i2");
        roundTrip("レーンを削除", () -> model.deleteLane(current, null),
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(vision, current, issueLane);
                    assertThat(m.notes()).extracting(Note::getId).containsExactlyInAnyOrder(v, c1, c2, i, i2);
                    assertThat(m.members(g)).hasSize(2);
                    assertThat(m.links()).hasSize(2);
                    assertThat(pos(m, i)).containsExactly(2 * COLUMN + 16, 80);
                    assertThat(pos(m, i2)).containsExactly(2 * COLUMN + 212, 80);
                },
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(vision, issueLane);
                    assertThat(m.lanes()).extracting(Lane::getSortOrder).containsExactly(0, 1);
                    assertThat(m.notes()).extracting(Note::getId).containsExactlyInAnyOrder(v, i, i2);
                    assertThat(m.groups()).isEmpty();
                    assertThat(m.links()).extracting(NoteLink::getToNoteId).containsExactly(v); // the link to 現状 went
                    assertThat(pos(m, v)).containsExactly(16, 80);
                    assertThat(pos(m, i)).containsExactly(COLUMN + 16, 80); // the lane on the right closed the gap
                    assertThat(pos(m, i2)).containsExactly(COLUMN + 212, 80);
                });
    }

    @Test
    void deleteLaneMovingItsNotesToALaneOnTheRight() {
        UUID v1 = add(vision, "v1");
        UUID v2 = add(vision, "v2");
        UUID c = add(current, "c");
        UUID i = add(issueLane, "i");
        roundTrip("レーンを削除", () -> model.deleteLane(vision, issueLane),
                m -> {
                    assertThat(m.lanes()).hasSize(3);
                    assertThat(m.note(v1).getLaneId()).isEqualTo(vision);
                    assertThat(pos(m, v1)).containsExactly(16, 80);
                    assertThat(pos(m, v2)).containsExactly(212, 80);
                    assertThat(pos(m, c)).containsExactly(COLUMN + 16, 80);
                },
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(current, issueLane);
                    assertThat(m.lanes()).extracting(Lane::getSortOrder).containsExactly(0, 1);
                    assertThat(m.notesIn(issueLane)).extracting(Note::getId).containsExactlyInAnyOrder(i, v1, v2);
                    assertThat(pos(m, c)).containsExactly(16, 80);
                    assertThat(pos(m, i)).containsExactly(COLUMN + 16, 80);
                    assertThat(pos(m, v1)).containsExactly(COLUMN + 212, 80); // free slots after i, in the lane's new place
                    assertThat(pos(m, v2)).containsExactly(COLUMN + 16, 208);
                    assertNoOverlap(m.notes());
                });
    }

    @Test
    void deleteLaneMovingItsNotesToALaneOnTheLeft() {
        UUID v = add(vision, "v");
        UUID c = add(current, "c");
        UUID i1 = add(issueLane, "i1");
        UUID i2 = add(issueLane, "i2");
        roundTrip("レーンを削除", () -> model.deleteLane(current, vision),
                m -> assertThat(m.note(c).getLaneId()).isEqualTo(current),
                m -> {
                    assertThat(m.lanes()).extracting(Lane::getId).containsExactly(vision, issueLane);
                    assertThat(m.notesIn(vision)).extracting(Note::getId).containsExactlyInAnyOrder(v, c);
                    assertThat(pos(m, v)).containsExactly(16, 80);
                    assertThat(pos(m, c)).containsExactly(212, 80);
                    assertThat(pos(m, i1)).containsExactly(COLUMN + 16, 80);
                    assertThat(pos(m, i2)).containsExactly(COLUMN + 212, 80);
                    assertNoOverlap(m.notes());
                });
    }

    // ------------------------------------------------------------------------------------------------ undo / redo

    @Test
    void undoThreeRedoThreeComesBackToTheSameState() {
        List<State> states = new ArrayList<>();
        states.add(state(model));
        UUID a = add(vision, "a");
        states.add(state(model));
        UUID b = add(current, "b");
        states.add(state(model));
        model.editText(a, "a2");
        states.add(state(model));
        model.vote(b, 1);
        states.add(state(model));
        model.move(Map.of(a, new double[] {500, 500}));
        states.add(state(model));
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を移動");

        model.undo();
        assertThat(model.undoLabels().redo()).isEqualTo("付箋を移動");
        assertThat(model.undoLabels().undo()).isEqualTo("投票");
        model.undo();
        model.undo();
        assertThat(state(model)).isEqualTo(states.get(2));
        assertThat(state(fromDatabase())).isEqualTo(states.get(2));
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        assertThat(model.undoLabels().redo()).isEqualTo("付箋を編集"); // the earliest undone comes back first

        model.redo();
        assertThat(state(model)).isEqualTo(states.get(3));
        model.redo();
        model.redo();
        assertThat(state(model)).isEqualTo(states.get(5));
        assertThat(state(fromDatabase())).isEqualTo(states.get(5));
        assertThat(model.undoLabels().canRedo()).isFalse();
        model.redo(); // nothing left: no-op
        assertThat(state(model)).isEqualTo(states.get(5));

        for (int k = 4; k >= 0; k--) {
            model.undo();
            assertThat(state(model)).isEqualTo(states.get(k));
        }
        assertThat(model.undoLabels().canUndo()).isFalse();
        reopen();
        assertThat(state(model)).isEqualTo(states.get(0));
        assertThat(model.undoLabels().canRedo()).isTrue();
        for (int k = 1; k <= 5; k++) {
            model.redo();
            assertThat(state(model)).isEqualTo(states.get(k));
        }
        reopen();
        assertThat(state(model)).isEqualTo(states.get(5));
    }

    @Test
    void aNewActionAfterUndoDropsTheRedo() {
        UUID a = add(vision, "a");
        model.editText(a, "a2");
        model.vote(a, 1);
        model.undo();
        model.undo();
        assertThat(model.undoLabels().canRedo()).isTrue();
        model.setAuthor(List.of(a), "市町村");
        assertThat(model.undoLabels().canRedo()).isFalse();
        assertThat(model.undoLabels().redo()).isEmpty();
        assertThat(model.undoLabels().undo()).isEqualTo("発言者を変更");
        State now = state(model);
        model.redo(); // no-op
        assertThat(state(model)).isEqualTo(now);
        assertThat(model.note(a).getText()).isEqualTo("a");
        assertThat(model.note(a).getVotes()).isZero();
        int undone = store.jdbi().withHandle(h -> h.createQuery("select count(*) from board_history where board_id = :b and undone")
                .bind("b", boardId).mapTo(Integer.class).one());
        assertThat(undone).isZero();
        reopen();
        assertThat(model.undoLabels().canRedo()).isFalse();
        model.undo();
        model.undo();
        assertThat(model.notes()).isEmpty();
        assertThat(model.undoLabels().canUndo()).isFalse();
    }

    @Test
    void undoAndRedoLabelsNameTheAction() {
        assertThat(model.undoLabels().undo()).isEmpty();
        UUID a = add(vision, "a");
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        model.delete(List.of(a, add(vision, "b")));
        assertThat(model.undoLabels().undo()).isEqualTo("2枚の付箋を削除");
        model.undo();
        assertThat(model.undoLabels().redo()).isEqualTo("2枚の付箋を削除");
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        model.undo();
        model.undo();
        assertThat(model.undoLabels().canUndo()).isFalse();
        assertThat(model.undoLabels().redo()).isEqualTo("付箋を追加");
    }

    @Test
    void historySurvivesClosingTheStore() {
        UUID a = add(vision, "a");
        model.editText(a, "書き直し");
        model.vote(a, 1);
        State afterActions = state(model);

        reopen();
        assertThat(state(model)).isEqualTo(afterActions);
        assertThat(model.undoLabels().canUndo()).isTrue();
        assertThat(model.undoLabels().undo()).isEqualTo("投票");
        model.undo();
        model.undo();
        assertThat(model.note(a).getText()).isEqualTo("a");
        assertThat(model.note(a).getVotes()).isZero();

        reopen();
        assertThat(model.note(a).getText()).isEqualTo("a");
        assertThat(model.note(a).getVotes()).isZero();
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        assertThat(model.undoLabels().redo()).isEqualTo("付箋を編集");
        model.redo();
        model.redo();

        reopen();
        assertThat(state(model)).isEqualTo(afterActions);
        assertThat(model.undoLabels().canRedo()).isFalse();
        model.undo();
        model.undo();
        model.undo();
        assertThat(model.notes()).isEmpty();
        reopen();
        assertThat(model.notes()).isEmpty();
        assertThat(model.undoLabels().canUndo()).isFalse();
        assertThat(model.undoLabels().redo()).isEqualTo("付箋を追加");
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    void anOverlongNoteIsRefusedWithAJapaneseMessage() {
        UUID a = add(vision, "a");
        State before = state(model);
        int history = historyRows();
        String huge = "長".repeat(10_000);
        assertThatThrownBy(() -> model.addNote(vision, huge, null)).isInstanceOf(BoardException.class)
                .hasMessageContaining("文字").hasMessageContaining("2000");
        assertThatThrownBy(() -> model.editText(a, huge)).isInstanceOf(BoardException.class).hasMessageContaining("文字");
        assertThatThrownBy(() -> model.createIssue(a, a, huge)).isInstanceOf(BoardException.class).hasMessageContaining("文字");
        assertThat(state(model)).isEqualTo(before);
        assertThat(model.undoLabels().undo()).isEqualTo("付箋を追加");
        assertThat(historyRows()).isEqualTo(history);
        assertThat(state(fromDatabase())).isEqualTo(before);
    }

    @Test
    void theLimitCountsCharactersNotCodeUnits() {
        UUID a = add(vision, "長".repeat(Note.MAX_TEXT));
        UUID b = add(vision, "👍".repeat(Note.MAX_TEXT)); // 4000 UTF-16 units, 2000 characters
        assertThatThrownBy(() -> model.addNote(vision, "長".repeat(Note.MAX_TEXT + 1), null))
                .isInstanceOf(BoardException.class).hasMessageContaining("2001文字").hasMessageContaining("分けて書いてください");
        reopen();
        assertThat(model.note(a).getText()).hasSize(2000);
        assertThat(model.note(b).getText()).isEqualTo("👍".repeat(2000));
    }

    @Test
    void controlCharactersAreStrippedButLineBreaksKept() {
        UUID a = add(vision, "一行目\u0000\n二行目\u0007\r\n\t三行目");
        assertThat(model.note(a).getText()).isEqualTo("一行目\n二行目\n\t三行目");
        model.editText(a, "  \u0007編集\u001b後\n  ");
        assertThat(model.note(a).getText()).isEqualTo("編集後");
        reopen();
        assertThat(model.note(a).getText()).isEqualTo("編集後");
        model.undo();
        assertThat(model.note(a).getText()).isEqualTo("一行目\n二行目\n\t三行目");
        reopen();
        assertThat(model.note(a).getText()).isEqualTo("一行目\n二行目\n\t三行目");
    }

    @Test
    void emojiAreKeptIntact() {
        String text = "いいね👍🏻 家族👨‍👩‍👧";
        UUID a = add(vision, text);
        assertThat(model.note(a).getText()).isEqualTo(text);
        reopen();
        assertThat(model.note(a).getText()).isEqualTo(text);
        assertThat(model.search("👍🏻")).extracting(Note::getId).containsExactly(a);
    }

    @Test
    void emptyTextIsAllowed() {
        UUID a = add(vision, "");
        UUID b = add(vision, null);
        UUID c = add(vision, " \u0000 ");
        assertThat(model.notes()).extracting(Note::getText).containsOnly("");
        model.editText(a, "書いた");
        model.editText(a, "");
        reopen();
        assertThat(model.note(a).getText()).isEmpty();
        assertThat(model.note(b).getText()).isEmpty();
        assertThat(model.note(c).getText()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ listeners

    @Test
    void listenersHearEveryActionUndoAndRedo() {
        List<ChangeSet> heard = new ArrayList<>();
        BoardModel.Listener listener = heard::add;
        model.addListener(listener);

        UUID a = add(vision, "a");
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).label()).isEqualTo("付箋を追加");
        assertThat(heard.get(0).changes()).singleElement().satisfies(ch -> {
            assertThat(ch.before()).isNull();
            assertThat(ch.after()).isInstanceOf(Note.class);
            assertThat(ch.id()).isEqualTo(a);
        });

        model.editText(a, "b");
        model.undo();
        model.redo();
        assertThat(heard).extracting(ChangeSet::label).containsExactly("付箋を追加", "付箋を編集", "付箋を編集", "付箋を編集");
        Change undone = heard.get(2).changes().get(0);
        assertThat(((Note) undone.before()).getText()).isEqualTo("b");
        assertThat(((Note) undone.after()).getText()).isEqualTo("a");
        Change redone = heard.get(3).changes().get(0);
        assertThat(((Note) redone.after()).getText()).isEqualTo("b");

        // refused actions and no-ops are not heard
        assertThatThrownBy(() -> model.setColour(List.of(a), "red")).isInstanceOf(BoardException.class);
        model.editText(a, "b");
        model.vote(a, -1);
        assertThat(heard).hasSize(4);

        model.removeListener(listener);
        model.vote(a, 1);
        model.undo();
        assertThat(heard).hasSize(4);
    }

    @Test
    void aDeleteIsHeardWithEverythingItTook() {
        UUID v = add(vision, "v");
        UUID c = add(current, "c");
        UUID g = model.group(List.of(v, c), "島").getId();
        UUID i = model.createIssue(v, c, "課題").getId();
        List<ChangeSet> heard = new ArrayList<>();
        model.addListener(heard::add);
        model.delete(List.of(v, c));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).changes()).allSatisfy(ch -> assertThat(ch.after()).isNull());
        assertThat(heard.get(0).changes()).extracting(Change::id).contains(v, c, g).hasSize(5); // 2 notes, 2 links, group
        model.undo();
        assertThat(heard.get(1).changes()).allSatisfy(ch -> assertThat(ch.before()).isNull());
        assertThat(model.linked(i, LaneRole.VISION)).map(Note::getId).contains(v);
    }

    // ------------------------------------------------------------------------------------------------ free canvas

    @Test
    void onAFreeCanvasNotesHaveNoLaneAndMoveFreely() {
        useBoard(new BoardTemplate("free", "フリー", "", List.of()));
        UUID a = add(null, "a");
        UUID b = add(null, "b");
        assertThat(pos(model, a)).containsExactly(16, 80);
        assertThat(pos(model, b)).containsExactly(212, 80);
        roundTrip("付箋を移動", () -> model.move(Map.of(a, new double[] {5000, 3000})),
                m -> assertThat(pos(m, a)).containsExactly(16, 80),
                m -> {
                    assertThat(pos(m, a)).containsExactly(5000, 3000);
                    assertThat(m.note(a).getLaneId()).isNull();
                    assertThat(m.lanes()).isEmpty();
                });
    }

    // ------------------------------------------------------------------------------------------------ bugs found
    // Each test below once showed a bug in the main code (found while writing these tests, now fixed).

    @Test
    void aNoteCapturedIntoALaneAddedLaterDoesNotCoverAFreeNote() {
        add(null, "メモ"); // right of the three lanes
        Lane added = model.addLane("対応策", LaneRole.MEASURE, null);
        add(added.getId(), "対策");
        assertNoOverlap(model.notes());
    }

    @Test
    void createIssueOnAFreeCanvasDoesNotCoverTheNotesItBridges() {
        useBoard(new BoardTemplate("free", "フリー", "", List.of()));
        UUID v = add(null, "あるべき姿");
        UUID c = add(null, "現状");
        model.createIssue(v, c, "課題");
        assertNoOverlap(model.notes());
    }

    @Test
    void aPositionThatIsNotANumberIsNeverStored() {
        UUID a = add(vision, "a");
        try {
            model.move(Map.of(a, new double[] {Double.NaN, Double.NaN}));
        } catch (BoardException refused) {
            // refusing is fine too
        }
        assertThat(pos(model, a)).doesNotContain(Double.NaN);
        assertThat(pos(fromDatabase(), a)).doesNotContain(Double.NaN);
    }

    @Test
    void anOverlongGroupTitleIsRefusedLikeInRenameGroup() {
        UUID a = add(vision, "a");
        UUID b = add(vision, "b");
        State before = state(model);
        assertThatThrownBy(() -> model.group(List.of(a, b), "長".repeat(201))).isInstanceOf(BoardException.class)
                .hasMessageContaining("200文字").hasMessageNotContaining("SQL");
        assertThat(state(model)).isEqualTo(before);
    }

    @Test
    void addLaneRefusesABadColour() {
        State before = state(model);
        assertThatThrownBy(() -> model.addLane("赤", LaneRole.OTHER, "red")).isInstanceOf(BoardException.class)
                .hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> model.addLane("悪い", LaneRole.OTHER, "not-a-colour")).isInstanceOf(BoardException.class)
                .hasMessageContaining("#RRGGBB");
        assertThat(state(model)).isEqualTo(before);
    }

    @Test
    void deleteLaneNeverLeavesNotesInALaneThatIsGone() {
        add(current, "c");
        State before = state(model);
        for (UUID target : List.of(current, UUID.randomUUID())) {
            try {
                model.deleteLane(current, target);
                assertThat(model.notes()).allSatisfy(n -> assertThat(n.getLaneId() == null || model.lane(n.getLaneId()).isPresent())
                        .as("the lane of note %s exists", n.getText()).isTrue());
                model.undo();
            } catch (BoardException refused) {
                // refusing is fine
            }
            assertThat(state(model)).isEqualTo(before);
        }
    }

    @Test
    void addNoteNeverPointsToALaneThatDoesNotExist() {
        UUID ghost = UUID.randomUUID();
        try {
            Note n = model.addNote(ghost, "x", null);
            assertThat(n.getLaneId()).isNull();
        } catch (BoardException refused) {
            assertThat(model.notes()).isEmpty();
        }
    }

    @Test
    void aLoneCarriageReturnIsKeptAsALineBreak() {
        UUID a = add(vision, "一行目\r二行目");
        assertThat(model.note(a).getText()).isEqualTo("一行目\n二行目");
    }

    @Test
    void undoOnTheBoardKeepsWhatTheIssueListChangedMeanwhile() {
        UUID i = add(issueLane, "通いの場が遠い");
        model.promote(List.of(i));
        model.vote(i, 1);
        // the 課題一覧 edits the issue outside the board's history
        CaseIssue edited = store.boards().issues(caseId).get(0);
        edited.setDirection("送迎を再開する");
        edited.setDepartment("高齢福祉課");
        edited.setLevel(IssueLevel.HIGH);
        edited.setRank(3);
        store.boards().save(edited);
        model = fromDatabase(); // the board is opened again
        assertThat(model.undoLabels().undo()).isEqualTo("投票");
        model.undo();
        CaseIssue now = store.boards().issues(caseId).get(0);
        assertThat(now.getVotes()).isZero();
        assertThat(now.getDirection()).isEqualTo("送迎を再開する");
        assertThat(now.getDepartment()).isEqualTo("高齢福祉課");
        assertThat(now.getLevel()).isEqualTo(IssueLevel.HIGH);
        assertThat(now.getRank()).isEqualTo(3);
    }

    // ================================================================================================ helpers

    /** Continues the test on a new board of the same case. */
    private void useBoard(BoardTemplate template) {
        boardId = BoardModel.create(store.boards(), caseId, null, template.name(), template).getId();
        model = new BoardModel(store.boards(), boardId);
    }

    private UUID add(UUID lane, String text) {
        return model.addNote(lane, text, null).getId();
    }

    private void vote(UUID note, int times) {
        for (int k = 0; k < times; k++) {
            model.vote(note, 1);
        }
    }

    private static double[] pos(BoardModel m, UUID note) {
        Note n = m.note(note);
        assertThat(n).as("note %s", note).isNotNull();
        return new double[] {n.getX(), n.getY()};
    }

    private static double[] size(BoardModel m, UUID note) {
        return new double[] {m.note(note).getWidth(), m.note(note).getHeight()};
    }

    private static void assertNoOverlap(java.util.Collection<Note> notes) {
        List<Note> list = List.copyOf(notes);
        for (int p = 0; p < list.size(); p++) {
            for (int q = p + 1; q < list.size(); q++) {
                Note a = list.get(p);
                Note b = list.get(q);
                boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
                assertThat(overlap).as("%s overlaps %s", a.getText(), b.getText()).isFalse();
            }
        }
    }

    private List<String> issueRows() {
        return store.boards().issues(caseId).stream().map(i -> i.getId() + " " + i.getRank() + " " + i.getStatement() + " " + i.getVotes()).toList();
    }

    private int historyRows() {
        return store.jdbi().withHandle(h -> h.createQuery("select count(*) from board_history where board_id = :b")
                .bind("b", boardId).mapTo(Integer.class).one());
    }

    /** A model read afresh from the database of the open store. */
    private BoardModel fromDatabase() {
        return new BoardModel(store.boards(), boardId);
    }

    /** Closes the store, opens it again, and continues with a model read from the file; it must hold what we had. */
    private void reopen() {
        State before = state(model);
        String undo = model.undoLabels().undo();
        String redo = model.undoLabels().redo();
        store.close();
        store = Store.open(dir);
        model = new BoardModel(store.boards(), boardId);
        assertThat(state(model)).isEqualTo(before);
        assertThat(model.undoLabels().undo()).isEqualTo(undo);
        assertThat(model.undoLabels().redo()).isEqualTo(redo);
    }

    /**
     * The action, then undo, then redo: each state checked in memory and in the database; then the store is closed
     * and reopened, the action is still there, and undo and redo still work on the model read from the file.
     */
    private void roundTrip(String label, Runnable action, Consumer<BoardModel> before, Consumer<BoardModel> after) {
        State s0 = state(model);
        before.accept(model);

        action.run();
        State s1 = state(model);
        assertThat(s1).as("the action changed nothing").isNotEqualTo(s0);
        assertThat(model.undoLabels().undo()).isEqualTo(label);
        assertThat(model.undoLabels().canRedo()).isFalse();
        after.accept(model);
        BoardModel db = fromDatabase();
        assertThat(state(db)).isEqualTo(s1);
        after.accept(db);

        model.undo();
        assertThat(state(model)).as("after undo").isEqualTo(s0);
        assertThat(model.undoLabels().redo()).isEqualTo(label);
        before.accept(model);
        db = fromDatabase();
        assertThat(state(db)).as("database after undo").isEqualTo(s0);
        before.accept(db);

        model.redo();
        assertThat(state(model)).as("after redo").isEqualTo(s1);
        assertThat(model.undoLabels().undo()).isEqualTo(label);
        after.accept(model);
        assertThat(state(fromDatabase())).as("database after redo").isEqualTo(s1);

        reopen();
        after.accept(model);
        model.undo();
        assertThat(state(model)).as("undo after reopening").isEqualTo(s0);
        before.accept(model);
        assertThat(state(fromDatabase())).as("database after undo after reopening").isEqualTo(s0);
        model.redo();
        assertThat(state(model)).as("redo after reopening").isEqualTo(s1);
        after.accept(model);
        assertThat(state(fromDatabase())).as("database after redo after reopening").isEqualTo(s1);
    }

    record LaneRow(UUID id, String title, LaneRole role, String colour, int sortOrder) {
    }

    record NoteRow(UUID id, UUID laneId, UUID groupId, String text, String colour, String author, double x, double y,
                   double width, double height, int votes, boolean priority) {
    }

    record GroupRow(UUID id, String title) {
    }

    record LinkRow(UUID id, UUID from, UUID to, LaneRole kind) {
    }

    record IssueRow(UUID id, UUID noteId, String statement, String visionText, String currentText, UUID visionNoteId,
                    UUID currentNoteId, Integer rank, IssueLevel level, int votes) {
    }

    /** Everything on the board (and the case's 課題) that an action can change, comparable across models. */
    record State(List<LaneRow> lanes, List<NoteRow> notes, List<GroupRow> groups, List<LinkRow> links, List<IssueRow> issues) {
    }

    private State state(BoardModel m) {
        List<LaneRow> lanes = m.lanes().stream()
                .map(l -> new LaneRow(l.getId(), l.getTitle(), l.getRole(), l.getColour(), l.getSortOrder())).toList();
        List<NoteRow> notes = m.notes().stream().sorted(Comparator.comparing(Note::getId))
                .map(n -> new NoteRow(n.getId(), n.getLaneId(), n.getGroupId(), n.getText(), n.getColour(), n.getAuthor(),
                        n.getX(), n.getY(), n.getWidth(), n.getHeight(), n.getVotes(), n.isPriority())).toList();
        List<GroupRow> groups = m.groups().stream().sorted(Comparator.comparing(NoteGroup::getId))
                .map(g -> new GroupRow(g.getId(), g.getTitle())).toList();
        List<LinkRow> links = m.links().stream().sorted(Comparator.comparing(NoteLink::getId))
                .map(l -> new LinkRow(l.getId(), l.getFromNoteId(), l.getToNoteId(), l.getKind())).toList();
        List<IssueRow> issues = m.notes().stream().map(n -> m.issueOf(n.getId())).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(CaseIssue::getId))
                .map(i -> new IssueRow(i.getId(), i.getNoteId(), i.getStatement(), i.getVisionText(), i.getCurrentText(),
                        i.getVisionNoteId(), i.getCurrentNoteId(), i.getRank(), i.getLevel(), i.getVotes())).toList();
        return new State(lanes, notes, groups, links, issues);
    }
}
