package jp.banso.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Edit;
import jp.banso.domain.Entity;
import jp.banso.domain.FieldError;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Limits;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteVote;
import jp.banso.domain.Text;
import jp.banso.domain.UndoableModel;
import jp.banso.domain.VoteRound;
import jp.banso.store.BoardRepository;

/**
 * A board and every action on it. Each action touches entities through an {@link Edit}, which keeps their state
 * before; the result is a {@link ChangeSet} written at once (with its undo history) in one transaction. Undo and redo
 * apply stored change sets, so they work for every action alike, and after the board is reopened
 * ({@link UndoableModel}; this class says only how its memory takes a change).
 * No JavaFX here: the views listen and redraw what changed.
 */
public final class BoardModel extends UndoableModel {

    /** A view of the board, told what each action, undo and redo changed. */
    public interface Listener extends UndoableModel.Listener {
    }

    private final BoardRepository repository;
    private final Board board;
    private final List<Lane> lanes = new ArrayList<>();
    private final Map<UUID, Note> notes = new LinkedHashMap<>();
    private final Map<UUID, NoteGroup> groups = new LinkedHashMap<>();
    private final Map<UUID, NoteLink> links = new LinkedHashMap<>();
    private final Map<UUID, CaseIssue> issues = new LinkedHashMap<>();
    private final Map<UUID, VoteRound> rounds = new LinkedHashMap<>();
    private final Map<UUID, NoteVote> roundVotes = new LinkedHashMap<>();

    public BoardModel(BoardRepository repository, UUID boardId) {
        super(repository.history(boardId), BoardException::new, Clock.systemUTC());
        this.repository = repository;
        this.board = repository.board(boardId).orElseThrow(() -> new BoardException("ボードが見つかりません"));
        tooLargeToOpen(repository, boardId).ifPresent(why -> {
            throw new BoardException(why);
        });
        lanes.addAll(repository.lanes(boardId));
        repository.notes(boardId).forEach(n -> notes.put(n.getId(), n));
        repository.groups(boardId).forEach(g -> groups.put(g.getId(), g));
        repository.links(boardId).forEach(l -> links.put(l.getId(), l));
        repository.rounds(boardId).forEach(r -> rounds.put(r.getId(), r));
        repository.votes(boardId).forEach(v -> roundVotes.put(v.getId(), v));
        repository.issues(board.getCaseId()).stream().filter(i -> boardId.equals(i.getBoardId()))
                .forEach(i -> issues.put(i.getId(), i));
        sortLanes();
    }

    /**
     * Reads the board again after sync brought changes from the team server: notes, lanes, groups, links, rounds, votes
     * and the board's 課題 added, changed or removed there enter memory, and the views redraw them. A note open in the
     * editor keeps what is being typed (the editor holds it; its save is the user's edit).
     */
    public void refresh() {
        UUID boardId = board.getId();
        List<Entity> inMemory = new ArrayList<>(lanes);
        inMemory.addAll(notes.values());
        inMemory.addAll(groups.values());
        inMemory.addAll(links.values());
        inMemory.addAll(rounds.values());
        inMemory.addAll(roundVotes.values());
        inMemory.addAll(issues.values());
        List<Entity> stored = new ArrayList<>(repository.lanes(boardId));
        stored.addAll(repository.notes(boardId));
        stored.addAll(repository.groups(boardId));
        stored.addAll(repository.links(boardId));
        stored.addAll(repository.rounds(boardId));
        stored.addAll(repository.votes(boardId));
        repository.issues(board.getCaseId()).stream().filter(i -> boardId.equals(i.getBoardId())).forEach(stored::add);
        tookServerChanges(inMemory, stored);
    }

    /**
     * Why a board is not opened (read into memory and drawn): more notes or lanes than a board can show
     * ({@link Limits}), counted without reading them. Such a board (an older version's, or written to the database by
     * other means) would take minutes and run out of memory; the screens add no more than the limits, and case files
     * beyond them are refused.
     */
    public static Optional<String> tooLargeToOpen(BoardRepository repository, UUID boardId) {
        int notes = repository.noteCount(boardId);
        if (Limits.NOTES_PER_BOARD.exceeded(notes)) {
            return Optional.of(Limits.NOTES_PER_BOARD.tooMany("このボード", notes));
        }
        int lanes = repository.laneCount(boardId);
        if (Limits.LANES_PER_BOARD.exceeded(lanes)) {
            return Optional.of(Limits.LANES_PER_BOARD.tooMany("このボード", lanes));
        }
        return Optional.empty();
    }

