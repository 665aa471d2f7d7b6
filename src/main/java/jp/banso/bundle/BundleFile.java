package jp.banso.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.Lane;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Municipality;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteVote;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Speaker;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.VoteRound;

/**
 * A case bundle as it is in the file ({@code .banso}, JSON, UTF-8): a header, the speakers' list, the municipalities
 * of the cases with their profile snapshots, and per case every entity it owns. Entities are written with every
 * column of their table (nulls included), id first and the timestamps last, so two exports of the same data are
 * equal line by line.
 */
@JsonPropertyOrder({"format", "formatVersion", "appVersion", "exportedAt", "noteAuthors", "municipalities", "profileSnapshots", "cases"})
public final class BundleFile {
    /** Always {@link BundleFormat#FORMAT}: tells a bundle from any other JSON. */
    public String format;
    /** The layout of this file: an app reads the versions it knows and refuses newer ones. */
    public Integer formatVersion;
    /** The app that wrote it (for people; the format version decides). */
    public String appVersion;
    public Instant exportedAt;
    /** The board's speakers (発言者) with their colours; merged by name on import. */
    public List<Speaker> noteAuthors = new ArrayList<>();
    public List<Municipality> municipalities = new ArrayList<>();
    public List<ProfileSnapshot> profileSnapshots = new ArrayList<>();
    public List<CaseEntry> cases = new ArrayList<>();

    /** One case and everything it owns, as flat lists (each entity names its parent by id). */
    @JsonPropertyOrder({"case", "fiscalYears", "team", "stateHistory", "meetings", "meetingParts", "participants", "actionItems",
        "boards", "lanes", "noteGroups", "notes", "noteLinks", "voteRounds", "noteVotes", "issues", "roadmapItems", "progressEntries",
        "deletions"})
    public static final class CaseEntry {
        @JsonProperty("case")
        public SupportCase supportCase;
        /** 年度 (case_fiscal_year): part of the case; compared and taken with it. */
        public List<Integer> fiscalYears = new ArrayList<>();
        public List<TeamMember> team = new ArrayList<>();
        public List<StateChange> stateHistory = new ArrayList<>();
        public List<Meeting> meetings = new ArrayList<>();
        public List<MeetingPart> meetingParts = new ArrayList<>();
        public List<Participant> participants = new ArrayList<>();
        public List<ActionItem> actionItems = new ArrayList<>();
        public List<Board> boards = new ArrayList<>();
        public List<Lane> lanes = new ArrayList<>();
        public List<NoteGroup> noteGroups = new ArrayList<>();
        public List<Note> notes = new ArrayList<>();
        public List<NoteLink> noteLinks = new ArrayList<>();
        public List<VoteRound> voteRounds = new ArrayList<>();
        public List<NoteVote> noteVotes = new ArrayList<>();
        public List<CaseIssue> issues = new ArrayList<>();
        public List<RoadmapItem> roadmapItems = new ArrayList<>();
        public List<ProgressEntry> progressEntries = new ArrayList<>();
        /** What was deleted from the case (format 2 on; older files have none): so deletions travel with the file too. */
        public List<Deletion> deletions = new ArrayList<>();

        /** The list of one kind owned by the case (the case itself as a list of one). */
        public List<? extends Entity> list(BundleKind kind) {
            List<? extends Entity> l = switch (kind) {
                case CASE -> supportCase == null ? List.of() : List.of(supportCase);
                case TEAM_MEMBER -> team;
                case STATE_CHANGE -> stateHistory;
                case MEETING -> meetings;
                case MEETING_PART -> meetingParts;
                case PARTICIPANT -> participants;
                case ACTION_ITEM -> actionItems;
                case BOARD -> boards;
                case LANE -> lanes;
                case NOTE_GROUP -> noteGroups;
                case NOTE -> notes;
                case NOTE_LINK -> noteLinks;
                case VOTE_ROUND -> voteRounds;
                case NOTE_VOTE -> noteVotes;
                case ISSUE -> issues;
                case ROADMAP_ITEM -> roadmapItems;
                case PROGRESS_ENTRY -> progressEntries;
                case MUNICIPALITY, PROFILE_SNAPSHOT -> List.of();
            };
            return l == null ? List.of() : l;
        }

        @SuppressWarnings("unchecked")
        void set(BundleKind kind, List<? extends Entity> rows) {
            switch (kind) {
                case TEAM_MEMBER -> team = (List<TeamMember>) rows;
                case STATE_CHANGE -> stateHistory = (List<StateChange>) rows;
                case MEETING -> meetings = (List<Meeting>) rows;
                case MEETING_PART -> meetingParts = (List<MeetingPart>) rows;
                case PARTICIPANT -> participants = (List<Participant>) rows;
                case ACTION_ITEM -> actionItems = (List<ActionItem>) rows;
                case BOARD -> boards = (List<Board>) rows;
                case LANE -> lanes = (List<Lane>) rows;
                case NOTE_GROUP -> noteGroups = (List<NoteGroup>) rows;
                case NOTE -> notes = (List<Note>) rows;
                case NOTE_LINK -> noteLinks = (List<NoteLink>) rows;
                case VOTE_ROUND -> voteRounds = (List<VoteRound>) rows;
                case NOTE_VOTE -> noteVotes = (List<NoteVote>) rows;
                case ISSUE -> issues = (List<CaseIssue>) rows;
                case ROADMAP_ITEM -> roadmapItems = (List<RoadmapItem>) rows;
                case PROGRESS_ENTRY -> progressEntries = (List<ProgressEntry>) rows;
                default -> throw new IllegalArgumentException(kind.name());
            }
        }
    }

    /**
     * A tombstone: a row of a case deleted on the laptop that wrote the file, named by the list its kind has in the
     * file ("actionItems", "notes"…), its id, and when it was deleted (an import deletes it here only when this
     * laptop's row was not changed after that).
     */
    @JsonPropertyOrder({"kind", "id", "deletedAt"})
    public static final class Deletion {
        public String kind;
        public UUID id;
        public Instant deletedAt;

        public Deletion() {
        }

        public Deletion(String kind, UUID id, Instant deletedAt) {
            this.kind = kind;
            this.id = id;
            this.deletedAt = deletedAt;
        }
    }

    /** Every entity of a kind in the file (municipalities and snapshots at the top, the rest case by case). */
    public List<? extends Entity> all(BundleKind kind) {
        if (kind == BundleKind.MUNICIPALITY) {
            return municipalities == null ? List.of() : municipalities;
        }
        if (kind == BundleKind.PROFILE_SNAPSHOT) {
            return profileSnapshots == null ? List.of() : profileSnapshots;
        }
        List<Entity> out = new ArrayList<>();
        if (cases != null) {
            for (CaseEntry c : cases) {
                if (c != null) {
                    out.addAll(c.list(kind));
                }
            }
        }
        return out;
    }
}
