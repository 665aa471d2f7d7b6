package jp.banso.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.Lane;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteVote;
import jp.banso.domain.Speaker;
import jp.banso.domain.UndoableModel;
import jp.banso.domain.VoteRound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Boards and everything on them, the case's 課題, and the board's undo history. A board action is one change set,
 * written with its history entry in one transaction: the action and the ability to take it back are stored together,
 * so undo works after a restart too.
 */
public final class BoardRepository {
    /** The columns of a case's 課題 (shared with the roadmap, whose actions may touch them). */
    static final List<String> ISSUE_COLUMNS = List.of("case_id", "board_id", "note_id", "statement", "vision_text",
            "current_text", "vision_note_id", "current_note_id", "rank", "level", "kind", "status", "direction",
            "department", "votes");

    private final Jdbi jdbi;
    private final EntityTable<Board> boards;
    private final EntityTable<Lane> lanes;
    private final EntityTable<Note> notes;
    private final EntityTable<NoteGroup> groups;
    private final EntityTable<NoteLink> links;
    private final EntityTable<CaseIssue> issues;
    private final EntityTable<VoteRound> rounds;
    private final EntityTable<NoteVote> votes;
    private final Map<String, EntityTable<? extends Entity>> tablesByType = new LinkedHashMap<>();
    private final EditHistory history;

    BoardRepository(Jdbi jdbi, PendingWrites writes) {
        this.jdbi = jdbi;
        boards = new EntityTable<>(jdbi, writes, Board.class, "board", "case_id", "sort_order, created_at",
                List.of("case_id", "meeting_id", "title", "template_id", "sort_order"));
        lanes = new EntityTable<>(jdbi, writes, Lane.class, "board_lane", "board_id", "sort_order, created_at",
                List.of("board_id", "title", "role", "colour", "sort_order"));
        notes = new EntityTable<>(jdbi, writes, Note.class, "board_note", "board_id", "created_at",
                List.of("board_id", "lane_id", "group_id", "text", "colour", "author", "x", "y", "width", "height", "votes", "priority"));
        groups = new EntityTable<>(jdbi, writes, NoteGroup.class, "note_group", "board_id", "created_at", List.of("board_id", "title"));
        links = new EntityTable<>(jdbi, writes, NoteLink.class, "note_link", "board_id", "created_at",
                List.of("board_id", "from_note_id", "to_note_id", "kind"));
        issues = new EntityTable<>(jdbi, writes, CaseIssue.class, "case_issue", "case_id", "coalesce(rank, 999999), created_at",
                ISSUE_COLUMNS);
        rounds = new EntityTable<>(jdbi, writes, VoteRound.class, "vote_round", "board_id", "created_at",
                List.of("board_id", "votes_per_person", "anonymous", "participants", "closed"));
        votes = new EntityTable<>(jdbi, writes, NoteVote.class, "note_vote", "board_id", "created_at",
                List.of("board_id", "round_id", "note_id", "voter"));
        tablesByType.put("board", boards);
        tablesByType.put("lane", lanes);
        tablesByType.put("note", notes);
        tablesByType.put("group", groups);
        tablesByType.put("link", links);
        tablesByType.put("issue", issues);
        tablesByType.put("round", rounds);
        tablesByType.put("vote", votes);
        history = new EditHistory(jdbi, writes, "board_history", "board_id", tablesByType);
        history.updateInPart(CaseIssue.class, this::writeBoardFields);
    }

    // --- boards ---

    public List<Board> boards(UUID caseId) {
        return boards.listBy(caseId);
    }

    public Optional<Board> board(UUID boardId) {
        return boards.find(boardId);
    }

    /** Creates a board with its lanes in one transaction. */
    public void create(Board board, List<Lane> boardLanes) {
        jdbi.useTransaction(h -> {
            boards.save(h, board);
            for (Lane l : boardLanes) {
                lanes.save(h, l);
            }
        });
    }

    public void save(Board board) {
        boards.save(board);
    }

