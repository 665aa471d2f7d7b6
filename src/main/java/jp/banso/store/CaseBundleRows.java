package jp.banso.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.BeanMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The rows of whole cases, for case bundles (export to a file, import by UUID). Reads every table a case owns, finds
 * rows by id, and writes rows exactly as given (timestamps included) in one transaction, parents first. The undo
 * histories (board_history, roadmap_history) are not case data: they belong to one laptop, and an import that
 * changes a board or a roadmap clears them (an undo must not silently overwrite imported data).
 */
public final class CaseBundleRows {

    /** One entity table: its bean, its columns (without id and the timestamps) and the column that names its parent. */
    public static final class Table<T extends Entity> {
        private final String name;
        private final Class<T> type;
        private final List<String> columns;
        private final String parentColumn;
        private final String mergeSql;

        private Table(String name, Class<T> type, String parentColumn, List<String> columns) {
            this.name = name;
            this.type = type;
            this.columns = List.copyOf(columns);
            this.parentColumn = parentColumn;
            List<String> all = allColumns();
            this.mergeSql = "merge into " + name + " (" + String.join(", ", all) + ") key (id) values ("
                    + String.join(", ", all.stream().map(c -> ":" + EntityTable.camel(c)).toList()) + ")";
        }

        public String name() {
            return name;
        }

        public Class<T> type() {
            return type;
        }

        /** id, the table's own columns in schema order, created_at, updated_at. */
        public List<String> allColumns() {
            List<String> all = new ArrayList<>();
            all.add("id");
            all.addAll(columns);
            all.add("created_at");
            all.add("updated_at");
            return all;
        }

        /** The bean property names, in column order (id first, the timestamps last). */
        public List<String> properties() {
            return allColumns().stream().map(EntityTable::camel).toList();
        }

