package jp.banso.bundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.FieldError;
import jp.banso.domain.JapaneseDates;
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
import jp.banso.domain.Speaker;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.Text;
import jp.banso.domain.VoteRound;
import jp.banso.store.CaseBundleRows.Column;
import jp.banso.store.IncomingRows;

/**
 * Everything a bundle must be before a single row is written: complete (every entity has its id and times), each id
 * once, every reference pointing to something in the bundle (a case's meeting to that case, a note's lane to a lane
 * of the same board…), every value within the app's limits (the entities' own validation, the board's limits, the
 * columns' lengths). Control characters other than tab and line breaks are taken out and counted (the board does the
 * same with pasted text); they carry no meaning and would only break screens and hand-outs.
 */
final class BundleCheck {
    static final int MAX_LISTED = 20;
    /** What a case's tombstones are called (the file's "deletions"). */
    static final String DELETION = FieldLabels.of(BundleKind.CASE, "deletions");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final BigDecimal MAX_AREA = new BigDecimal("99999999.99");

    private final Map<String, Map<String, Column>> columns;
    private final List<String> errors = new ArrayList<>();
    private int moreErrors;
    private final Map<BundleKind, Integer> stripped = new EnumMap<>(BundleKind.class);
    private int strippedChars;

    private BundleCheck(Map<String, Map<String, Column>> columns) {
        this.columns = columns;
    }

    /**
     * Checks and cleans a bundle read from a file. {@code columns} are the target database's columns (their
     * lengths and whether they may be empty).
     */
    static CaseBundle check(Path source, BundleFile file, Map<String, Map<String, Column>> columns) {
        return new BundleCheck(columns).run(source, file);
    }

    private CaseBundle run(Path source, BundleFile f) {
        BundleCounts.of(f).refuseIfOver(source); // read from a file, refused already while it was streamed
        // nulls where lists belong are empty lists; null entries are errors
        if (f.noteAuthors == null) {
            f.noteAuthors = new ArrayList<>();
        }
        if (f.municipalities == null) {
            f.municipalities = new ArrayList<>();
        }
        if (f.profileSnapshots == null) {
            f.profileSnapshots = new ArrayList<>();
        }
        if (f.cases == null) {
            f.cases = new ArrayList<>();
        }
        noNulls(f.municipalities, "市町村");
        noNulls(f.profileSnapshots, BundleKind.PROFILE_SNAPSHOT.label());
        noNulls(f.cases, "ケース");
        noNulls(f.noteAuthors, "発言者");
        for (int i = 0; i < f.cases.size(); i++) {
            BundleFile.CaseEntry c = f.cases.get(i);
            if (c == null) {
                continue;
            }
            if (c.supportCase == null) {
                error("ケース " + (i + 1) + "件目に「case」（ケースそのもの）がありません");
            }
            if (c.fiscalYears == null) {
                c.fiscalYears = new ArrayList<>();
            }
            for (Integer y : c.fiscalYears) {
                if (y == null || !JapaneseDates.inRange(y)) {
                    error("ケース " + (i + 1) + "件目の年度 " + y + " が範囲外です（" + JapaneseDates.FIRST_YEAR + "〜"
                            + JapaneseDates.LAST_YEAR + "）");
                }
            }
            c.fiscalYears = new ArrayList<>(new java.util.TreeSet<>(c.fiscalYears.stream().filter(Objects::nonNull).toList()));
            for (BundleKind k : BundleKind.values()) {
                if (k != BundleKind.CASE && k != BundleKind.MUNICIPALITY && k != BundleKind.PROFILE_SNAPSHOT) {
                    if (c.list(k) == null || c.list(k).isEmpty()) {
                        c.set(k, new ArrayList<>());
                    }
                    noNulls(c.list(k), "ケース " + (i + 1) + "件目の" + k.label());
                }
            }
            if (c.deletions == null) {
                c.deletions = new ArrayList<>();
            }
            noNulls(c.deletions, "ケース " + (i + 1) + "件目の" + DELETION);
        }
        failIfErrors();

        for (BundleKind k : BundleKind.values()) {
            for (Entity e : f.all(k)) {
                clean(k, e);
            }
        }
        f.noteAuthors = f.noteAuthors.stream()
                .map(a -> new Speaker(strip(BundleKind.NOTE, a.name()), strip(BundleKind.NOTE, a.colour()))).toList();
        uniqueIds(f);
        failIfErrors();

        CaseBundle bundle = new CaseBundle(source, f);
        references(f, bundle);
        for (BundleKind k : BundleKind.values()) {
            for (Entity e : f.all(k)) {
                values(k, e, bundle);
            }
        }
        authors(f);
        timesNotAhead(f, bundle);
        deletions(f, bundle);
        failIfErrors();
        if (strippedChars > 0) {
            StringBuilder where = new StringBuilder();
            stripped.forEach((k, n) -> where.append(where.length() > 0 ? "、" : "").append(k.label()).append(" ").append(n).append("件"));
            bundle.note("使用できない制御文字を " + strippedChars + " 個取り除きました（" + where + "）。");
        }
        return bundle;
    }

