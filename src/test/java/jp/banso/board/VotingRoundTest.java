package jp.banso.board;

import jp.banso.domain.VoteRound;
import jp.banso.domain.NoteVote;
import jp.banso.domain.Note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.bundle.BundleExport;
import jp.banso.bundle.BundleImport;
import jp.banso.bundle.ImportPlan;
import jp.banso.cases.NewCase;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voting rounds like the stickers people are handed: N votes per person, by speaker or anonymous, votes left,
 * closing ranks the lanes (one undo step); saved, read again after a restart, and carried in a case bundle.
 * Free voting stays what a click does when no round is open.
 */
class VotingRoundTest {
    @TempDir
    Path dir;

    Store store;
    UUID caseId;
    UUID boardId;
    BoardModel model;
    UUID vision;
    UUID current;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("a"));
        caseId = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        boardId = BoardModel.create(store.boards(), caseId, null, "投票", BoardModelTest.VISION_CURRENT_ISSUE).getId();
        model = new BoardModel(store.boards(), boardId);
        vision = model.lanes().get(0).getId();
        current = model.lanes().get(1).getId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() {
        store.close();
        store = Store.open(dir.resolve("a"));
        model = new BoardModel(store.boards(), boardId);
    }

    @Test
    void withoutARoundAClickIsAFreeVote() {
        Note a = model.addNote(vision, "通いの場", null);
        model.vote(a.getId(), 1, null);
        model.vote(a.getId(), 1, "住民");
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(2);
        assertThat(model.openRound()).isEmpty();
        assertThat(model.votesLeft("住民")).isEmpty();
    }

    @Test
    void bySpeakerEachVoterHasNVotesAndNoMore() {
        Note a = model.addNote(vision, "A", null);
        Note b = model.addNote(vision, "B", null);
        VoteRound round = model.startRound(3, false, null);
        assertThat(model.votesLeft("住民")).hasValue(3);

        model.vote(a.getId(), 1, "住民");
        model.vote(a.getId(), 1, "住民");
        model.vote(b.getId(), 1, "住民");
        assertThat(model.votesLeft("住民")).hasValue(0);
        assertThatThrownBy(() -> model.vote(b.getId(), 1, "住民")).isInstanceOf(BoardException.class)
                .hasMessageContaining("住民さんの票はもう残っていません").hasMessageContaining("3票");
        assertThat(model.note(b.getId()).getVotes()).isEqualTo(1); // the refused vote changed nothing

        // another speaker has their own three
        assertThat(model.votesLeft("社協")).hasValue(3);
        model.vote(b.getId(), 1, "社協");
        assertThat(model.votesOf(round.getId())).extracting(NoteVote::getVoter).containsOnly("住民", "社協");

        // a vote needs a voter
        assertThatThrownBy(() -> model.vote(a.getId(), 1, null)).isInstanceOf(BoardException.class).hasMessageContaining("発言者");

        // taking one back gives it back to that voter only
        model.vote(a.getId(), -1, "住民");
        assertThat(model.votesLeft("住民")).hasValue(1);
        assertThat(model.votesLeft("社協")).hasValue(2);
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(1);
        // 社協 has no vote on a: nothing to take back
        model.vote(a.getId(), -1, "社協");
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(1);
    }

    @Test
    void anonymousRoundsRecordNoVoterAndHoldNTimesParticipants() {
        Note a = model.addNote(vision, "A", null);
        VoteRound round = model.startRound(2, true, 2);
        assertThat(model.votesLeft(null)).hasValue(4);
        for (int i = 0; i < 4; i++) {
            model.vote(a.getId(), 1, "住民"); // whoever is chosen as speaker, the vote names nobody
        }
        assertThat(model.votesOf(round.getId())).hasSize(4).allSatisfy(v -> assertThat(v.getVoter()).isNull());
        assertThat(model.votesLeft(null)).hasValue(0);
        assertThatThrownBy(() -> model.vote(a.getId(), 1, null)).isInstanceOf(BoardException.class).hasMessageContaining("全部で4票");
        assertThat(model.results(round.getId())).singleElement().satisfies(r -> {
            assertThat(r.votes()).isEqualTo(4);
            assertThat(r.byVoter()).isEmpty();
        });
    }

    @Test
    void aRoundIsRefusedWhileAnotherIsOpenOrWithBadNumbers() {
        assertThatThrownBy(() -> model.startRound(0, false, null)).isInstanceOf(BoardException.class).hasMessageContaining("1〜99");
        assertThatThrownBy(() -> model.startRound(3, true, null)).isInstanceOf(BoardException.class).hasMessageContaining("人数");
        model.startRound(3, false, null);
        assertThatThrownBy(() -> model.startRound(3, false, null)).isInstanceOf(BoardException.class).hasMessageContaining("もう始まっています");
        assertThat(model.rounds()).hasSize(1);
    }

    @Test
    void closingRanksEachLaneByTheRoundsVotesInOneUndoStep() {
        Note a = model.addNote(vision, "A", null);
        Note b = model.addNote(vision, "B", null);
        Note c = model.addNote(vision, "C", null);
        Note x = model.addNote(current, "X", null);
        Note y = model.addNote(current, "Y", null);
        model.vote(a.getId(), 1); // a free vote from before: the round's votes decide the order
        model.vote(a.getId(), 1);
        VoteRound round = model.startRound(3, false, null);
        model.vote(c.getId(), 1, "住民");
        model.vote(c.getId(), 1, "住民");
        model.vote(b.getId(), 1, "社協");
        model.vote(y.getId(), 1, "社協");
        double[][] placesBefore = {{a.getX(), a.getY()}, {b.getX(), b.getY()}, {c.getX(), c.getY()}};

        List<BoardModel.RoundResult> results = model.closeRound();
        assertThat(results).extracting(r -> r.note().getText()).containsExactly("C", "B", "Y");
        assertThat(results).extracting(BoardModel.RoundResult::votes).containsExactly(2, 1, 1);
        assertThat(results.get(0).byVoter()).isEqualTo(Map.of("住民", 2));
        assertThat(model.openRound()).isEmpty();
        assertThat(model.rounds()).singleElement().extracting(VoteRound::isClosed).isEqualTo(true);
        // each lane laid out most votes first, in reading order
        assertThat(model.notesIn(vision).stream().sorted(BoardLayout.READING_ORDER).map(Note::getText)).containsExactly("C", "B", "A");
        assertThat(model.notesIn(current).stream().sorted(BoardLayout.READING_ORDER).map(Note::getText)).containsExactly("Y", "X");
        assertThat(model.undoLabels().undo()).isEqualTo("投票ラウンドを締める");
        // after closing, a click is a free vote again
        model.vote(x.getId(), 1, "住民");
        assertThat(model.votesOf(round.getId())).hasSize(4);
        model.undo();

        model.undo(); // one step: the round is open again and the notes are back where they were
        assertThat(model.openRound()).get().extracting(VoteRound::getId).isEqualTo(round.getId());
        assertThat(new double[][] {{model.note(a.getId()).getX(), model.note(a.getId()).getY()},
            {model.note(b.getId()).getX(), model.note(b.getId()).getY()},
            {model.note(c.getId()).getX(), model.note(c.getId()).getY()}}).isEqualTo(placesBefore);
        assertThat(model.votesLeft("住民")).hasValue(1);
        model.redo();
        assertThat(model.openRound()).isEmpty();
    }

    @Test
    void undoTakesBackAVoteAndItsCount() {
        Note a = model.addNote(vision, "A", null);
        model.startRound(1, false, null);
        model.vote(a.getId(), 1, "住民");
        assertThat(model.votesLeft("住民")).hasValue(0);
        model.undo();
        assertThat(model.votesLeft("住民")).hasValue(1);
        assertThat(model.note(a.getId()).getVotes()).isZero();
        model.redo();
        assertThat(model.votesLeft("住民")).hasValue(0);
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(1);
    }

    @Test
    void deletingANoteGivesItsVotesBack() {
        Note a = model.addNote(vision, "A", null);
        VoteRound round = model.startRound(2, false, null);
        model.vote(a.getId(), 1, "住民");
        model.delete(List.of(a.getId()));
        assertThat(model.votesOf(round.getId())).isEmpty();
        assertThat(model.votesLeft("住民")).hasValue(2);
        model.undo();
        assertThat(model.votesLeft("住民")).hasValue(1);
    }

    @Test
    void resettingVotesDuringARoundHandsTheVotesBack() {
        Note a = model.addNote(vision, "A", null);
        VoteRound round = model.startRound(2, false, null);
        model.vote(a.getId(), 1, "住民");
        model.vote(a.getId(), 1, "住民");
        model.resetVotes();
        assertThat(model.note(a.getId()).getVotes()).isZero();
        assertThat(model.votesOf(round.getId())).isEmpty();
        assertThat(model.votesLeft("住民")).hasValue(2);
        assertThat(model.openRound()).isPresent();
        model.undo();
        assertThat(model.votesLeft("住民")).hasValue(0);
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(2);
    }

    @Test
    void roundsAndVotesSurviveARestartWithTheirUndo() {
        Note a = model.addNote(vision, "A", null);
        VoteRound round = model.startRound(2, false, null);
        model.vote(a.getId(), 1, "住民");
        reopen();
        assertThat(model.openRound()).get().satisfies(r -> {
            assertThat(r.getId()).isEqualTo(round.getId());
            assertThat(r.getVotesPerPerson()).isEqualTo(2);
            assertThat(r.isAnonymous()).isFalse();
        });
        assertThat(model.votesLeft("住民")).hasValue(1);
        assertThat(model.note(a.getId()).getVotes()).isEqualTo(1);
        model.closeRound();
        reopen();
        assertThat(model.openRound()).isEmpty();
        assertThat(model.undoLabels().undo()).isEqualTo("投票ラウンドを締める");
        model.undo();
        assertThat(model.openRound()).isPresent();
    }

    @Test
    void aCaseBundleCarriesRoundsAndVotes() throws Exception {
        Note a = model.addNote(vision, "A", null);
        VoteRound closed = model.startRound(3, false, null);
        model.vote(a.getId(), 1, "住民");
        model.closeRound();
        VoteRound open = model.startRound(2, true, 10);
        model.vote(a.getId(), 1, null);
        Path file = dir.resolve("投票.banso");
        BundleExport.export(store, List.of(caseId), file, s -> { });

        try (Store b = Store.open(dir.resolve("b"))) {
            ImportPlan plan = BundleImport.plan(b, BundleImport.read(b, file), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).isEmpty();
            BundleImport.apply(b, plan, s -> { });
            BoardModel there = new BoardModel(b.boards(), boardId);
            assertThat(there.rounds()).extracting(VoteRound::getId).containsExactlyInAnyOrder(closed.getId(), open.getId());
            assertThat(there.openRound()).get().satisfies(r -> {
                assertThat(r.isAnonymous()).isTrue();
                assertThat(r.getParticipants()).isEqualTo(10);
            });
            assertThat(there.votesLeft(null)).hasValue(19);
            assertThat(there.votesOf(closed.getId())).singleElement().extracting(NoteVote::getVoter).isEqualTo("住民");
            assertThat(there.note(a.getId()).getVotes()).isEqualTo(2);
        }
    }
}