        public String parentColumn() {
            return parentColumn;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Table<Municipality> MUNICIPALITY = new Table<>("municipality", Municipality.class, null,
            List.of("prefecture", "name", "code"));
    public static final Table<ProfileSnapshot> PROFILE_SNAPSHOT = new Table<>("profile_snapshot", ProfileSnapshot.class,
            "municipality_id", List.of("municipality_id", "as_of", "population", "households", "elderly_population",
                    "late_elderly_population", "area_km2", "living_areas", "care_certification_rate", "centres_direct",
                    "centres_outsourced", "coordinators_layer1", "coordinators_layer2", "councils_layer1", "councils_layer2",
                    "services_code", "over_cap", "source"));
    public static final Table<SupportCase> SUPPORT_CASE = new Table<>("support_case", SupportCase.class, "municipality_id",
            List.of("municipality_id", "programme", "start_kind", "application_theme", "redefined_issue",
                    "over_cap_consultation", "follows_case_id", "stage", "archived", "note"));
    public static final Table<TeamMember> TEAM_MEMBER = new Table<>("team_member", TeamMember.class, "case_id",
            List.of("case_id", "name", "organisation", "role", "sort_order"));
    public static final Table<StateChange> STATE_CHANGE = new Table<>("state_change", StateChange.class, "case_id",
            List.of("case_id", "state", "changed_on", "reason"));
    public static final Table<Meeting> MEETING = new Table<>("meeting", Meeting.class, "case_id",
            List.of("case_id", "kind", "sequence", "title", "status", "planned_month", "held_on", "ends_on", "start_time", "end_time",
                    "place", "format", "agenda", "theme", "issues", "comments", "approach", "summary"));
    public static final Table<MeetingPart> MEETING_PART = new Table<>("meeting_part", MeetingPart.class, "meeting_id",
            List.of("meeting_id", "label", "start_time", "end_time", "content", "sort_order"));
    public static final Table<Participant> PARTICIPANT = new Table<>("participant", Participant.class, "meeting_id",
            List.of("meeting_id", "name", "organisation", "role", "sort_order"));
    public static final Table<ActionItem> ACTION_ITEM = new Table<>("action_item", ActionItem.class, "meeting_id",
            List.of("meeting_id", "what", "who", "due", "done", "sort_order"));
    public static final Table<Board> BOARD = new Table<>("board", Board.class, "case_id",
            List.of("case_id", "meeting_id", "title", "template_id", "sort_order"));
    public static final Table<Lane> BOARD_LANE = new Table<>("board_lane", Lane.class, "board_id",
            List.of("board_id", "title", "role", "colour", "sort_order"));
    public static final Table<NoteGroup> NOTE_GROUP = new Table<>("note_group", NoteGroup.class, "board_id",
            List.of("board_id", "title"));
    public static final Table<Note> BOARD_NOTE = new Table<>("board_note", Note.class, "board_id",
            List.of("board_id", "lane_id", "group_id", "text", "colour", "author", "x", "y", "width", "height", "votes", "priority"));
    public static final Table<NoteLink> NOTE_LINK = new Table<>("note_link", NoteLink.class, "board_id",
            List.of("board_id", "from_note_id", "to_note_id", "kind"));
    public static final Table<VoteRound> VOTE_ROUND = new Table<>("vote_round", VoteRound.class, "board_id",
            List.of("board_id", "votes_per_person", "anonymous", "participants", "closed"));
    public static final Table<NoteVote> NOTE_VOTE = new Table<>("note_vote", NoteVote.class, "board_id",
            List.of("board_id", "round_id", "note_id", "voter"));
    public static final Table<CaseIssue> CASE_ISSUE = new Table<>("case_issue", CaseIssue.class, "case_id",
            BoardRepository.ISSUE_COLUMNS);
    public static final Table<RoadmapItem> ROADMAP_ITEM = new Table<>("roadmap_item", RoadmapItem.class, "case_id",
            List.of("case_id", "issue_id", "title", "description", "owners", "start_month", "end_month", "milestone", "phase",
                    "indicator_name", "indicator_target", "indicator_current", "indicator_level", "status", "notes", "sort_order"));
    public static final Table<ProgressEntry> PROGRESS_ENTRY = new Table<>("progress_entry", ProgressEntry.class, "case_id",
            List.of("case_id", "item_id", "recorded_on", "indicator_value", "achievement", "comment", "author"));

    /** Every entity table of a case, parents before children (the order of inserts). */
    public static final List<Table<? extends Entity>> TABLES = List.of(MUNICIPALITY, PROFILE_SNAPSHOT, SUPPORT_CASE,
            TEAM_MEMBER, STATE_CHANGE, MEETING, MEETING_PART, PARTICIPANT, ACTION_ITEM, BOARD, BOARD_LANE, NOTE_GROUP,
            BOARD_NOTE, NOTE_LINK, VOTE_ROUND, NOTE_VOTE, CASE_ISSUE, ROADMAP_ITEM, PROGRESS_ENTRY);

    /**
     * Columns of carried tables a bundle deliberately leaves out, as table.column with why: the team that owns a case
     * on a team server is the server's business (sync sets it); a file must neither move a case to another team nor
     * name a team the receiving laptop's server may not have. Importing leaves the column as it is here.
     */
    public static final Map<String, String> COLUMNS_NOT_IN_BUNDLES = Map.of(
            "support_case.team", "チームサーバーでのケースの持ち主（同期が決める）");

    /** Tables a bundle deliberately leaves out, with why (tests check that every table is one or the other). */
    public static final Map<String, String> NOT_IN_BUNDLES = Map.ofEntries(
            Map.entry("board_history", "元に戻す履歴（このパソコンだけのもの）"),
            Map.entry("roadmap_history", "元に戻す履歴（このパソコンだけのもの）"),
            Map.entry("flyway_schema_history", "データベースの版の記録"),
            Map.entry("case_fiscal_year", "ケースの一部（年度）として書き出す"),
            Map.entry("note_author", "発言者の一覧（名前で合わせて書き出す）"),
            Map.entry("deleted_row", "ケースごとの削除の記録（deletions）として書き出す"),
            Map.entry("sync_change", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_base", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_inbox", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_conflict", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_log", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_case_access", "チーム同期の記録（このパソコンだけのもの）"),
            Map.entry("sync_setting", "チーム同期の記録（このパソコンだけのもの）"));

    private static final int CHUNK = 500;

    /** A speaker of the board's author list. */
    /** What a column allows: whether it may be empty, and its length (null: no limit or not text). */
    public record Column(String table, String name, boolean nullable, Integer maxLength) {
    }

    private final Store store;

    public CaseBundleRows(Store store) {
        this.store = store;
        for (Table<? extends Entity> t : TABLES) {
            store.jdbi().registerRowMapper(BeanMapper.factory(t.type()));
        }
    }

    // --- reading ---

    /** Everything of these cases (and their municipalities with every profile snapshot), read in one transaction. */
    public Rows read(Collection<UUID> caseIds) {
        return store.jdbi().inTransaction(h -> {
            Rows r = new Rows();
            List<SupportCase> cases = where(h, SUPPORT_CASE, "id", caseIds);
            r.put(SUPPORT_CASE, cases);
            Set<UUID> municipalities = new TreeSet<>();
            cases.forEach(c -> municipalities.add(c.getMunicipalityId()));
            r.put(MUNICIPALITY, where(h, MUNICIPALITY, "id", municipalities));
            r.put(PROFILE_SNAPSHOT, where(h, PROFILE_SNAPSHOT, "municipality_id", municipalities));
            List<UUID> ids = cases.stream().map(Entity::getId).toList();
            r.fiscalYears.putAll(fiscalYears(h, ids));
            for (Table<? extends Entity> t : List.of(TEAM_MEMBER, STATE_CHANGE, MEETING, BOARD, CASE_ISSUE, ROADMAP_ITEM, PROGRESS_ENTRY)) {
                r.put(t, where(h, t, "case_id", ids));
            }
            List<UUID> meetings = r.get(MEETING).stream().map(Entity::getId).toList();
            for (Table<? extends Entity> t : List.of(MEETING_PART, PARTICIPANT, ACTION_ITEM)) {
                r.put(t, where(h, t, "meeting_id", meetings));
            }
            List<UUID> boards = r.get(BOARD).stream().map(Entity::getId).toList();
            for (Table<? extends Entity> t : List.of(BOARD_LANE, NOTE_GROUP, BOARD_NOTE, NOTE_LINK, VOTE_ROUND, NOTE_VOTE)) {
                r.put(t, where(h, t, "board_id", boards));
            }
            r.authors.addAll(authors(h));
            r.deletions.addAll(deletions(h, ids, r));
            return r;
        });
    }

    /**
     * The tombstones of these cases (kept by the change-log trigger in {@code deleted_row}): rows deleted from them,
     * not the cases themselves, and never a row that is there again (the trigger drops its tombstone; checked anyway,
     * so a file never names one id both live and deleted).
     */
    private static List<Deleted> deletions(Handle h, List<UUID> caseIds, Rows live) {
        List<Deleted> out = new ArrayList<>();
        Set<UUID> alive = new java.util.HashSet<>();
        TABLES.forEach(t -> live.get(t).forEach(e -> alive.add(e.getId())));
        for (int i = 0; i < caseIds.size(); i += CHUNK) {
            h.createQuery("select table_name, row_id, case_id, deleted_at from deleted_row where case_id in (<v>) "
                            + "order by deleted_at, table_name, row_id")
                    .bindList("v", caseIds.subList(i, Math.min(caseIds.size(), i + CHUNK)))
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()})
                    .forEach(row -> TABLES.stream().filter(t -> t.name.equals(row[0]) && t != SUPPORT_CASE).findFirst()
                            .filter(t -> !alive.contains((UUID) row[1]))
                            .ifPresent(t -> out.add(new Deleted(t, (UUID) row[1], (UUID) row[2], (Instant) row[3]))));
        }
        return out;
    }