    /**
     * Each deletion names a kind a case owns, an id and a time as Banso writes them, once; and never an id the file
     * also carries alive (which of the two would be true?).
     */
    private void deletions(BundleFile f, CaseBundle bundle) {
        Map<UUID, BundleKind> live = new HashMap<>();
        for (BundleKind k : BundleKind.values()) {
            f.all(k).forEach(e -> live.put(e.getId(), k));
        }
        List<String> kinds = java.util.Arrays.stream(BundleKind.values()).filter(BundleKind::deletionsTravel).map(BundleKind::field).toList();
        Instant now = Instant.now();
        for (BundleFile.CaseEntry c : f.cases) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < c.deletions.size(); i++) {
                BundleFile.Deletion d = c.deletions.get(i);
                String where = "ケース「" + bundle.caseLabel(c.supportCase.getId()) + "」の" + DELETION + " " + (i + 1) + "件目";
                BundleKind k = BundleKind.listedAs(d.kind);
                if (d.kind == null) {
                    error(where + "：" + FieldLabels.ofDeletion("kind") + "がありません");
                } else if (k == null || !k.deletionsTravel()) {
                    error(Text.showable(where + "：" + FieldLabels.ofDeletion("kind") + "「" + (d.kind.length() > 40 ? d.kind.substring(0, 40) + "…" : d.kind) + "」は、削除を取り込める種類ではありません（"
                            + String.join("、", kinds) + " のどれかです）"));
                }
                if (d.id == null) {
                    error(where + "：id がありません");
                } else if (live.containsKey(d.id)) {
                    error(where + "：id " + d.id + " は、同じファイルに" + live.get(d.id).label() + "としても入っています（削除されたのか残っているのか決められません）。"
                            + "手で継ぎ合わせたファイルではありませんか");
                } else if (k != null && !seen.add(d.kind + " " + d.id)) {
                    error(where + "：id " + d.id + " の削除の記録が重複しています");
                }
                if (d.deletedAt == null) {
                    error(where + "：" + FieldLabels.ofDeletion("deletedAt") + "がありません");
                } else if (d.deletedAt.isBefore(EARLIEST) || d.deletedAt.isAfter(LATEST)) {
                    error(where + "：" + FieldLabels.ofDeletion("deletedAt") + "：日時 " + d.deletedAt + " が範囲外です（1990年〜2200年）");
                } else if (d.deletedAt.isAfter(IncomingRows.latestAllowed(now))) {
                    error(where + "：" + FieldLabels.ofDeletion("deletedAt") + "：" + PlanText.when(d.deletedAt) + " は、このパソコンの今の日時（"
                            + PlanText.when(now) + "）より1日以上先です。このパソコンの日時が正しいか確かめてください");
                } else {
                    d.deletedAt = d.deletedAt.truncatedTo(ChronoUnit.MICROS); // as the database keeps times
                }
            }
        }
    }

    private void noNulls(List<?> list, String what) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                error(what + " " + (i + 1) + "件目が空（null）です");
            }
        }
    }

    /** Takes out control characters, and brings values to what the database keeps (so comparing later is fair). */
    private void clean(BundleKind k, Entity e) {
        for (EntityProperties.Property p : EntityProperties.of(k)) {
            if (p.type() == String.class) {
                String v = (String) p.get(e);
                String s = strip(k, v);
                if (!Objects.equals(v, s)) {
                    p.set(e, s);
                }
            } else if (p.type() == Instant.class) {
                Instant v = (Instant) p.get(e);
                if (v != null) {
                    p.set(e, v.truncatedTo(ChronoUnit.MICROS));
                }
            } else if (p.type() == LocalTime.class) {
                LocalTime v = (LocalTime) p.get(e);
                if (v != null) {
                    p.set(e, v.truncatedTo(ChronoUnit.SECONDS));
                }
            } else if (p.type() == BigDecimal.class) {
                BigDecimal v = (BigDecimal) p.get(e);
                if (v != null) {
                    p.set(e, v.setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
    }

    private String strip(BundleKind k, String v) {
        if (v == null) {
            return null;
        }
        int found = 0;
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean bad = Text.isRefusedControl(c, true); // in one-line fields, a tab or line break left is refused later
            if (bad) {
                if (b == null) {
                    b = new StringBuilder(v.length());
                    b.append(v, 0, i);
                }
                found++;
            } else if (b != null) {
                b.append(c);
            }
        }
        if (found == 0) {
            return v;
        }
        strippedChars += found;
        stripped.merge(k, 1, Integer::sum);
        return b.toString();
    }

    private void uniqueIds(BundleFile f) {
        for (BundleKind k : BundleKind.values()) {
            Set<UUID> seen = new HashSet<>();
            List<UUID> twice = new ArrayList<>();
            for (Entity e : f.all(k)) {
                if (e.getId() == null) {
                    error(k.label() + "「" + k.describe(e) + "」に id がありません");
                } else if (!seen.add(e.getId()) && !twice.contains(e.getId())) {
                    twice.add(e.getId());
                }
            }
            if (!twice.isEmpty()) {
                error(k.label() + "の id が重複しています（" + twice.size() + " 件、例 " + twice.get(0)
                        + "）。同じ id は一つのファイルに一度だけです。手で継ぎ合わせたファイルではありませんか");
            }
        }
    }

    /** Every id points to what it should, inside the bundle (a case's things to that case, a board's to that board). */
    private void references(BundleFile f, CaseBundle bundle) {
        Set<UUID> municipalities = ids(f.municipalities);
        for (ProfileSnapshot p : f.profileSnapshots) {
            if (!municipalities.contains(p.getMunicipalityId())) {
                error(where(BundleKind.PROFILE_SNAPSHOT, p, bundle) + "：市町村 " + p.getMunicipalityId() + " がファイルの中にありません");
            }
        }
        for (BundleFile.CaseEntry c : f.cases) {
            SupportCase sc = c.supportCase;
            UUID caseId = sc.getId();
            if (!municipalities.contains(sc.getMunicipalityId())) {
                error(where(BundleKind.CASE, sc, bundle) + "：市町村 " + sc.getMunicipalityId() + " がファイルの中にありません");
            }
            for (BundleKind k : List.of(BundleKind.TEAM_MEMBER, BundleKind.STATE_CHANGE, BundleKind.MEETING, BundleKind.BOARD,
                    BundleKind.ISSUE, BundleKind.ROADMAP_ITEM, BundleKind.PROGRESS_ENTRY)) {
                for (Entity e : c.list(k)) {
                    UUID owner = caseIdOf(e);
                    if (!caseId.equals(owner)) {
                        error(where(k, e, bundle) + "：ケースの id（caseId " + owner + "）が、入っているケースと違います");
                    }
                }
            }
            Set<UUID> meetings = ids(c.meetings);
            parent(bundle, BundleKind.MEETING_PART, c.meetingParts, MeetingPart::getMeetingId, meetings, "会議");
            parent(bundle, BundleKind.PARTICIPANT, c.participants, Participant::getMeetingId, meetings, "会議");
            parent(bundle, BundleKind.ACTION_ITEM, c.actionItems, ActionItem::getMeetingId, meetings, "会議");
            for (Board b : c.boards) {
                if (b.getMeetingId() != null && !meetings.contains(b.getMeetingId())) {
                    error(where(BundleKind.BOARD, b, bundle) + "：会議 " + b.getMeetingId() + " がこのケースにありません");
                }
            }
            Set<UUID> boards = ids(c.boards);
            parent(bundle, BundleKind.LANE, c.lanes, Lane::getBoardId, boards, "ボード");
            parent(bundle, BundleKind.NOTE_GROUP, c.noteGroups, NoteGroup::getBoardId, boards, "ボード");
            parent(bundle, BundleKind.NOTE, c.notes, Note::getBoardId, boards, "ボード");
            parent(bundle, BundleKind.NOTE_LINK, c.noteLinks, NoteLink::getBoardId, boards, "ボード");
            parent(bundle, BundleKind.VOTE_ROUND, c.voteRounds, VoteRound::getBoardId, boards, "ボード");
            parent(bundle, BundleKind.NOTE_VOTE, c.noteVotes, NoteVote::getBoardId, boards, "ボード");
            Map<UUID, UUID> laneBoard = new HashMap<>();
            c.lanes.forEach(l -> laneBoard.put(l.getId(), l.getBoardId()));
            Map<UUID, UUID> groupBoard = new HashMap<>();
            c.noteGroups.forEach(g -> groupBoard.put(g.getId(), g.getBoardId()));
            Map<UUID, UUID> noteBoard = new HashMap<>();
            c.notes.forEach(n -> noteBoard.put(n.getId(), n.getBoardId()));
            for (Note n : c.notes) {
                if (n.getLaneId() != null && !Objects.equals(laneBoard.get(n.getLaneId()), n.getBoardId())) {
                    error(where(BundleKind.NOTE, n, bundle) + "：レーン " + n.getLaneId() + " が同じボードにありません");
                }
                if (n.getGroupId() != null && !Objects.equals(groupBoard.get(n.getGroupId()), n.getBoardId())) {
                    error(where(BundleKind.NOTE, n, bundle) + "：グループ " + n.getGroupId() + " が同じボードにありません");
                }
            }
            for (NoteLink l : c.noteLinks) {
                for (UUID end : new UUID[] {l.getFromNoteId(), l.getToNoteId()}) {
                    if (end == null || !Objects.equals(noteBoard.get(end), l.getBoardId())) {
                        error(where(BundleKind.NOTE_LINK, l, bundle) + "：付箋 " + end + " が同じボードにありません");
                    }
                }
            }
            Map<UUID, VoteRound> roundsById = new HashMap<>();
            c.voteRounds.forEach(r -> roundsById.put(r.getId(), r));
            for (NoteVote v : c.noteVotes) {
                VoteRound r = roundsById.get(v.getRoundId());
                if (r == null || !Objects.equals(r.getBoardId(), v.getBoardId())) {
                    error(where(BundleKind.NOTE_VOTE, v, bundle) + "：投票ラウンド " + v.getRoundId() + " が同じボードにありません");
                } else if (r.isAnonymous() != (v.getVoter() == null)) {
                    error(where(BundleKind.NOTE_VOTE, v, bundle) + "：投票した人が投票ラウンドの形（無記名・発言者ごと）と合いません");
                }
                if (v.getNoteId() == null || !Objects.equals(noteBoard.get(v.getNoteId()), v.getBoardId())) {
                    error(where(BundleKind.NOTE_VOTE, v, bundle) + "：付箋 " + v.getNoteId() + " が同じボードにありません");
                }
            }
            for (CaseIssue i : c.issues) {
                if (i.getBoardId() != null && !boards.contains(i.getBoardId())) {
                    error(where(BundleKind.ISSUE, i, bundle) + "：ボード " + i.getBoardId() + " がこのケースにありません");
                }
                // note ids of a 課題 may point to notes deleted since: the 課題 keeps their texts (by design)
            }
            Set<UUID> issues = ids(c.issues);
            for (RoadmapItem r : c.roadmapItems) {
                if (r.getIssueId() != null && !issues.contains(r.getIssueId())) {
                    error(where(BundleKind.ROADMAP_ITEM, r, bundle) + "：課題 " + r.getIssueId() + " がこのケースにありません");
                }
            }
            parent(bundle, BundleKind.PROGRESS_ENTRY, c.progressEntries, ProgressEntry::getItemId, ids(c.roadmapItems), "ロードマップの取組");
        }
    }

    /** No created or updated time more than a day ahead of this clock: a crafted time would win every conflict. */
    private void timesNotAhead(BundleFile f, CaseBundle bundle) {
        Instant now = Instant.now();
        for (BundleKind k : BundleKind.values()) {
            for (Entity e : f.all(k)) {
                for (String field : IncomingRows.timesAhead(e, now)) {
                    Instant t = "createdAt".equals(field) ? e.getCreatedAt() : e.getUpdatedAt();
                    error(where(k, e, bundle) + "：" + FieldLabels.withName(k, field) + "：" + PlanText.when(t) + " は、このパソコンの今の日時（"
                            + PlanText.when(now) + "）より1日以上先です。"
                            + "このパソコンの日時が正しいか確かめてください（正しければ、書き出したパソコンの時計が進んでいたか、ファイルが書き換えられています。書き出した人に確かめてください）");
                }
            }
        }
    }

    private <T extends Entity> void parent(CaseBundle bundle, BundleKind k, List<T> list, java.util.function.Function<T, UUID> parentOf,
            Set<UUID> parents, String parentLabel) {
        for (T e : list) {
            UUID p = parentOf.apply(e);
            if (p == null || !parents.contains(p)) {
                error(where(k, e, bundle) + "：" + parentLabel + " " + p + " がこのケースにありません");
            }
        }
    }

    private static UUID caseIdOf(Entity e) {
        if (e instanceof TeamMember t) {
            return t.getCaseId();
        } else if (e instanceof StateChange s) {
            return s.getCaseId();
        } else if (e instanceof Meeting m) {
            return m.getCaseId();
        } else if (e instanceof Board b) {
            return b.getCaseId();
        } else if (e instanceof CaseIssue i) {
            return i.getCaseId();
        } else if (e instanceof RoadmapItem r) {
            return r.getCaseId();
        } else if (e instanceof ProgressEntry p) {
            return p.getCaseId();
        }
        return null;
    }

    private static Set<UUID> ids(List<? extends Entity> list) {
        Set<UUID> s = new HashSet<>();
        list.forEach(e -> s.add(e.getId()));
        return s;
    }

    /** The entity's own rules, the board's limits, and what the database columns allow. */
    private void values(BundleKind k, Entity e, CaseBundle bundle) {
        List<FieldError> found = new ArrayList<>();
        Map<String, Column> table = columns.getOrDefault(k.table().name(), Map.of());
        for (EntityProperties.Property p : EntityProperties.of(k)) {
            Object v = p.get(e);
            Column c = table.get(p.column());
            if (v == null && c != null && !c.nullable()) {
                found.add(new FieldError(p.name(), "値がありません（必須の項目です）"));
            }
            if (v instanceof String s && c != null && c.maxLength() != null && s.length() > c.maxLength()) {
                found.add(new FieldError(p.name(), c.maxLength() + "文字を超えています（" + s.length() + "文字）"));
            }
            if (v instanceof Instant t && (t.isBefore(EARLIEST) || t.isAfter(LATEST))) {
                found.add(new FieldError(p.name(), "日時 " + t + " が範囲外です（1990年〜2200年）"));
            }
        }
        wellFormedTexts(k, e, found);
        List<FieldError> ruled = rules(e);
        // the app's own limit says it better than the column's
        found.removeIf(fe -> ruled.stream().anyMatch(r -> r.field().equals(fe.field())));
        found.addAll(ruled);
        if (found.isEmpty()) {
            return;
        }
        Set<String> said = new HashSet<>();
        for (FieldError fe : found) {
            if (said.add(fe.field() + fe.message())) {
                error(where(k, e, bundle) + "：" + FieldLabels.withName(k, fe.field()) + "：" + fe.message());
            }
        }
    }

    /** Every text of every record, whatever its kind: no broken characters (the entity's own rules say more for theirs). */
    private static void wellFormedTexts(BundleKind k, Entity e, List<FieldError> found) {
        for (EntityProperties.Property p : EntityProperties.of(k)) {
            if (p.type() == String.class && Text.hasLoneSurrogate((String) p.get(e))) {
                found.add(new FieldError(p.name(), Text.LONE_SURROGATE));
            }
        }
    }

    /**
     * No case follows up, through any number of cases, itself: neither within the file nor with the cases here (a case
     * here following one of the file's, which the file makes follow it back). The file's links are the ones it would write.
     */
    static void noFollowUpCycles(CaseBundle bundle, List<SupportCase> here) {
        Map<UUID, UUID> follows = new HashMap<>();
        here.forEach(c -> follows.put(c.getId(), c.getFollowsCaseId()));
        bundle.file().cases.forEach(c -> follows.put(c.supportCase.getId(), c.supportCase.getFollowsCaseId()));
        List<String> cycles = new ArrayList<>();
        for (BundleFile.CaseEntry c : bundle.file().cases) {
            SupportCase sc = c.supportCase;
            if (SupportCase.followUpCycle(sc.getId(), sc.getFollowsCaseId(), follows::get) && cycles.size() < MAX_LISTED) {
                cycles.add(where(BundleKind.CASE, sc, bundle) + "：" + FieldLabels.withName(BundleKind.CASE, "followsCaseId") + "：" + SupportCase.FOLLOW_UP_CYCLE
                        + (bundle.file().cases.stream().anyMatch(o -> o.supportCase.getId().equals(sc.getFollowsCaseId())) ? ""
                                : "（このBansoのケースとの間で）"));
            }
        }
        if (!cycles.isEmpty()) {
            throw new BundleException(listed(cycles, "\nフォローアップ元を直したファイルを書き出し直してから取り込んでください。"));
        }
    }

    /** The entity's own rules, and what only a case file can get wrong. */
    private static List<FieldError> rules(Entity e) {
        List<FieldError> x = new ArrayList<>(e.validate());
        if (e instanceof ProfileSnapshot p && p.getAreaKm2() != null && p.getAreaKm2().compareTo(MAX_AREA) > 0) {
            x.add(new FieldError("areaKm2", "面積が大きすぎます"));
        }
        return x;
    }

    private void authors(BundleFile f) {
        Map<String, Speaker> byName = new LinkedHashMap<>();
        for (Speaker a : f.noteAuthors) {
            List<FieldError> x = a.validate();
            for (FieldError fe : x) {
                error("発言者「" + Text.nullToEmpty(a.name()) + "」：" + FieldLabels.withName(null, fe.field()) + "：" + fe.message());
            }
            if (x.isEmpty()) {
                byName.putIfAbsent(a.name().strip(), a.normalized());
            }
        }
        f.noteAuthors = new ArrayList<>(byName.values());
    }

    /** ケース「さくら市（栃木県） 令和4年度」の付箋「通所Ｃの…」（id 1a2b3c4d…） */
    private static String where(BundleKind k, Entity e, CaseBundle bundle) {
        if (k == BundleKind.CASE) {
            return Text.showable("ケース「" + bundle.caseLabel(e.getId()) + "」（id " + e.getId() + "）");
        }
        UUID caseId = bundle.caseOf(k, e.getId());
        String c = caseId == null ? "" : "ケース「" + bundle.caseLabel(caseId) + "」の";
        String d = k.describe(e);
        // a refused value quoted in the message shows its broken character as �, so the message itself is sound text
        return Text.showable(c + k.label() + (d.isEmpty() ? "" : "「" + d + "」") + "（id " + e.getId() + "）");
    }

    private void error(String message) {
        if (errors.size() < MAX_LISTED) {
            errors.add(message);
        } else {
            moreErrors++;
        }
    }

    private void failIfErrors() {
        if (errors.isEmpty()) {
            return;
        }
        throw new BundleException(listed(errors, moreErrors > 0 ? "\n・ほか " + moreErrors + " 件" : ""));
    }

    /** Every problem found, one a line, under the one sentence all refusals of a file's content start with. */
    static String listed(List<String> problems, String more) {
        StringBuilder b = new StringBuilder("ファイルの内容に問題があるため取り込めません（何も変更していません）：");
        for (String e : problems) {
            b.append("\n・").append(e);
        }
        return b.append(more).toString();
    }
}