    public void deleteBoard(UUID boardId) {
        boards.delete(boardId);
    }

    public List<Lane> lanes(UUID boardId) {
        return lanes.listBy(boardId);
    }

    public List<Note> notes(UUID boardId) {
        return notes.listBy(boardId);
    }

    /** How many notes a board has, without reading them (a board too large to open is told, not read). */
    public int noteCount(UUID boardId) {
        return notes.countBy(boardId);
    }

    public int laneCount(UUID boardId) {
        return lanes.countBy(boardId);
    }

    public List<NoteGroup> groups(UUID boardId) {
        return groups.listBy(boardId);
    }

    public List<NoteLink> links(UUID boardId) {
        return links.listBy(boardId);
    }

    public List<VoteRound> rounds(UUID boardId) {
        return rounds.listBy(boardId);
    }

    public List<NoteVote> votes(UUID boardId) {
        return votes.listBy(boardId);
    }

    /** The history itself, for the store's listener of changes from the team server (steps they overlap are blocked). */
    EditHistory editHistory() {
        return history;
    }

    /** For bulk writers in this package (imports, benchmarks). */
    EntityTable<Note> notesTable() {
        return notes;
    }

    // --- the case's 課題 ---

    public List<CaseIssue> issues(UUID caseId) {
        return issues.listBy(caseId);
    }

    public void save(CaseIssue issue) {
        issues.save(issue);
    }

    public void deleteIssue(UUID issueId) {
        issues.delete(issueId);
    }

    // --- search ---

    /** Notes of every board of the case whose text contains every word (case-insensitive). */
    public List<Note> searchNotes(UUID caseId, String text) {
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("[\\s　]+");
        StringBuilder sql = new StringBuilder("select n.* from board_note n join board b on b.id = n.board_id where b.case_id = :c");
        for (int i = 0; i < words.length; i++) {
            sql.append(" and lower(n.text) like :w").append(i).append(" escape '\\'");
        }
        sql.append(" order by b.sort_order, n.y, n.x");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("c", caseId);
            for (int i = 0; i < words.length; i++) {
                q.bind("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return q.mapTo(Note.class).list();
        });
    }

    // --- authors (an editable list shared by every board) ---

    public List<Speaker> authors() {
        return jdbi.withHandle(h -> h.createQuery("select name, colour from note_author order by sort_order")
                .map((rs, ctx) -> new Speaker(rs.getString(1), rs.getString(2))).list());
    }

    public void saveAuthors(List<Speaker> authors) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from note_author").execute();
            for (int i = 0; i < authors.size(); i++) {
                h.createUpdate("insert into note_author (name, colour, sort_order) values (:n, :c, :o)")
                        .bind("n", authors.get(i).name()).bind("c", authors.get(i).colour()).bind("o", i).execute();
            }
        });
    }

    // --- actions and their history ---

    /** The board's actions and their undo history (its model runs every action through it). */
    public UndoableModel.Storage history(UUID boardId) {
        return history.of(boardId);
    }

    /**
     * A 課題 is shared: the board owns what comes from its notes (statement, the bridged texts, votes), the 課題一覧
     * owns the rest (rank, level, kind, status, direction, department). A board action, its undo and its redo write
     * only the board's part, so they never take back what was decided in the list.
     */
    private void writeBoardFields(Handle h, CaseIssue target) {
        Optional<CaseIssue> current = h.createQuery("select * from case_issue where id = :id").bind("id", target.getId())
                .mapTo(CaseIssue.class).findOne();
        if (current.isEmpty()) {
            issues.save(h, target);
            return;
        }
        CaseIssue row = current.get();
        row.setStatement(target.getStatement());
        row.setVisionText(target.getVisionText());
        row.setCurrentText(target.getCurrentText());
        row.setVisionNoteId(target.getVisionNoteId());
        row.setCurrentNoteId(target.getCurrentNoteId());
        row.setNoteId(target.getNoteId());
        row.setVotes(target.getVotes());
        issues.save(h, row);
    }
}