    /** A row deleted from a case, and when. */
    public record Deleted(Table<? extends Entity> table, UUID id, UUID caseId, Instant deletedAt) {
    }

    /**
     * Rows that go with a row when it is deleted (its children, by foreign key) or that point to it (a note's lane,
     * a link's notes, a vote's round and note, an entry's roadmap item): deleting it would lose their edits too.
     */
    private static final Map<Table<? extends Entity>, List<Map.Entry<Table<? extends Entity>, String>>> DEPENDENTS = Map.of(
            MEETING, List.of(Map.entry(MEETING_PART, "meeting_id"), Map.entry(PARTICIPANT, "meeting_id"), Map.entry(ACTION_ITEM, "meeting_id")),
            BOARD, List.of(Map.entry(BOARD_LANE, "board_id"), Map.entry(NOTE_GROUP, "board_id"), Map.entry(BOARD_NOTE, "board_id"),
                    Map.entry(NOTE_LINK, "board_id"), Map.entry(VOTE_ROUND, "board_id"), Map.entry(NOTE_VOTE, "board_id")),
            BOARD_LANE, List.of(Map.entry(BOARD_NOTE, "lane_id")),
            NOTE_GROUP, List.of(Map.entry(BOARD_NOTE, "group_id")),
            BOARD_NOTE, List.of(Map.entry(NOTE_LINK, "from_note_id"), Map.entry(NOTE_LINK, "to_note_id"), Map.entry(NOTE_VOTE, "note_id")),
            VOTE_ROUND, List.of(Map.entry(NOTE_VOTE, "round_id")),
            ROADMAP_ITEM, List.of(Map.entry(PROGRESS_ENTRY, "item_id")));

