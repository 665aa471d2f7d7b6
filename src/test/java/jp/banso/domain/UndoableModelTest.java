package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one undo path every model with undo runs through, on a model and a history kept in memory. */
class UndoableModelTest {
    private final GroupTitles model = new GroupTitles();
    private final List<ChangeSet> heard = new ArrayList<>();

    {
        model.addListener(heard::add);
    }

    @Test
    void anActionIsKeptInMemoryOnceStoredOnceAndHeardOnce() {
        NoteGroup g = model.add("買い物");
        assertThat(model.live).containsOnlyKeys(g.getId());
        assertThat(model.live.get(g.getId())).as("the live instance itself, not a copy").isSameAs(g);
        assertThat(model.history.recorded).singleElement().satisfies(cs -> {
            assertThat(cs.label()).isEqualTo("「買い物」を追加");
            assertThat(cs.changes()).singleElement().satisfies(c -> {
                assertThat(c.before()).isNull();
                assertThat(c.after()).as("the stored state is a copy").isNotSameAs(g).isEqualTo(g);
            });
        });
        assertThat(g.getUpdatedAt()).as("memory takes the stamps of what was stored").isEqualTo(model.history.stamp);
        assertThat(heard).extracting(ChangeSet::label).containsExactly("「買い物」を追加");
        assertThat(model.undoLabels()).isEqualTo(new UndoLabels("「買い物」を追加", ""));
    }

    @Test
    void aStoredStateDoesNotChangeWithTheLiveEntity() {
        NoteGroup g = model.add("買い物");
        model.rename(g.getId(), "通院");
        ChangeSet added = model.history.recorded.get(0);
        assertThat(((NoteGroup) added.changes().get(0).after()).getTitle()).isEqualTo("買い物");
        ChangeSet renamed = model.history.recorded.get(1);
        assertThat(((NoteGroup) renamed.changes().get(0).before()).getTitle()).isEqualTo("買い物");
        assertThat(((NoteGroup) renamed.changes().get(0).after()).getTitle()).isEqualTo("通院");
    }

    @Test
    void undoAndRedoApplyStoredChangesAndTheLabelsFollow() {
        NoteGroup g = model.add("買い物");
        model.rename(g.getId(), "通院");
        model.undo();
        assertThat(model.live.get(g.getId()).getTitle()).isEqualTo("買い物");
        assertThat(model.undoLabels()).isEqualTo(new UndoLabels("「買い物」を追加", "名前を変更"));
        model.undo();
        assertThat(model.live).isEmpty();
        assertThat(model.undoLabels().canUndo()).isFalse();
        model.redo();
        model.redo();
        assertThat(model.live.get(g.getId()).getTitle()).isEqualTo("通院");
        assertThat(model.undoLabels()).isEqualTo(new UndoLabels("名前を変更", ""));
        assertThat(heard).extracting(ChangeSet::label)
                .containsExactly("「買い物」を追加", "名前を変更", "名前を変更", "「買い物」を追加", "「買い物」を追加", "名前を変更");
        model.undo();
        model.undo();
        model.undo(); // nothing left: nothing happens
        assertThat(heard).hasSize(8);
    }

    @Test
    void aRefusedActionLeavesNothingBehind() {
        NoteGroup g = model.add("買い物");
        heard.clear();
        assertThatThrownBy(() -> model.renameThenRefuse(g.getId(), "通院")).hasMessage("refused");
        assertThat(model.live.get(g.getId()).getTitle()).isEqualTo("買い物");
        assertThat(model.history.recorded).hasSize(1);
        assertThat(heard).isEmpty();
    }

    @Test
    void anActionTheStorageRefusesIsTakenBackWithTheModelsOwnException() {
        NoteGroup g = model.add("買い物");
        model.history.refuseNext = true;
        assertThatThrownBy(() -> model.rename(g.getId(), "通院")).isInstanceOf(IllegalStateException.class)
                .hasMessage("保存できなかったため、操作を取り消しました。ディスクがいっぱいです");
        assertThat(model.live.get(g.getId()).getTitle()).isEqualTo("買い物");
        model.history.refuseNext = true;
        assertThatThrownBy(() -> model.add("通院")).isInstanceOf(IllegalStateException.class);
        assertThat(model.live).containsOnlyKeys(g.getId());
        assertThat(model.undoLabels().undo()).isEqualTo("「買い物」を追加");
    }