    /** Creates a board with lanes from a template. */
    public static Board create(BoardRepository repository, UUID caseId, UUID meetingId, String title, BoardTemplate template) {
        int boards = repository.boards(caseId).size();
        if (boards >= Limits.BOARDS_PER_CASE.max()) {
            throw new BoardException("ボードを追加できません。" + Limits.BOARDS_PER_CASE.reached() + "使わなくなったボードを削除してください。");
        }
        Board b = new Board();
        b.setCaseId(caseId);
        b.setMeetingId(meetingId);
        b.setTitle(oneLine("ボード名", title));
        b.setTemplateId(template.id());
        b.setSortOrder(boards);
        List<Lane> list = new ArrayList<>();
        for (LaneSpec spec : template.lanes()) {
            Lane l = new Lane();
            l.setBoardId(b.getId());
            l.setTitle(spec.title());
            l.setRole(spec.role());
            l.setColour(spec.colour());
            l.setSortOrder(list.size());
            list.add(l);
        }
        repository.create(b, list);
        return b;
    }

    // --- reading ---

    public Board board() {
        return board;
    }

    public List<Lane> lanes() {
        return List.copyOf(lanes);
    }

    public Optional<Lane> lane(UUID laneId) {
        return lanes.stream().filter(l -> l.getId().equals(laneId)).findFirst();
    }