    /** A row here that a deletion would remove: its case, and the last change to it or to a row that depends on it. */
    public record Doomed(UUID caseId, Instant lastChanged) {
    }

    /** For those of these ids that are rows of {@code t} here: their case and their last change (see {@link Doomed}). */
    public Map<UUID, Doomed> beforeDeleting(Table<? extends Entity> t, Collection<UUID> ids) {
        return store.jdbi().inTransaction(h -> {
            String caseOf = t.columns.contains("case_id") ? "t.case_id"
                    : t.columns.contains("meeting_id") ? "(select m.case_id from meeting m where m.id = t.meeting_id)"
                    : "(select b.case_id from board b where b.id = t.board_id)";
            Map<UUID, UUID> cases = new HashMap<>();
            Map<UUID, Instant> last = new HashMap<>();
            List<UUID> list = new ArrayList<>(ids);
            for (int i = 0; i < list.size(); i += CHUNK) {
                List<UUID> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
                h.createQuery("select t.id, " + caseOf + ", t.updated_at from " + t.name + " t where t.id in (<v>)")
                        .bindList("v", chunk)
                        .map((rs, ctx) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()})
                        .forEach(r -> {
                            cases.put((UUID) r[0], (UUID) r[1]);
                            last.put((UUID) r[0], (Instant) r[2]);
                        });
                for (Map.Entry<Table<? extends Entity>, String> d : DEPENDENTS.getOrDefault(t, List.of())) {
                    h.createQuery("select " + d.getValue() + ", max(updated_at) from " + d.getKey().name + " where " + d.getValue()
                                    + " in (<v>) group by " + d.getValue())
                            .bindList("v", chunk)
                            .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                            .forEach(e -> last.merge(e.getKey(), e.getValue(), (a, b) -> a.isAfter(b) ? a : b));
                }
            }
            Map<UUID, Doomed> out = new HashMap<>();
            cases.forEach((id, c) -> out.put(id, new Doomed(c, last.get(id))));
            return out;
        });
    }

    /** The rows of these ids that exist here, by table (for comparing a bundle with this store). */
    public Rows find(Map<Table<? extends Entity>, ? extends Collection<UUID>> idsByTable) {
        return store.jdbi().inTransaction(h -> {
            Rows r = new Rows();
            for (Table<? extends Entity> t : TABLES) {
                Collection<UUID> ids = idsByTable.get(t);
                r.put(t, ids == null ? List.of() : where(h, t, "id", ids));
            }
            List<UUID> cases = r.get(SUPPORT_CASE).stream().map(Entity::getId).toList();
            r.fiscalYears.putAll(fiscalYears(h, cases));
            r.authors.addAll(authors(h));
            return r;
        });
    }

    /** Ids among these that are cases here (a followed case may be outside a bundle). */
    public Set<UUID> existingCases(Collection<UUID> ids) {
        return store.jdbi().withHandle(h -> {
            Set<UUID> found = new java.util.HashSet<>();
            where(h, SUPPORT_CASE, "id", ids).forEach(c -> found.add(c.getId()));
            return found;
        });
    }

    private static <T extends Entity> List<T> where(Handle h, Table<T> t, String column, Collection<UUID> values) {
        List<T> out = new ArrayList<>();
        List<UUID> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.addAll(h.createQuery("select * from " + t.name + " where " + column + " in (<v>)")
                    .bindList("v", list.subList(i, Math.min(list.size(), i + CHUNK)))
                    .mapTo(t.type).list());
        }
        out.sort(java.util.Comparator.comparing(Entity::getCreatedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(Entity::getId));
        return out;
    }

