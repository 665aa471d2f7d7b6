package jp.banso.bundle;

import java.util.function.Function;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.JapaneseDates;
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
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.Text;
import jp.banso.domain.VoteRound;
import jp.banso.store.CaseBundleRows.Table;
import jp.banso.store.CaseBundleRows;

/**
 * The kinds of entity a bundle carries, parents before children: the name of their list in the file, what people
 * call them, their table, and a one-line description for the conflicts list.
 */
public enum BundleKind {
    MUNICIPALITY("municipalities", "市町村", CaseBundleRows.MUNICIPALITY,
            e -> ((Municipality) e).getName() + "（" + ((Municipality) e).getPrefecture() + "）"),
    PROFILE_SNAPSHOT("profileSnapshots", "基本情報（基準日ごと）", CaseBundleRows.PROFILE_SNAPSHOT,
            e -> ((ProfileSnapshot) e).getAsOf() == null ? "" : "基準日 " + JapaneseDates.wareki(((ProfileSnapshot) e).getAsOf())),
    CASE("case", "ケース", CaseBundleRows.SUPPORT_CASE, e -> Text.nullToEmpty(((SupportCase) e).getProgramme())),
    TEAM_MEMBER("team", "支援チーム", CaseBundleRows.TEAM_MEMBER,
            e -> join(((TeamMember) e).getName(), ((TeamMember) e).getOrganisation(), ((TeamMember) e).getRole())),
    STATE_CHANGE("stateHistory", "状態の履歴", CaseBundleRows.STATE_CHANGE,
            e -> join(((StateChange) e).getState() == null ? null : ((StateChange) e).getState().name(),
                    ((StateChange) e).getChangedOn() == null ? null : JapaneseDates.wareki(((StateChange) e).getChangedOn()))),
    MEETING("meetings", "会議", CaseBundleRows.MEETING, e -> {
        Meeting m = (Meeting) e;
        String title = m.getKind() == null ? Text.nullToEmpty(m.getTitle()) : m.displayTitle();
        return m.getHeldOn() == null ? title : title + "（" + JapaneseDates.wareki(m.getHeldOn()) + "）";
    }),
    MEETING_PART("meetingParts", "会議の時間割", CaseBundleRows.MEETING_PART, e -> Text.nullToEmpty(((MeetingPart) e).getLabel())),
    PARTICIPANT("participants", "参加者", CaseBundleRows.PARTICIPANT,
            e -> join(((Participant) e).getName(), ((Participant) e).getOrganisation(), ((Participant) e).getRole())),
    ACTION_ITEM("actionItems", "宿題", CaseBundleRows.ACTION_ITEM, e -> Text.nullToEmpty(((ActionItem) e).getWhat())),
    BOARD("boards", "ボード", CaseBundleRows.BOARD, e -> Text.nullToEmpty(((Board) e).getTitle())),
    LANE("lanes", "レーン", CaseBundleRows.BOARD_LANE, e -> Text.nullToEmpty(((Lane) e).getTitle())),
    NOTE_GROUP("noteGroups", "付箋のグループ", CaseBundleRows.NOTE_GROUP, e -> Text.nullToEmpty(((NoteGroup) e).getTitle())),
    NOTE("notes", "付箋", CaseBundleRows.BOARD_NOTE, e -> Text.nullToEmpty(((Note) e).getText())),
    NOTE_LINK("noteLinks", "付箋のつながり", CaseBundleRows.NOTE_LINK,
            e -> ((NoteLink) e).getKind() == null ? "" : ((NoteLink) e).getKind().label()),
    VOTE_ROUND("voteRounds", "投票ラウンド", CaseBundleRows.VOTE_ROUND, e -> {
        VoteRound r = (VoteRound) e;
        return "1人" + r.getVotesPerPerson() + "票" + (r.isAnonymous() ? "・無記名" : "・発言者ごと") + (r.isClosed() ? "（締め済み）" : "");
    }),
    NOTE_VOTE("noteVotes", "投票", CaseBundleRows.NOTE_VOTE, e -> Text.nullToEmpty(((NoteVote) e).getVoter())),
    ISSUE("issues", "課題", CaseBundleRows.CASE_ISSUE, e -> Text.nullToEmpty(((CaseIssue) e).getStatement())),
    ROADMAP_ITEM("roadmapItems", "ロードマップの取組", CaseBundleRows.ROADMAP_ITEM, e -> Text.nullToEmpty(((RoadmapItem) e).getTitle())),
    PROGRESS_ENTRY("progressEntries", "進捗の記録", CaseBundleRows.PROGRESS_ENTRY, e -> {
        ProgressEntry p = (ProgressEntry) e;
        return join(p.getRecordedOn() == null ? null : JapaneseDates.wareki(p.getRecordedOn()), p.getIndicatorValue(), p.getComment());
    });

    private final String field;
    private final String label;
    private final Table<? extends Entity> table;
    private final Function<Entity, String> describe;

    BundleKind(String field, String label, Table<? extends Entity> table, Function<Entity, String> describe) {
        this.field = field;
        this.label = label;
        this.table = table;
        this.describe = describe;
    }

    /** The name of the list (or, for the case itself, the object) in the file. */
    public String field() {
        return field;
    }

    /** What people call it (付箋, 会議…). */
    public String label() {
        return label;
    }

    public Table<? extends Entity> table() {
        return table;
    }

    /** One line that tells the entity apart, at most 40 characters. */
    public String describe(Entity e) {
        String s;
        try {
            s = describe.apply(e);
        } catch (RuntimeException ex) {
            s = "";
        }
        s = Text.nullToEmpty(s).replaceAll("\\s+", " ").strip();
        if (s.codePointCount(0, s.length()) > 40) {
            s = s.substring(0, s.offsetByCodePoints(0, 39)) + "…";
        }
        return s;
    }

    /** Whether a case file carries deletions of this kind: a case's own rows, not the case itself nor a municipality. */
    public boolean deletionsTravel() {
        return this != MUNICIPALITY && this != PROFILE_SNAPSHOT && this != CASE;
    }

    /** The kind whose list in the file is named {@code field} ("notes"), or null. */
    public static BundleKind listedAs(String field) {
        for (BundleKind k : values()) {
            if (k.field.equals(field)) {
                return k;
            }
        }
        return null;
    }

    public static BundleKind of(Table<? extends Entity> table) {
        for (BundleKind k : values()) {
            if (k.table == table) {
                return k;
            }
        }
        throw new IllegalArgumentException(table.name());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!Text.isBlank(p)) {
                b.append(b.length() > 0 ? " " : "").append(p.strip());
            }
        }
        return b.toString();
    }
}