    @Test
    void aDeleteLeavesMemoryOnceStoredAndSoDoesWhatWasMadeAndDroppedInOneAction() {
        NoteGroup g = model.add("買い物");
        model.delete(g.getId());
        assertThat(model.live).isEmpty();
        model.addAndDrop("一瞬");
        assertThat(model.live).isEmpty();
        assertThat(model.history.recorded).hasSize(2); // the empty action is not stored
        model.undo();
        assertThat(model.live.get(g.getId()).getTitle()).isEqualTo("買い物");
    }

    @Test
    void typingJoinsWithinTheWindowAndNotAfterAnUndoOrAnotherAction() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        GroupTitles m = new GroupTitles(new GroupTitles.History(), clock);
        NoteGroup g = m.add("買");
        m.rename(g.getId(), "買い");
        clock.advance(UndoableModel.JOIN_MILLIS - 1);
        m.rename(g.getId(), "買い物");
        m.undo();
        assertThat(m.live.get(g.getId()).getTitle()).as("one step for the typing").isEqualTo("買");

        m.redo();
        m.rename(g.getId(), "買い物に");
        clock.advance(UndoableModel.JOIN_MILLIS);
        m.rename(g.getId(), "買い物に困る");
        m.undo();
        assertThat(m.live.get(g.getId()).getTitle()).as("too late to join").isEqualTo("買い物に");
        m.undo();
        assertThat(m.live.get(g.getId()).getTitle()).as("not joined across a redo").isEqualTo("買い物");

        UUID other = m.add("通院").getId();
        m.rename(g.getId(), "買い物が");
        m.undo();
        assertThat(m.live.get(g.getId()).getTitle()).isEqualTo("買い物");
        assertThat(m.live).containsKey(other);
    }

    @Test
    void theLabelsFollowEveryActionWithoutReadingTheHistoryAndEveryStepByReadingIt() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        GroupTitles m = new GroupTitles(new GroupTitles.History(), clock);
        java.util.Random r = new java.util.Random(3);
        List<UUID> groups = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int reads = m.history.labelReads;
            int what = r.nextInt(6);
            if (what == 0 || groups.isEmpty()) {
                groups.add(m.add("島" + i).getId());
            } else if (what <= 2) {
                clock.advance(r.nextInt(2) * UndoableModel.JOIN_MILLIS); // typing on, or after a pause
                UUID id = groups.get(r.nextInt(groups.size()));
                if (m.live.containsKey(id)) {
                    m.rename(id, "名前" + i);
                }
            } else if (what == 3) {
                UUID id = groups.get(r.nextInt(groups.size()));
                if (m.live.containsKey(id)) {
                    m.delete(id);
                }
            } else {
                if (what == 4) {
                    m.undo();
                } else {
                    m.redo();
                }
                assertThat(m.history.labelReads).as("a step reads what is next (none: nothing to read)").isLessThanOrEqualTo(reads + 1);
            }
            if (what < 4) {
                assertThat(m.history.labelReads).as("an action reads no history").isEqualTo(reads);
            }
            assertThat(m.undoLabels()).as("after step %d", i).isEqualTo(m.history.labels());
        }
    }

    @Test
    void labelsSayWhetherThereIsAnythingToUndoOrRedo() {
        assertThat(UndoLabels.NONE.canUndo()).isFalse();
        assertThat(UndoLabels.NONE.canRedo()).isFalse();
        assertThat(new UndoLabels("付箋を追加", "").canUndo()).isTrue();
        assertThat(new UndoLabels("付箋を追加", "").canRedo()).isFalse();
        assertThat(new UndoLabels("", "付箋を移動").canRedo()).isTrue();
        assertThatThrownBy(() -> new UndoLabels(null, "")).isInstanceOf(NullPointerException.class);
        assertThat(model.undoLabels()).isEqualTo(UndoLabels.NONE);
    }
}