    private static Map<UUID, List<Integer>> fiscalYears(Handle h, List<UUID> caseIds) {
        Map<UUID, List<Integer>> years = new LinkedHashMap<>();
        caseIds.forEach(id -> years.put(id, new ArrayList<>()));
        for (int i = 0; i < caseIds.size(); i += CHUNK) {
            h.createQuery("select case_id, fiscal_year from case_fiscal_year where case_id in (<v>) order by fiscal_year")
                    .bindList("v", caseIds.subList(i, Math.min(caseIds.size(), i + CHUNK)))
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                    .forEach(e -> years.get(e.getKey()).add(e.getValue()));
        }
        return years;
    }

    private static List<Speaker> authors(Handle h) {
        return h.createQuery("select name, colour from note_author order by sort_order, name")
                .map((rs, ctx) -> new Speaker(rs.getString(1), rs.getString(2))).list();
    }

    /** The columns of the bundle's tables as the database defines them (limits a bundle must keep). */
    public Map<String, Map<String, Column>> columns() {
        return store.jdbi().withHandle(h -> {
            Map<String, Map<String, Column>> out = new HashMap<>();
            h.createQuery("select table_name, column_name, is_nullable, character_maximum_length from information_schema.columns "
                            + "where table_schema = 'public'")
                    .map((rs, ctx) -> new Column(rs.getString(1), rs.getString(2), "YES".equals(rs.getString(3)),
                            rs.getObject(4) == null ? null : ((Number) rs.getObject(4)).intValue()))
                    .forEach(c -> out.computeIfAbsent(c.table(), k -> new HashMap<>()).put(c.name(), c));
            return out;
        });
    }

    // --- writing ---

    /** What an import writes, all in one transaction. */
    public static final class Writes {
        /** Rows to insert or replace, exactly as given (timestamps included). */
        public final Rows rows = new Rows();
        /** Cases whose 年度 are set to these. */
        public final Map<UUID, List<Integer>> fiscalYears = new LinkedHashMap<>();
        /** Boards and cases (roadmaps) whose undo history is cleared. */
        public final Set<UUID> clearBoardHistory = new TreeSet<>();
        /** Cases every board of which has its undo history cleared (a 課題 changed: any board action may have touched it). */
        public final Set<UUID> clearBoardHistoriesOfCase = new TreeSet<>();
        public final Set<UUID> clearRoadmapHistory = new TreeSet<>();
        /** Speakers added at the end of the list (a name that is there already is left as it is). */
        public final List<Speaker> addAuthors = new ArrayList<>();
        /** Rows deleted (with what goes with them), by table, each with the time it was deleted where the file was made. */
        public final Map<Table<? extends Entity>, Map<UUID, Instant>> deletes = new LinkedHashMap<>();

        /** Whether there is anything to write. */
        public boolean isEmpty() {
            return rows.size() == 0 && addAuthors.isEmpty() && deletes.values().stream().allMatch(Map::isEmpty);
        }
    }

    /**
     * Writes everything in one transaction, parents first; any failure rolls all of it back. A case's link to the
     * case it follows is set after every case is written (it may point to a case written later).
     */
    public Written write(Writes w, Consumer<String> progress) {
        return store.jdbi().inTransaction(h -> {
            delete(h, w.deletes, progress);
            Map<UUID, UUID> follows = new HashMap<>();
            for (Table<? extends Entity> t : TABLES) {
                List<? extends Entity> list = w.rows.get(t);
                if (list.isEmpty()) {
                    continue;
                }
                progress.accept(t.name);
                if (t == SUPPORT_CASE) {
                    for (Entity e : list) {
                        SupportCase c = (SupportCase) e;
                        if (c.getFollowsCaseId() != null) {
                            follows.put(c.getId(), c.getFollowsCaseId());
                        }
                    }
                }
                batch(h, t, list, t == SUPPORT_CASE);
            }
            for (Map.Entry<UUID, UUID> f : follows.entrySet()) {
                h.createUpdate("update support_case set follows_case_id = :f where id = :id")
                        .bind("f", f.getValue()).bind("id", f.getKey()).execute();
            }
            for (Map.Entry<UUID, List<Integer>> y : w.fiscalYears.entrySet()) {
                h.createUpdate("delete from case_fiscal_year where case_id = :c").bind("c", y.getKey()).execute();
                for (Integer fy : new TreeSet<>(y.getValue())) {
                    h.createUpdate("insert into case_fiscal_year (case_id, fiscal_year) values (:c, :y)")
                            .bind("c", y.getKey()).bind("y", fy).execute();
                }
            }
            Set<UUID> boards = new TreeSet<>(w.clearBoardHistory);
            for (UUID c : w.clearBoardHistoriesOfCase) {
                boards.addAll(h.createQuery("select id from board where case_id = :c").bind("c", c).mapTo(UUID.class).list());
            }
            int boardsCleared = 0;
            for (UUID board : boards) {
                boardsCleared += h.createUpdate("delete from board_history where board_id = :b").bind("b", board).execute() > 0 ? 1 : 0;
            }
            int roadmapsCleared = 0;
            for (UUID c : w.clearRoadmapHistory) {
                roadmapsCleared += h.createUpdate("delete from roadmap_history where case_id = :c").bind("c", c).execute() > 0 ? 1 : 0;
            }
            if (!w.addAuthors.isEmpty()) {
                int next = h.createQuery("select coalesce(max(sort_order), 0) + 1 from note_author").mapTo(Integer.class).one();
                Set<String> there = new java.util.HashSet<>(authors(h).stream().map(Speaker::name).toList());
                for (Speaker a : w.addAuthors) {
                    if (there.add(a.name())) {
                        h.createUpdate("insert into note_author (name, colour, sort_order) values (:n, :c, :o)")
                                .bind("n", a.name()).bind("c", a.colour()).bind("o", next++).execute();
                    }
                }
            }
            return new Written(boardsCleared, roadmapsCleared);
        });
    }

