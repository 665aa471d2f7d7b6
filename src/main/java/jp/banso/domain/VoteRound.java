package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A voting round on a board, like the stickers people are handed: each person has {@code votesPerPerson} votes.
 * By speaker, every vote names its voter and no voter goes over the limit; anonymous, votes name nobody and the
 * round holds {@code votesPerPerson × participants} in all. At most one round of a board is open; closing it ranks
 * the notes by its votes.
 */
public class VoteRound extends Entity {
    private UUID boardId;
    private int votesPerPerson = 3;
    private boolean anonymous;
    /** Anonymous rounds only: how many people vote (null by speaker). */
    private Integer participants;
    private boolean closed;

    public UUID getBoardId() { return boardId; }
    public void setBoardId(UUID boardId) { this.boardId = boardId; }
    public int getVotesPerPerson() { return votesPerPerson; }
    public void setVotesPerPerson(int votesPerPerson) { this.votesPerPerson = votesPerPerson; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }

    /** Votes the whole round holds (anonymous), or null when the limit is per voter. */
    public Integer totalVotes() {
        return anonymous && participants != null ? votesPerPerson * participants : null;
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (votesPerPerson < 1 || votesPerPerson > 99) {
            errors.add(new FieldError("votesPerPerson", "1人の票数は1〜99です"));
        }
        if (anonymous ? participants == null || participants < 1 || participants > 999 : participants != null) {
            errors.add(new FieldError("participants", "人数は無記名の投票だけに、1〜999で入ります"));
        }
        return errors;
    }
}
