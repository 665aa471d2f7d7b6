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
 * so several files of the same case do not read the same rows again.
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

    public Store store() {
        return store;
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

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> load) {
        synchronized (cache) {
            return (T) cache.computeIfAbsent(key, k -> load.get());
        }
    }

    public List<ProfileSnapshot> snapshots() {
        return cached("snapshots", () -> store.cases().snapshots(supportCase.getMunicipalityId()));
    }

    public List<TeamMember> team() {
        return cached("team", () -> store.cases().team(supportCase.getId()));
    }

    public List<StateChange> states() {
        return cached("states", () -> store.cases().stateHistory(supportCase.getId()));
    }

    public List<ActionItem> openActionItems() {
        return cached("openItems", () -> store.meetings().openActionItems(supportCase.getId()));
    }

    public Optional<CaseSummary> followedCase() {
        UUID f = supportCase.getFollowsCaseId();
        return f == null ? Optional.empty() : cached("follows", () -> store.cases().summary(f));
    }

    public List<Participant> participants(UUID meetingId) {
        return cached("participants:" + meetingId, () -> store.meetings().participants(meetingId));
    }

    public List<MeetingPart> parts(UUID meetingId) {
        return cached("parts:" + meetingId, () -> store.meetings().parts(meetingId));
    }

    public List<ActionItem> actionItems(UUID meetingId) {
        return cached("items:" + meetingId, () -> store.meetings().actionItems(meetingId));
    }

    public List<Board> boards() {
        return cached("boards", () -> store.boards().boards(supportCase.getId()));
    }

    /** The boards of one meeting (null: the boards of the whole case that belong to no meeting). */
    public List<Board> boardsOf(UUID meetingId) {
        return boards().stream().filter(b -> java.util.Objects.equals(b.getMeetingId(), meetingId)).toList();
    }

    public List<CaseIssue> issues() {
        return cached("issues", () -> store.boards().issues(supportCase.getId()));
    }

    /** Roadmap items in their roadmap order. */
    public List<RoadmapItem> roadmap() {
        return cached("roadmap", () -> store.roadmaps().items(supportCase.getId()));
    }

    /** Progress entries of every roadmap item, oldest first. */
    public List<ProgressEntry> progress() {
        return cached("progress", () -> store.roadmaps().entries(supportCase.getId()));
    }

    public List<Lane> lanes(UUID boardId) {
        return cached("lanes:" + boardId, () -> store.boards().lanes(boardId));
    }

    public List<Note> notes(UUID boardId) {
        return cached("notes:" + boardId, () -> store.boards().notes(boardId));
    }

    public List<NoteGroup> groups(UUID boardId) {
        return cached("groups:" + boardId, () -> store.boards().groups(boardId));
    }

    public List<NoteLink> links(UUID boardId) {
        return cached("links:" + boardId, () -> store.boards().links(boardId));
    }
}