    /**
     * Deletes rows, children before parents (a row already gone with its parent is no matter). Their tombstones here
     * keep the time of the deletion they came from, not of this import: the deletion is the same one, and a third
     * laptop importing a file of this one must compare its edits with when it really happened.
     */
    private static void delete(Handle h, Map<Table<? extends Entity>, Map<UUID, Instant>> deletes, Consumer<String> progress) {
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            Table<? extends Entity> t = TABLES.get(i);
            Map<UUID, Instant> rows = deletes.getOrDefault(t, Map.of());
            if (rows.isEmpty()) {
                continue;
            }
            progress.accept(t.name);
            for (Map.Entry<UUID, Instant> r : rows.entrySet()) {
                h.createUpdate("delete from " + t.name + " where id = :id").bind("id", r.getKey()).execute();
                h.createUpdate("update deleted_row set deleted_at = :at where table_name = :t and row_id = :id")
                        .bind("at", r.getValue()).bind("t", t.name).bind("id", r.getKey()).execute();
            }
        }
    }

    /** What the write did besides the rows: boards and roadmaps whose (non-empty) undo history it cleared. */
    public record Written(int boardHistoriesCleared, int roadmapHistoriesCleared) {
    }

    private static void batch(Handle h, Table<? extends Entity> t, List<? extends Entity> list, boolean withoutFollows) {
        for (int i = 0; i < list.size(); i += CHUNK) {
            PreparedBatch b = h.prepareBatch(t.mergeSql);
            for (Entity e : list.subList(i, Math.min(list.size(), i + CHUNK))) {
                b.bindBean(e);
                if (withoutFollows) {
                    b.bind("followsCaseId", (UUID) null);
                }
                b.add();
            }
            b.execute();
        }
    }

    /** Rows by table, plus the cases' 年度 and the author list. */
    public static final class Rows {
        private final Map<Table<? extends Entity>, List<? extends Entity>> byTable = new LinkedHashMap<>();
        public final Map<UUID, List<Integer>> fiscalYears = new LinkedHashMap<>();
        public final List<Speaker> authors = new ArrayList<>();
        /** The cases' tombstones (when read for a file). */
        public final List<Deleted> deletions = new ArrayList<>();

        public <T extends Entity> void put(Table<T> t, List<? extends Entity> rows) {
            byTable.put(t, new ArrayList<>(rows));
        }

        @SuppressWarnings("unchecked")
        public <T extends Entity> List<T> get(Table<T> t) {
            return (List<T>) byTable.getOrDefault(t, List.of());
        }

        /** Appends one row (the import's list of writes). */
        @SuppressWarnings("unchecked")
        public void add(Table<? extends Entity> t, Entity row) {
            ((List<Entity>) byTable.computeIfAbsent(t, k -> new ArrayList<>())).add(row);
        }

        public int size() {
            return byTable.values().stream().mapToInt(List::size).sum();
        }
    }
}