    public int laneIndex(UUID laneId) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).getId().equals(laneId)) {
                return i;
            }
        }
        return -1;
    }

    public Collection<Note> notes() {
        return java.util.Collections.unmodifiableCollection(notes.values());
    }

    public Note note(UUID id) {
        return notes.get(id);
    }

    public List<Note> notesIn(UUID laneId) {
        return notes.values().stream().filter(n -> Objects.equals(n.getLaneId(), laneId)).collect(Collectors.toList());
    }

    public Collection<NoteGroup> groups() {
        return java.util.Collections.unmodifiableCollection(groups.values());
    }

    public NoteGroup group(UUID id) {
        return groups.get(id);
    }

    public List<Note> members(UUID groupId) {
        return notes.values().stream().filter(n -> groupId.equals(n.getGroupId())).collect(Collectors.toList());
    }

    public Collection<NoteLink> links() {
        return java.util.Collections.unmodifiableCollection(links.values());
    }

    /** The case 課題 promoted from this note, if any. */
    public Optional<CaseIssue> issueOf(UUID noteId) {
        return issues.values().stream().filter(i -> noteId.equals(i.getNoteId())).findFirst();
    }

    /** Notes whose text contains every word (case-insensitive), in reading order. */
    public List<Note> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] words = text.toLowerCase(java.util.Locale.ROOT).strip().split("[\\s　]+");
        return notes.values().stream().filter(n -> {
            String t = n.getText().toLowerCase(java.util.Locale.ROOT);
            for (String w : words) {
                if (!t.contains(w)) {
                    return false;
                }
            }
            return true;
        }).sorted(BoardLayout.READING_ORDER).collect(Collectors.toList());
    }

    // --- notes ---

    /**
     * Capture: a new note in the lane (or on the free canvas), in the lane's first free slot. The text is cleaned, the
     * note checked by its rule ({@link Note#validate}), then created: stored with its undo entry and kept in memory.
     */
    public Note addNote(UUID laneId, String text, String author) {
        roomForANote();
        if (laneId != null && laneIndex(laneId) < 0) {
            throw new BoardException("レーンが見つかりません（削除された可能性があります）");
        }
        Note n = new Note();
        n.setBoardId(board.getId());
        n.setLaneId(laneId);
        n.setText(cleanText(text));
        n.setAuthor(author);
        n.setHeight(BoardLayout.fittedHeight(n.getText(), n.getWidth())); // a note grows with its text
        // free slots are looked for among all notes: a note without a lane may sit in the column too
        double[] slot = BoardLayout.nextFreeSlot(BoardLayout.laneX(laneId != null ? laneIndex(laneId) : lanes.size()), notes.values(),
                n.getHeight());
        n.setX(slot[0]);
        n.setY(slot[1]);
        run("付箋を追加", e -> e.create(checked(n)));
        return n;
    }

    public void editText(UUID noteId, String text) {
        Note n = required(noteId);
        String clean = cleanText(text);
        if (clean.equals(n.getText())) {
            return;
        }
        run("付箋を編集", e -> {
            e.touch(n).setText(clean);
            n.setHeight(Math.max(n.getHeight(), BoardLayout.fittedHeight(clean, n.getWidth()))); // grows, never shrinks what was sized
            checked(n); // refused: the edit is taken back
            for (CaseIssue i : issues.values()) {
                if (noteId.equals(i.getNoteId())) {
                    e.touch(i).setStatement(clean);
                }
                if (noteId.equals(i.getVisionNoteId())) {
                    e.touch(i).setVisionText(clean);
                }
                if (noteId.equals(i.getCurrentNoteId())) {
                    e.touch(i).setCurrentText(clean);
                }
            }
        });
    }

    /** Drop after a drag: new top-left corners; a note dropped into another lane's column joins that lane. */
    public void move(Map<UUID, double[]> positions) {
        move("付箋を移動", positions);
    }

    /** Moves an island: all its members by the same distance, one step to undo. */
    public void moveGroup(UUID groupId, double dx, double dy) {
        if (!groups.containsKey(groupId)) {
            throw new BoardException("グループが見つかりません（解除された可能性があります）");
        }
        Map<UUID, double[]> positions = new LinkedHashMap<>();
        members(groupId).forEach(n -> positions.put(n.getId(), new double[] {n.getX() + dx, n.getY() + dy}));
        move("グループを移動", positions);
    }

    private void move(String label, Map<UUID, double[]> positions) {
        run(label, e -> positions.forEach((id, p) -> {
            Note n = required(id);
            double x = BoardLayout.clamp(p[0]);
            double y = BoardLayout.clamp(p[1]);
            if (x == n.getX() && y == n.getY()) {
                return;
            }
            e.touch(n);
            n.setX(x);
            n.setY(y);
            if (!lanes.isEmpty()) {
                int index = BoardLayout.laneIndexAt(n.centerX(), lanes.size());
                n.setLaneId(index >= 0 ? lanes.get(index).getId() : null);
            }
        }));
    }

    public void setColour(Collection<UUID> ids, String colour) {
        if (colour != null) {
            checkColour(colour); // null: back to the lane's colour
        }
        run("色を変更", e -> ids.forEach(id -> e.touch(required(id)).setColour(colour)));
    }

    public void setAuthor(Collection<UUID> ids, String author) {
        run("発言者を変更", e -> ids.forEach(id -> e.touch(required(id)).setAuthor(author)));
    }

    public void resize(UUID id, double width, double height) {
        run("大きさを変更", e -> {
            Note n = e.touch(required(id));
            n.setWidth(Note.allowedWidth(width));
            n.setHeight(Note.allowedHeight(height));
        });
    }

    public void delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        run(ids.size() == 1 ? "付箋を削除" : ids.size() + "枚の付箋を削除", e -> {
            Set<UUID> groupsTouched = new java.util.HashSet<>();
            for (UUID id : ids) {
                Note n = required(id);
                if (n.getGroupId() != null) {
                    groupsTouched.add(n.getGroupId());
                }
                e.delete(n);
            }
            for (NoteLink l : List.copyOf(links.values())) {
                if (ids.contains(l.getFromNoteId()) || ids.contains(l.getToNoteId())) {
                    e.delete(l);
                }
            }
            dropVotesOn(e, ids);
            dropEmptyGroups(e, groupsTouched);
        });
    }

    // --- groups (KJ法の島) ---

    public NoteGroup group(Collection<UUID> ids, String title) {
        if (ids.size() < 2) {
            throw new BoardException("グループにする付箋を2枚以上選んでください");
        }
        String name = Text.isBlank(title) ? "グループ" : oneLine("グループ名", title);
        checkGroupTitle(name);
        NoteGroup g = new NoteGroup();
        g.setBoardId(board.getId());
        g.setTitle(name);
        run("グループ化", e -> {
            e.create(g);
            Set<UUID> previous = new java.util.HashSet<>();
            for (UUID id : ids) {
                Note n = e.touch(required(id));
                if (n.getGroupId() != null) {
                    previous.add(n.getGroupId());
                }
                n.setGroupId(g.getId());
            }
            dropEmptyGroups(e, previous);
        });
        return g;
    }

    public void ungroup(UUID groupId) {
        NoteGroup g = groups.get(groupId);
        if (g == null) {
            return;
        }
        run("グループを解除", e -> {
            members(groupId).forEach(n -> e.touch(n).setGroupId(null));
            e.delete(g);
        });
    }

    public void renameGroup(UUID groupId, String title) {
        NoteGroup g = groups.get(groupId);
        if (g == null || title == null || title.isBlank() || title.strip().equals(g.getTitle())) {
            return;
        }
        String name = oneLine("グループ名", title);
        checkGroupTitle(name);
        run("グループ名を変更", e -> e.touch(g).setTitle(name));
    }

    private static void checkGroupTitle(String title) {
        if (title.codePointCount(0, title.length()) > 200) {
            throw new BoardException("グループ名は200文字以内にしてください");
        }
    }

    private void dropEmptyGroups(Edit e, Set<UUID> candidates) {
        for (UUID gid : candidates) {
            NoteGroup g = groups.get(gid);
            boolean hasMembers = notes.values().stream().anyMatch(n -> gid.equals(n.getGroupId()) && !e.isDeleted(n.getId()));
            if (g != null && !hasMembers) {
                e.delete(g);
            }
        }
    }

    // --- voting and priority ---

    /** Free voting: one sticker more (delta 1) or one less (delta -1, never below zero). */
    public void vote(UUID id, int delta) {
        Note n = required(id);
        int votes = Math.max(0, n.getVotes() + delta);
        if (votes == n.getVotes()) {
            return;
        }
        run(delta > 0 ? "投票" : "投票を取り消し", e -> setVotes(e, n, votes));
    }

    /**
     * A click in vote mode: a vote of the open round (by {@code voter}, the current speaker), or a free vote when no
     * round is open. Delta -1 takes back one of the voter's votes on the note (any vote in an anonymous round).
     */
    public void vote(UUID id, int delta, String voter) {
        Optional<VoteRound> open = openRound();
        if (open.isEmpty()) {
            vote(id, delta);
            return;
        }
        VoteRound round = open.get();
        Note n = required(id);
        String who = round.isAnonymous() ? null : voter == null || voter.isBlank() ? null : voter.strip();
        if (!round.isAnonymous() && who == null) {
            throw new BoardException("投票ラウンド中です。投票する人を「発言者」で選んでください");
        }
        if (delta > 0) {
            int left = votesLeft(who).orElse(Integer.MAX_VALUE);
            if (left <= 0) {
                throw new BoardException(round.isAnonymous()
                        ? "この投票ラウンドの票はもう残っていません（全部で" + round.totalVotes() + "票）"
                        : who + "さんの票はもう残っていません（1人" + round.getVotesPerPerson() + "票まで）");
            }
            NoteVote v = new NoteVote();
            v.setBoardId(board.getId());
            v.setRoundId(round.getId());
            v.setNoteId(id);
            v.setVoter(who);
            run("投票", e -> {
                e.create(v);
                setVotes(e, n, n.getVotes() + 1);
            });
        } else {
            Optional<NoteVote> mine = roundVotes.values().stream().filter(v -> v.getRoundId().equals(round.getId())
                    && v.getNoteId().equals(id) && Objects.equals(v.getVoter(), who)).reduce((a, b) -> b);
            mine.ifPresent(v -> run("投票を取り消し", e -> {
                e.delete(v);
                setVotes(e, n, Math.max(0, n.getVotes() - 1));
            }));
        }
    }

    private void setVotes(Edit e, Note n, int votes) {
        e.touch(n).setVotes(votes);
        issueOf(n.getId()).ifPresent(i -> e.touch(i).setVotes(votes));
    }

    public void resetVotes() {
        run("投票をリセット", e -> {
            notes.values().stream().filter(n -> n.getVotes() > 0).forEach(n -> setVotes(e, n, 0));
            openRound().ifPresent(r -> votesOf(r.getId()).forEach(e::delete)); // the open round starts again
        });
    }

    // --- voting rounds ---

    public List<VoteRound> rounds() {
        return List.copyOf(rounds.values());
    }

    /** The round being voted in, if any (free voting otherwise). */
    public Optional<VoteRound> openRound() {
        return rounds.values().stream().filter(r -> !r.isClosed()).findFirst();
    }

    /**
     * Opens a round: each person has {@code votesPerPerson} votes; anonymous rounds hold that many for each of
     * {@code participants} people and record no voter.
     */
    public VoteRound startRound(int votesPerPerson, boolean anonymous, Integer participants) {
        if (openRound().isPresent()) {
            throw new BoardException("投票ラウンドはもう始まっています。締めてから次のラウンドを始めてください");
        }
        if (votesPerPerson < 1 || votesPerPerson > 99) {
            throw new BoardException("1人の票数は1〜99で指定してください");
        }
        if (anonymous && (participants == null || participants < 1 || participants > 999)) {
            throw new BoardException("無記名の投票では、投票する人数を1〜999で指定してください");
        }
        VoteRound r = new VoteRound();
        r.setBoardId(board.getId());
        r.setVotesPerPerson(votesPerPerson);
        r.setAnonymous(anonymous);
        r.setParticipants(anonymous ? participants : null);
        run("投票ラウンドを開始", e -> e.create(r));
        return r;
    }

    /** Votes the voter has left in the open round (all the round has left when it is anonymous); empty: free voting. */
    public java.util.OptionalInt votesLeft(String voter) {
        Optional<VoteRound> open = openRound();
        if (open.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        VoteRound r = open.get();
        List<NoteVote> cast = votesOf(r.getId());
        if (r.isAnonymous()) {
            return java.util.OptionalInt.of(Math.max(0, r.totalVotes() - cast.size()));
        }
        String who = voter == null ? null : voter.strip();
        long used = cast.stream().filter(v -> Objects.equals(v.getVoter(), who)).count();
        return java.util.OptionalInt.of((int) Math.max(0, r.getVotesPerPerson() - used));
    }

    public List<NoteVote> votesOf(UUID roundId) {
        return roundVotes.values().stream().filter(v -> v.getRoundId().equals(roundId)).collect(Collectors.toList());
    }

    /** A note's place in a round's results. */
    public record RoundResult(Note note, int votes, Map<String, Integer> byVoter) {
    }

    /** The notes that got votes in the round, most first (then reading order); by speaker, who gave them. */
    public List<RoundResult> results(UUID roundId) {
        Map<UUID, List<NoteVote>> byNote = votesOf(roundId).stream().filter(v -> notes.containsKey(v.getNoteId()))
                .collect(Collectors.groupingBy(NoteVote::getNoteId, LinkedHashMap::new, Collectors.toList()));
        return byNote.entrySet().stream().map(en -> {
            Map<String, Integer> voters = new java.util.TreeMap<>();
            en.getValue().stream().filter(v -> v.getVoter() != null).forEach(v -> voters.merge(v.getVoter(), 1, Integer::sum));
            return new RoundResult(notes.get(en.getKey()), en.getValue().size(), voters);
        }).sorted(Comparator.comparingInt(RoundResult::votes).reversed().thenComparing(RoundResult::note, BoardLayout.READING_ORDER))
                .collect(Collectors.toList());
    }

    /**
     * Closes the open round and lays out every lane by its votes, most first (one step to undo). Returns the results.
     */
    public List<RoundResult> closeRound() {
        VoteRound r = openRound().orElseThrow(() -> new BoardException("開いている投票ラウンドがありません"));
        Map<UUID, Integer> count = new java.util.HashMap<>();
        votesOf(r.getId()).forEach(v -> count.merge(v.getNoteId(), 1, Integer::sum));
        Comparator<Note> byRound = Comparator.<Note>comparingInt(n -> count.getOrDefault(n.getId(), 0)).reversed()
                .thenComparing(BoardLayout.READING_ORDER);
        run("投票ラウンドを締める", e -> {
            e.touch(r).setClosed(true);
            for (int i = 0; i < lanes.size(); i++) {
                List<Note> inLane = notesIn(lanes.get(i).getId());
                inLane.sort(byRound);
                inLane.forEach(e::touch);
                BoardLayout.arrange(BoardLayout.laneX(i), inLane);
            }
        });
        return results(r.getId());
    }

    private void dropVotesOn(Edit e, Collection<UUID> noteIds) {
        roundVotes.values().stream().filter(v -> noteIds.contains(v.getNoteId())).toList().forEach(e::delete);
    }

    public void togglePriority(Collection<UUID> ids) {
        boolean allMarked = ids.stream().allMatch(id -> required(id).isPriority());
        run(allMarked ? "優先の印を外す" : "優先の印をつける", e -> ids.forEach(id -> e.touch(required(id)).setPriority(!allMarked)));
    }

    // --- arranging lanes ---

    public void tidyLane(UUID laneId) {
        tidyLanes(List.of(laneId));
    }

    /** Lines up the notes of each lane (the lanes of the selected notes), in one action. */
    public void tidyLanes(Collection<UUID> laneIds) {
        arrangeLanes("レーンを整列", laneIds, BoardLayout.READING_ORDER);
    }

    public void sortLaneByVotes(UUID laneId) {
        sortLanesByVotes(List.of(laneId));
    }

    public void sortLanesByVotes(Collection<UUID> laneIds) {
        arrangeLanes("投票数で並べ替え", laneIds, Comparator.comparingInt(Note::getVotes).reversed().thenComparing(BoardLayout.READING_ORDER));
    }

    private void arrangeLanes(String label, Collection<UUID> laneIds, Comparator<Note> order) {
        Map<Integer, List<Note>> byLane = new LinkedHashMap<>();
        for (UUID laneId : laneIds) {
            int index = laneIndex(laneId);
            if (index >= 0) {
                List<Note> inLane = notesIn(laneId);
                inLane.sort(order);
                byLane.put(index, inLane);
            }
        }
        if (byLane.isEmpty()) {
            return;
        }
        run(label, e -> byLane.forEach((index, inLane) -> {
            inLane.forEach(e::touch);
            BoardLayout.arrange(BoardLayout.laneX(index), inLane);
        }));
    }

    // --- gap to 課題 ---

    /**
     * あるべき姿 − 現状 = 課題: a new 課題 note in the 課題 lane, linked to the two notes it bridges.
     * Without a 課題 lane, one is added in the same action.
     */
    public Note createIssue(UUID visionNoteId, UUID currentNoteId, String text) {
        Note vision = required(visionNoteId);
        Note current = required(currentNoteId);
        roomForANote();
        String clean = cleanText(text == null || text.isBlank() ? "（課題）" : text);
        Note issue = new Note();
        issue.setBoardId(board.getId());
        issue.setText(clean);
        run("課題をつくる", e -> {
            Lane lane = lanes.stream().filter(l -> l.getRole() == LaneRole.ISSUE).findFirst().orElseGet(() -> {
                Lane l = newLane("課題", LaneRole.ISSUE, "#F8BBD0");
                e.create(l);
                return l;
            });
            issue.setLaneId(lane.getId());
            double[] slot = BoardLayout.nextFreeSlot(BoardLayout.laneX(laneIndexIncluding(lane)), notes.values());
            issue.setX(slot[0]);
            issue.setY(slot[1]);
            e.create(checked(issue));
            e.create(link(issue, vision, LaneRole.VISION));
            e.create(link(issue, current, LaneRole.CURRENT));
        });
        return issue;
    }

    private int laneIndexIncluding(Lane lane) {
        int i = laneIndex(lane.getId());
        return i >= 0 ? i : lanes.size();
    }

    private NoteLink link(Note from, Note to, LaneRole kind) {
        NoteLink l = new NoteLink();
        l.setBoardId(board.getId());
        l.setFromNoteId(from.getId());
        l.setToNoteId(to.getId());
        l.setKind(kind);
        return l;
    }

    /** The あるべき姿 / 現状 note a 課題 note is linked to. */
    public Optional<Note> linked(UUID issueNoteId, LaneRole kind) {
        return links.values().stream().filter(l -> l.getFromNoteId().equals(issueNoteId) && l.getKind() == kind)
                .map(l -> notes.get(l.getToNoteId())).filter(Objects::nonNull).findFirst();
    }

    /**
     * 課題に登録: each note not yet registered becomes a 課題 of the case, with the notes it bridges and its votes,
     * and returns them. New ones are ranked after the case's existing 課題, most votes first; a note marked priority
     * starts as 高. Registered notes already follow their 課題 (text and votes), so they are left alone; if every
     * chosen note is registered, nothing happens and the refusal says so.
     */
    public List<CaseIssue> promote(Collection<UUID> ids) {
        List<Note> all = ids.stream().map(this::required).toList();
        List<Note> chosen = all.stream().filter(n -> issueOf(n.getId()).isEmpty()).sorted(Comparator.comparingInt(Note::getVotes).reversed()
                .thenComparing(BoardLayout.READING_ORDER)).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        if (chosen.isEmpty()) {
            throw new BoardException(all.size() == 1 ? "この付箋はもう課題に登録されています（「課題」の印がついています）"
                    : "選んだ付箋はどれも課題に登録済みです（「課題」の印がついています）");
        }
        int nextRank = repository.issues(board.getCaseId()).stream().map(CaseIssue::getRank).filter(Objects::nonNull)
                .max(Integer::compare).orElse(0) + 1;
        List<CaseIssue> result = new ArrayList<>();
        int[] rank = {nextRank};
        run("課題に登録", e -> {
            for (Note n : chosen) {
                CaseIssue i = new CaseIssue();
                i.setCaseId(board.getCaseId());
                i.setBoardId(board.getId());
                i.setNoteId(n.getId());
                i.setRank(rank[0]++);
                i.setLevel(n.isPriority() ? IssueLevel.HIGH : null);
                i.setStatement(n.getText());
                i.setVotes(n.getVotes());
                linked(n.getId(), LaneRole.VISION).ifPresent(v -> {
                    i.setVisionNoteId(v.getId());
                    i.setVisionText(v.getText());
                });
                linked(n.getId(), LaneRole.CURRENT).ifPresent(c -> {
                    i.setCurrentNoteId(c.getId());
                    i.setCurrentText(c.getText());
                });
                e.create(i);
                result.add(i);
            }
        });
        return result;
    }

    // --- lanes ---

    /** One more note would still open ({@link Limits#NOTES_PER_BOARD}); else refused, the text left where it was typed. */
    private void roomForANote() {
        if (notes.size() >= Limits.NOTES_PER_BOARD.max()) {
            throw new BoardException("付箋を追加できません。" + Limits.NOTES_PER_BOARD.reached() + "新しいボードに分けて続けてください。");
        }
    }

    public Lane addLane(String title, LaneRole role, String colour) {
        if (lanes.size() >= Limits.LANES_PER_BOARD.max()) {
            throw new BoardException("レーンを追加できません。" + Limits.LANES_PER_BOARD.reached());
        }
        if (colour != null) {
            checkColour(colour);
        }
        Lane l = newLane(checkLaneTitle(title), role, colour);
        run("レーンを追加", e -> e.create(l));
        return l;
    }

    private Lane newLane(String title, LaneRole role, String colour) {
        Lane l = new Lane();
        l.setBoardId(board.getId());
        l.setTitle(title);
        l.setRole(role == null ? LaneRole.OTHER : role);
        l.setColour(colour == null ? "#FFF59D" : colour);
        l.setSortOrder(lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).getSortOrder() + 1);
        return l;
    }

    public void renameLane(UUID laneId, String title) {
        Lane l = requiredLane(laneId);
        String t = checkLaneTitle(title);
        if (!t.equals(l.getTitle())) {
            run("レーン名を変更", e -> e.touch(l).setTitle(t));
        }
    }

    public void recolourLane(UUID laneId, String colour) {
        checkColour(colour);
        Lane l = requiredLane(laneId);
        run("レーンの色を変更", e -> e.touch(l).setColour(colour));
    }

    /** Moves a lane to another place; its notes travel with it, and so do the lanes it passes. */
    public void moveLane(UUID laneId, int newIndex) {
        int from = laneIndex(laneId);
        int to = Math.max(0, Math.min(lanes.size() - 1, newIndex));
        if (from < 0 || from == to) {
            return;
        }
        List<Lane> reordered = new ArrayList<>(lanes);
        reordered.add(to, reordered.remove(from));
        run("レーンを移動", e -> {
            for (int i = 0; i < reordered.size(); i++) {
                Lane l = reordered.get(i);
                int old = laneIndex(l.getId());
                if (old != i) {
                    double dx = BoardLayout.laneX(i) - BoardLayout.laneX(old);
                    e.touch(l).setSortOrder(i);
                    notesIn(l.getId()).forEach(n -> e.touch(n).setX(n.getX() + dx));
                }
            }
        });
    }

    /**
     * Deletes a lane. Its notes go with it, or (moveTo given) move to that lane's free slots. Undo brings all back.
     */
    public void deleteLane(UUID laneId, UUID moveTo) {
        Lane l = requiredLane(laneId);
        if (moveTo != null && (moveTo.equals(laneId) || laneIndex(moveTo) < 0)) {
            throw new BoardException("付箋の移動先のレーンが正しくありません");
        }
        List<Note> inLane = notesIn(laneId);
        run("レーンを削除", e -> {
            if (moveTo != null) {
                int target = laneIndex(moveTo);
                List<Note> there = notes.values().stream().filter(n -> !laneId.equals(n.getLaneId())).collect(Collectors.toList());
                for (Note n : inLane) {
                    double[] slot = BoardLayout.nextFreeSlot(BoardLayout.laneX(target), there);
                    e.touch(n);
                    n.setLaneId(moveTo);
                    n.setX(slot[0]);
                    n.setY(slot[1]);
                    there.add(n);
                }
            } else {
                Set<UUID> ids = inLane.stream().map(Note::getId).collect(Collectors.toSet());
                Set<UUID> groupsTouched = new java.util.HashSet<>();
                inLane.forEach(n -> {
                    if (n.getGroupId() != null) {
                        groupsTouched.add(n.getGroupId());
                    }
                    e.delete(n);
                });
                for (NoteLink link : List.copyOf(links.values())) {
                    if (ids.contains(link.getFromNoteId()) || ids.contains(link.getToNoteId())) {
                        e.delete(link);
                    }
                }
                dropVotesOn(e, ids);
                dropEmptyGroups(e, groupsTouched);
            }
            e.delete(l);
            // the lanes to the right close the gap, notes with them
            int index = laneIndex(laneId);
            for (int i = index + 1; i < lanes.size(); i++) {
                Lane right = lanes.get(i);
                double dx = BoardLayout.laneX(i - 1) - BoardLayout.laneX(i);
                e.touch(right).setSortOrder(i - 1);
                notesIn(right.getId()).stream().filter(n -> !e.isDeleted(n.getId())).forEach(n -> e.touch(n).setX(n.getX() + dx));
            }
        });
    }

    private Lane requiredLane(UUID laneId) {
        return lane(laneId).orElseThrow(() -> new BoardException("レーンが見つかりません（削除された可能性があります）"));
    }

    private static void checkColour(String colour) {
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new BoardException("色は #RRGGBB の形で指定してください");
        }
    }

    private static String checkLaneTitle(String title) {
        if (Text.isBlank(title)) {
            throw new BoardException("レーン名を入力してください");
        }
        String t = oneLine("レーン名", title);
        if (t.length() > 100) {
            throw new BoardException("レーン名は100文字以内にしてください");
        }
        return t;
    }

    /** A title as the one-line rule keeps it (trimmed, no bidi controls), or refused as every form refuses it. */
    private static String oneLine(String what, String title) {
        String refused = Text.refusal(title, false);
        if (refused != null) {
            throw new BoardException(what + "に" + refused);
        }
        return Text.line(title);
    }

    // --- memory: how the live entities take a change ---

    @Override
    protected void putInMemory(Entity e) {
        if (e instanceof Note n) {
            Note live = notes.get(n.getId());
            if (live != null && live != n) {
                copyInto(n, live); // keep the instance views hold on to
            } else {
                notes.put(n.getId(), n);
            }
        } else if (e instanceof Lane l) {
            lanes.removeIf(x -> x.getId().equals(l.getId()));
            lanes.add(l);
        } else if (e instanceof NoteGroup g) {
            groups.put(g.getId(), g);
        } else if (e instanceof NoteLink l) {
            links.put(l.getId(), l);
        } else if (e instanceof CaseIssue i) {
            issues.put(i.getId(), i);
        } else if (e instanceof VoteRound r) {
            VoteRound live = rounds.get(r.getId());
            if (live != null && live != r) {
                live.setClosed(r.isClosed()); // the only thing a round's actions change
            } else {
                rounds.put(r.getId(), r);
            }
        } else if (e instanceof NoteVote v) {
            roundVotes.put(v.getId(), v);
        }
    }

    @Override
    protected void removeFromMemory(Entity e) {
        if (e instanceof Note) {
            notes.remove(e.getId());
        } else if (e instanceof Lane) {
            lanes.removeIf(x -> x.getId().equals(e.getId()));
        } else if (e instanceof NoteGroup) {
            groups.remove(e.getId());
        } else if (e instanceof NoteLink) {
            links.remove(e.getId());
        } else if (e instanceof CaseIssue) {
            issues.remove(e.getId());
        } else if (e instanceof VoteRound) {
            rounds.remove(e.getId());
        } else if (e instanceof NoteVote) {
            roundVotes.remove(e.getId());
        }
    }

    private static void copyInto(Note from, Note to) {
        to.setLaneId(from.getLaneId());
        to.setGroupId(from.getGroupId());
        to.setText(from.getText());
        to.setColour(from.getColour());
        to.setAuthor(from.getAuthor());
        to.setX(from.getX());
        to.setY(from.getY());
        to.setWidth(from.getWidth());
        to.setHeight(from.getHeight());
        to.setVotes(from.getVotes());
        to.setPriority(from.isPriority());
        to.setCreatedAt(from.getCreatedAt());
        to.setUpdatedAt(from.getUpdatedAt());
    }

    @Override
    protected void memoryChanged() {
        sortLanes();
    }

    private void sortLanes() {
        lanes.sort(Comparator.comparingInt(Lane::getSortOrder));
    }

    private Note required(UUID id) {
        Note n = notes.get(id);
        if (n == null) {
            throw new BoardException("付箋が見つかりません（削除された可能性があります）");
        }
        return n;
    }

    /** Keeps line breaks and tabs, drops other control characters and the spaces around (the note's rule checks the rest). */
    static String cleanText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return Text.lines(b.toString()).strip();
    }

    /** The note as its rule allows it ({@link Note#validate}: text length and characters, speaker, size, place); else refused. */
    private static Note checked(Note n) {
        List<FieldError> errors = n.validate();
        if (!errors.isEmpty()) {
            throw new BoardException(errors.stream().map(FieldError::message).distinct().collect(Collectors.joining("\n")));
        }
        return n;
    }
}
