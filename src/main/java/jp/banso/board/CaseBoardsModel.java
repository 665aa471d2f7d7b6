package jp.banso.board;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.Board;
import jp.banso.domain.Meeting;
import jp.banso.domain.Note;
import jp.banso.store.BoardRepository;
import jp.banso.store.MeetingRepository;

/**
 * State of the ボード page: the case's boards, the meetings they belong to, the templates a new board starts from and
 * a search across all their notes. One open board has its own {@link BoardModel}. No controls here.
 */
public final class CaseBoardsModel {
    private final BoardRepository boards;
    private final MeetingRepository meetings;
    private final UUID caseId;
    private final TemplateLibrary templates;

    public CaseBoardsModel(BoardRepository boards, MeetingRepository meetings, UUID caseId, TemplateLibrary templates) {
        this.boards = boards;
        this.meetings = meetings;
        this.caseId = caseId;
        this.templates = templates;
    }

    /** The templates a data folder offers: the built-in ones and those in its templates/boards folder. */
    public static TemplateLibrary templatesOf(Path dataDirectory) {
        return TemplateLibrary.load(dataDirectory.resolve("templates").resolve("boards"));
    }

    public TemplateLibrary templates() {
        return templates;
    }

    public List<Board> boards() {
        return boards.boards(caseId);
    }

    /** The case's meetings, which a board may belong to. */
    public List<Meeting> meetings() {
        return meetings.list(caseId);
    }

    /** Notes of any of the case's boards that contain the text; none for a blank text. */
    public List<Note> searchNotes(String text) {
        return text == null || text.isBlank() ? List.of() : boards.searchNotes(caseId, text);
    }

    /** Why a board is too large to open (counted, not read), if it is. */
    public Optional<String> tooLargeToOpen(Board b) {
        return BoardModel.tooLargeToOpen(boards, b.getId());
    }

    /** The model of one board, read from the store. */
    public BoardModel open(Board b) {
        return new BoardModel(boards, b.getId());
    }

    /** The store of boards, for the open board's editor (it keeps the list of speakers). */
    public BoardRepository repository() {
        return boards;
    }

    /** A new board from a template, for a meeting or (meetingId null) the whole case. */
    public Board create(UUID meetingId, String title, BoardTemplate template) {
        return BoardModel.create(boards, caseId, meetingId, title.length() > 200 ? title.substring(0, 200) : title, template);
    }

    public int noteCount(Board b) {
        return boards.noteCount(b.getId());
    }

    public void delete(Board b) {
        boards.deleteBoard(b.getId());
    }
}
