package jp.banso.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Lane;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Municipality;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.store.Store;

/**
 * One case as the forms read it, loaded from the store's repositories once per export (each list on first use),
 * so several files of the same case do not read the same rows again. The export's warm-up ({@link WarmUp}) gives the
 * forms a case held in memory instead ({@link #inMemory}).
 */
public final class CaseData {
    private final Store store;
    private final SupportCase supportCase;
    private final Municipality municipality;
    private final CaseSummary summary;
    private final List<Meeting> meetings;
    private final Map<String, Object> cache = new HashMap<>();

    private CaseData(Store store, SupportCase supportCase, Municipality municipality, CaseSummary summary, List<Meeting> meetings) {
        this.store = store;
        this.supportCase = supportCase;
        this.municipality = municipality;
        this.summary = summary;
        this.meetings = meetings;
    }

    public static CaseData load(Store store, UUID caseId) {
        SupportCase c = store.cases().find(caseId).orElseThrow(() -> new ReportException("ケースが見つかりません: " + caseId));
        Municipality m = store.cases().municipality(c.getMunicipalityId()).orElseGet(Municipality::new);
        CaseSummary s = store.cases().summary(caseId).orElseThrow(() -> new ReportException("ケースが見つかりません: " + caseId));
        return new CaseData(store, c, m, s, store.meetings().list(caseId));
    }

    /**
     * A case that is not in any store: its rows are the ones given with {@link #withMeetingRows}, {@link #withBoard} and
     * {@link #withCaseRows}, every other list is empty. Its {@link #store()} is null.
     */
    static CaseData inMemory(SupportCase supportCase, Municipality municipality, CaseSummary summary, List<Meeting> meetings) {
        return new CaseData(null, supportCase, municipality, summary, meetings);
    }

    /** An in-memory case's rows of one meeting. */
    CaseData withMeetingRows(UUID meetingId, List<Participant> participants, List<MeetingPart> parts, List<ActionItem> items) {
        return held(PARTICIPANTS + meetingId, participants).held(PARTS + meetingId, parts).held(ITEMS + meetingId, items);
    }

    /** One board of an in-memory case, with its lanes and notes. */
    CaseData withBoard(Board board, List<Lane> lanes, List<Note> notes) {
        List<Board> boards = new java.util.ArrayList<>(boards());
        boards.add(board);
        return held(BOARDS, List.copyOf(boards)).held(LANES + board.getId(), lanes).held(NOTES + board.getId(), notes);
    }

    /** An in-memory case's own rows. */
    CaseData withCaseRows(List<CaseIssue> issues, List<RoadmapItem> roadmap, List<ProgressEntry> progress, List<ProfileSnapshot> snapshots,
                          List<TeamMember> team, List<StateChange> states, List<ActionItem> openItems) {
        return held(ISSUES, issues).held(ROADMAP, roadmap).held(PROGRESS, progress).held(SNAPSHOTS, snapshots).held(TEAM, team)
                .held(STATES, states).held(OPEN_ITEMS, openItems);
    }

    private CaseData held(String key, List<?> rows) {
        if (store != null) {
            throw new IllegalStateException("rows are given only to a case held in memory");
        }
        synchronized (cache) {
            cache.put(key, List.copyOf(rows));
        }
        return this;
    }

    /** The store the case is read from; null for a case held in memory ({@link #inMemory}). */
    public Store store() {
        return store;
    }

    /** The data folder (restyled templates are looked up there), or null for a case held in memory. */
    public java.nio.file.Path directory() {
        return store == null ? null : store.directory();
    }

    public SupportCase supportCase() {
        return supportCase;
    }

    public Municipality municipality() {
        return municipality;
    }

    public CaseSummary summary() {
        return summary;
    }

    /** In date order (planned month where no date is set yet). */
    public List<Meeting> meetings() {
        return meetings;
    }

    public Optional<Meeting> meeting(UUID id) {
        return meetings.stream().filter(m -> m.getId().equals(id)).findFirst();
    }

    // the keys of the rows held, per kind (and per meeting or board where it says so)
    private static final String SNAPSHOTS = "snapshots";
    private static final String TEAM = "team";
    private static final String STATES = "states";
    private static final String OPEN_ITEMS = "openItems";
    private static final String FOLLOWS = "follows";
    private static final String PARTICIPANTS = "participants:";
    private static final String PARTS = "parts:";
    private static final String ITEMS = "items:";
    private static final String BOARDS = "boards";
    private static final String ISSUES = "issues";
    private static final String ROADMAP = "roadmap";
    private static final String PROGRESS = "progress";
    private static final String LANES = "lanes:";
    private static final String NOTES = "notes:";
    private static final String GROUPS = "groups:";
    private static final String LINKS = "links:";

    /** The rows under {@code key}: read once from the store, or (held in memory) what was given, else none. */
    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> load) {
        synchronized (cache) {
            return (T) cache.computeIfAbsent(key, k -> store == null ? List.of() : load.get());
        }
    }

    public List<ProfileSnapshot> snapshots() {
        return cached(SNAPSHOTS, () -> store.cases().snapshots(supportCase.getMunicipalityId()));
    }

    public List<TeamMember> team() {
        return cached(TEAM, () -> store.cases().team(supportCase.getId()));
    }

    public List<StateChange> states() {
        return cached(STATES, () -> store.cases().stateHistory(supportCase.getId()));
    }

    public List<ActionItem> openActionItems() {
        return cached(OPEN_ITEMS, () -> store.meetings().openActionItems(supportCase.getId()));
    }

    public Optional<CaseSummary> followedCase() {
        UUID f = supportCase.getFollowsCaseId();
        return f == null || store == null ? Optional.empty() : cached(FOLLOWS, () -> store.cases().summary(f));
    }

    public List<Participant> participants(UUID meetingId) {
        return cached(PARTICIPANTS + meetingId, () -> store.meetings().participants(meetingId));
    }

    public List<MeetingPart> parts(UUID meetingId) {
        return cached(PARTS + meetingId, () -> store.meetings().parts(meetingId));
    }

    public List<ActionItem> actionItems(UUID meetingId) {
        return cached(ITEMS + meetingId, () -> store.meetings().actionItems(meetingId));
    }

    public List<Board> boards() {
        return cached(BOARDS, () -> store.boards().boards(supportCase.getId()));
    }

    /** The boards of one meeting (null: the boards of the whole case that belong to no meeting). */
    public List<Board> boardsOf(UUID meetingId) {
        return boards().stream().filter(b -> java.util.Objects.equals(b.getMeetingId(), meetingId)).toList();
    }

    public List<CaseIssue> issues() {
        return cached(ISSUES, () -> store.boards().issues(supportCase.getId()));
    }

    /** Roadmap items in their roadmap order. */
    public List<RoadmapItem> roadmap() {
        return cached(ROADMAP, () -> store.roadmaps().items(supportCase.getId()));
    }

    /** Progress entries of every roadmap item, oldest first. */
    public List<ProgressEntry> progress() {
        return cached(PROGRESS, () -> store.roadmaps().entries(supportCase.getId()));
    }

    public List<Lane> lanes(UUID boardId) {
        return cached(LANES + boardId, () -> store.boards().lanes(boardId));
    }

    public List<Note> notes(UUID boardId) {
        return cached(NOTES + boardId, () -> store.boards().notes(boardId));
    }

    public List<NoteGroup> groups(UUID boardId) {
        return cached(GROUPS + boardId, () -> store.boards().groups(boardId));
    }

    public List<NoteLink> links(UUID boardId) {
        return cached(LINKS + boardId, () -> store.boards().links(boardId));
    }
}
