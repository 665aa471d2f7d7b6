package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One vote of a {@link VoteRound} on a note; the voter (a speaker's name) is empty in an anonymous round. */
public class NoteVote extends Entity {
    private UUID boardId;
    private UUID roundId;
    private UUID noteId;
    private String voter;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public UUID getRoundId() { return roundId; }
    public void setRoundId(UUID roundId) { this.roundId = roundId; }
    public UUID getNoteId() { return noteId; }
    public void setNoteId(UUID noteId) { this.noteId = noteId; }
    public String getVoter() { return voter; }
    public void setVoter(String voter) { this.voter = voter; }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Speaker.name(errors, "voter", voter, false);
        return errors;
    }
}
