package jp.banso.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.Lane;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteVote;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.VoteRound;
import jp.banso.store.CaseBundleRows.Table;

/**
 * The rules every row that comes from another laptop keeps against this database, whatever brings it (a case file
 * now, team sync later): a record never changes its owner (the case, board, meeting… it belongs to: see
 * docs/decisions/0009), and its times are not more than a day ahead of this computer's clock (so a crafted time
 * cannot win every "newer wins"). Pure rules on rows; the caller says them in words.
 */
public final class IncomingRows {

    /** How far ahead of this clock a row's time may be (clocks of two laptops differ by minutes, not days). */
    public static final Duration MAX_AHEAD = Duration.ofDays(1);

    /** One reference that says where a record belongs: its column, the table it points to, and how to read it. */
    public record Owner(String column, Table<? extends Entity> table, Function<Entity, UUID> of) {
        public UUID of(Entity e) {
            return of.apply(e);
        }
    }

    private static final Map<Table<? extends Entity>, List<Owner>> OWNERS = new LinkedHashMap<>();

    static {
        decide(CaseBundleRows.MUNICIPALITY); // the top: it belongs to nothing
        decide(CaseBundleRows.PROFILE_SNAPSHOT, new Owner("municipality_id", CaseBundleRows.MUNICIPALITY, e -> ((ProfileSnapshot) e).getMunicipalityId()));
        decide(CaseBundleRows.SUPPORT_CASE, new Owner("municipality_id", CaseBundleRows.MUNICIPALITY, e -> ((SupportCase) e).getMunicipalityId()));
        decide(CaseBundleRows.TEAM_MEMBER, ofCase(e -> ((TeamMember) e).getCaseId()));
        decide(CaseBundleRows.STATE_CHANGE, ofCase(e -> ((StateChange) e).getCaseId()));
        decide(CaseBundleRows.MEETING, ofCase(e -> ((Meeting) e).getCaseId()));
        decide(CaseBundleRows.MEETING_PART, ofMeeting(e -> ((MeetingPart) e).getMeetingId()));
        decide(CaseBundleRows.PARTICIPANT, ofMeeting(e -> ((Participant) e).getMeetingId()));
        decide(CaseBundleRows.ACTION_ITEM, ofMeeting(e -> ((ActionItem) e).getMeetingId()));
        decide(CaseBundleRows.BOARD, ofCase(e -> ((Board) e).getCaseId()));
        decide(CaseBundleRows.BOARD_LANE, ofBoard(e -> ((Lane) e).getBoardId()));
        decide(CaseBundleRows.NOTE_GROUP, ofBoard(e -> ((NoteGroup) e).getBoardId()));
        decide(CaseBundleRows.BOARD_NOTE, ofBoard(e -> ((Note) e).getBoardId()));
        decide(CaseBundleRows.NOTE_LINK, ofBoard(e -> ((NoteLink) e).getBoardId()));
        decide(CaseBundleRows.VOTE_ROUND, ofBoard(e -> ((VoteRound) e).getBoardId()));
        decide(CaseBundleRows.NOTE_VOTE, ofBoard(e -> ((NoteVote) e).getBoardId()),
                new Owner("round_id", CaseBundleRows.VOTE_ROUND, e -> ((NoteVote) e).getRoundId()));
        decide(CaseBundleRows.CASE_ISSUE, ofCase(e -> ((CaseIssue) e).getCaseId()));
        decide(CaseBundleRows.ROADMAP_ITEM, ofCase(e -> ((RoadmapItem) e).getCaseId()));
        decide(CaseBundleRows.PROGRESS_ENTRY, ofCase(e -> ((ProgressEntry) e).getCaseId()),
                new Owner("item_id", CaseBundleRows.ROADMAP_ITEM, e -> ((ProgressEntry) e).getItemId()));
    }

    private IncomingRows() {
    }

    private static void decide(Table<? extends Entity> t, Owner... owners) {
        OWNERS.put(t, List.of(owners));
    }

    private static Owner ofCase(Function<Entity, UUID> of) {
        return new Owner("case_id", CaseBundleRows.SUPPORT_CASE, of);
    }

    private static Owner ofMeeting(Function<Entity, UUID> of) {
        return new Owner("meeting_id", CaseBundleRows.MEETING, of);
    }

    private static Owner ofBoard(Function<Entity, UUID> of) {
        return new Owner("board_id", CaseBundleRows.BOARD, of);
    }

    /** The references that say where a record of this table belongs, widest first (empty for a municipality). */
    public static List<Owner> owners(Table<? extends Entity> t) {
        List<Owner> o = OWNERS.get(t);
        if (o == null) {
            throw new IllegalArgumentException("no owner decided for " + t.name());
        }
        return o;
    }

    /** The narrowest owner (a progress entry's roadmap item rather than its case), or null for a municipality. */
    public static Owner nearest(Table<? extends Entity> t) {
        List<Owner> o = owners(t);
        return o.isEmpty() ? null : o.get(o.size() - 1);
    }

    /**
     * The owners that {@code incoming} would change on {@code local}, the same record (same id) as this database
     * holds it: empty when the incoming row may be merged. Any other column (a note's lane, a board's meeting) is an
     * ordinary edit inside the owner.
     */
    public static List<Owner> moved(Table<? extends Entity> t, Entity incoming, Entity local) {
        if (!Objects.equals(incoming.getId(), local.getId())) {
            throw new IllegalArgumentException("not the same record: " + incoming.getId() + " / " + local.getId());
        }
        List<Owner> out = new ArrayList<>();
        for (Owner o : owners(t)) {
            if (!Objects.equals(o.of(incoming), o.of(local))) {
                out.add(o);
            }
        }
        return out;
    }

    /** The latest time an incoming row may carry, by this clock. */
    public static Instant latestAllowed(Instant now) {
        return now.plus(MAX_AHEAD);
    }

    /** The time fields ("createdAt", "updatedAt") of a row that lie more than a day ahead of {@code now}. */
    public static List<String> timesAhead(Entity e, Instant now) {
        Instant latest = latestAllowed(now);
        List<String> out = new ArrayList<>(2);
        if (e.getCreatedAt() != null && e.getCreatedAt().isAfter(latest)) {
            out.add("createdAt");
        }
        if (e.getUpdatedAt() != null && e.getUpdatedAt().isAfter(latest)) {
            out.add("updatedAt");
        }
        return out;
    }
}
