package jp.banso.store.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who sees what, enforced by PostgreSQL: members connect with plain JDBC (not through Banso) and the policies of
 * server step 8 decide. Team A (栃木県) has alice; team B (群馬県) has bob and carol; the owner writes the rows.
 */
class RowLevelSecurityTest {
    private static final String A = "栃木県";
    private static final String B = "群馬県";
    private static final String PASSWORD = "secret-pw";
    private static final AtomicInteger USERS = new AtomicInteger();

    static String db;
    static DataSource owner;
    static ServerAdmin admin;
    static String alice;
    static String bob;
    static String carol;
    static final UUID TOWN = UUID.randomUUID();
    static final UUID CASE_A = UUID.randomUUID();
    static final UUID CASE_A2 = UUID.randomUUID();
    static final UUID CASE_B = UUID.randomUUID();
    static final UUID MEETING = UUID.randomUUID();
    static final UUID PART = UUID.randomUUID();
    static final UUID BOARD = UUID.randomUUID();
    static final UUID NOTE = UUID.randomUUID();
    static final UUID DELETED_NOTE = UUID.randomUUID();
    static final UUID ROADMAP = UUID.randomUUID();
    static final UUID SNAPSHOT = UUID.randomUUID();

    @BeforeAll
    static void server() throws SQLException {
        db = TestPostgres.newDatabase();
        owner = TestPostgres.owner(db);
        admin = new ServerAdmin(owner);
        admin.init();
        admin.addTeam(A);
        admin.addTeam(B);
        alice = member(A);
        bob = member(B);
        carol = member(B);
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into municipality (id, prefecture, name, created_at, updated_at) values ('" + TOWN
                    + "', '栃木県', 'さくら市', now(), now())");
            st.execute("insert into profile_snapshot (id, municipality_id, as_of, created_at, updated_at) values ('" + SNAPSHOT
                    + "', '" + TOWN + "', date '2026-04-01', now(), now())");
            insertCase(st, CASE_A, A);
            insertCase(st, CASE_A2, A);
            insertCase(st, CASE_B, B);
            st.execute("insert into meeting (id, case_id, kind, status, created_at, updated_at) values ('" + MEETING + "', '"
                    + CASE_A + "', 'FIRST', 'PLANNED', now(), now())");
            st.execute("insert into meeting_part (id, meeting_id, created_at, updated_at) values ('" + PART + "', '" + MEETING
                    + "', now(), now())");
            st.execute("insert into board (id, case_id, title, created_at, updated_at) values ('" + BOARD + "', '" + CASE_A
                    + "', 'ボード', now(), now())");
            for (UUID note : List.of(NOTE, DELETED_NOTE)) {
                st.execute("insert into board_note (id, board_id, text, x, y, width, height, created_at, updated_at) values ('"
                        + note + "', '" + BOARD + "', '付箋', 0, 0, 100, 60, now(), now())");
            }
            st.execute("delete from board_note where id = '" + DELETED_NOTE + "'");
            st.execute("insert into roadmap_item (id, case_id, title, start_month, end_month, status, created_at, updated_at) "
                    + "values ('" + ROADMAP + "', '" + CASE_A + "', '取組', date '2026-04-01', date '2026-09-01', 'PLANNED', now(), now())");
        }
    }

    private static void insertCase(Statement st, UUID id, String team) throws SQLException {
        st.execute("insert into support_case (id, municipality_id, team, created_at, updated_at) values ('" + id + "', '" + TOWN
                + "', '" + team + "', now(), now())");
    }

    /** A new login role in the team (roles are shared by the whole cluster, so every test class makes its own). */
    private static String member(String team) {
        String login = "member" + USERS.incrementAndGet() + "_" + ProcessHandle.current().pid() + "_" + db.hashCode() % 1000;
        login = login.replace("-", "");
        assertThat(admin.addUser(login, team, PASSWORD::toCharArray)).isTrue();
        return login;
    }

    private static Connection as(String user) throws SQLException {
        return TestPostgres.as(db, user, PASSWORD).getConnection();
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every row of case A that the tests look at, as (table, id) pairs counted by a member. */
    private static int rowsOfCaseA(Connection c) throws SQLException {
        return count(c, "select (select count(*) from support_case where id = '" + CASE_A + "')"
                + " + (select count(*) from meeting where id = '" + MEETING + "')"
                + " + (select count(*) from meeting_part where id = '" + PART + "')"
                + " + (select count(*) from board where id = '" + BOARD + "')"
                + " + (select count(*) from board_note where id = '" + NOTE + "')"
                + " + (select count(*) from roadmap_item where id = '" + ROADMAP + "')"
                + " + (select count(*) from banso_tombstone where row_id = '" + DELETED_NOTE + "')");
    }

    private static void refused(Connection c, String sql) {
        assertThatThrownBy(() -> update(c, sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501"));
    }

    @Test
    void anotherTeamsMemberReadsNothingOfTheCase() throws SQLException {
        try (Connection c = as(bob)) {
            assertThat(rowsOfCaseA(c)).isZero();
            assertThat(strings(c, "select id::text from support_case")).containsExactly(CASE_B.toString());
            assertThat(strings(c, "select banso_my_teams()")).containsExactly(B);
            assertThat(strings(c, "select name from banso_team")).containsExactly(B);
            assertThat(strings(c, "select user_name from banso_team_member")).containsExactly(bob);
            assertThat(count(c, "select count(*) from banso_tombstone")).isZero();
        }
        try (Connection c = as(alice)) {
            assertThat(rowsOfCaseA(c)).isEqualTo(7);
            assertThat(strings(c, "select banso_my_teams()")).containsExactly(A);
        }
    }

    @Test
    void anotherTeamsMemberChangesAndDeletesNothing() throws SQLException {
        try (Connection c = as(bob)) {
            assertThat(update(c, "update support_case set note = 'x' where id = '" + CASE_A + "'")).isZero();
            assertThat(update(c, "update meeting set title = 'x' where id = '" + MEETING + "'")).isZero();
            assertThat(update(c, "update meeting_part set label = 'x' where id = '" + PART + "'")).isZero();
            assertThat(update(c, "update board_note set text = 'x' where id = '" + NOTE + "'")).isZero();
            assertThat(update(c, "update roadmap_item set title = 'x' where id = '" + ROADMAP + "'")).isZero();
            assertThat(update(c, "delete from board_note where id = '" + NOTE + "'")).isZero();
            assertThat(update(c, "delete from board where id = '" + BOARD + "'")).isZero();
            assertThat(update(c, "delete from meeting where id = '" + MEETING + "'")).isZero();
            assertThat(update(c, "delete from roadmap_item where id = '" + ROADMAP + "'")).isZero();
            assertThat(update(c, "delete from support_case where id = '" + CASE_A + "'")).isZero();
            // the owner's tables are read-only to members
            refused(c, "delete from banso_tombstone");
            refused(c, "insert into banso_team_member (team, user_name) values ('" + A + "', '" + bob + "')");
            refused(c, "insert into banso_case_grant (case_id, user_name) values ('" + CASE_A + "', '" + bob + "')");
            refused(c, "insert into banso_team (name) values ('関東信越厚生局')");
            refused(c, "update banso_tombstone set case_id = null");
            refused(c, "select * from board_history");
            refused(c, "create table stolen (id int)");
        }
        try (Connection c = owner.getConnection()) {
            assertThat(rowsOfCaseA(c)).isEqualTo(7);
            assertThat(strings(c, "select title from meeting where id = '" + MEETING + "'")).containsExactly((String) null);
        }
    }

    @Test
    void anotherTeamsMemberAddsNothingToTheCase() throws SQLException {
        try (Connection c = as(bob)) {
            refused(c, "insert into meeting (id, case_id, kind, status, created_at, updated_at) values ('" + UUID.randomUUID()
                    + "', '" + CASE_A + "', 'FIRST', 'PLANNED', now(), now())");
            // the part's case comes from its meeting (a trigger), whatever the member sends
            refused(c, "insert into meeting_part (id, meeting_id, case_id, created_at, updated_at) values ('" + UUID.randomUUID()
                    + "', '" + MEETING + "', '" + CASE_B + "', now(), now())");
            refused(c, "insert into board_note (id, board_id, text, x, y, width, height, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "', '" + BOARD + "', '侵入', 0, 0, 1, 1, now(), now())");
            refused(c, "insert into case_fiscal_year (case_id, fiscal_year) values ('" + CASE_A + "', 2027)");
            refused(c, "insert into support_case (id, municipality_id, team, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "', '" + TOWN + "', '" + A + "', now(), now())");
            refused(c, "insert into support_case (id, municipality_id, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "', '" + TOWN + "', now(), now())");
            // sync's upsert of a row of A's case: an error, never a silent overwrite
            refused(c, "insert into meeting select * from jsonb_populate_record(null::meeting, '{\"id\": \"" + MEETING
                    + "\", \"case_id\": \"" + CASE_B + "\", \"kind\": \"FIRST\", \"status\": \"DONE\", \"created_at\": \"2026-01-01T00:00\","
                    + " \"updated_at\": \"2026-01-01T00:00\"}'::jsonb) on conflict (id) do update set status = excluded.status,"
                    + " case_id = excluded.case_id");
            // nor moves a case of their own into A's team
            refused(c, "update support_case set team = '" + A + "' where id = '" + CASE_B + "'");
        }
        try (Connection c = owner.getConnection()) {
            assertThat(strings(c, "select status from meeting where id = '" + MEETING + "'")).containsExactly("PLANNED");
            assertThat(count(c, "select count(*) from meeting_part")).isEqualTo(1);
        }
    }

    @Test
    void theTeamsMemberWorksAsSyncDoes() throws SQLException {
        try (Connection c = as(alice)) {
            UUID part = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("insert into meeting_part select * from jsonb_populate_record("
                    + "null::meeting_part, ?::jsonb) on conflict (id) do update set label = excluded.label")) {
                for (String label : List.of("開会", "開会のあいさつ")) {
                    ps.setString(1, "{\"id\": \"" + part + "\", \"meeting_id\": \"" + MEETING + "\", \"label\": \"" + label
                            + "\", \"sort_order\": 1, \"created_at\": \"2026-01-01T00:00\", \"updated_at\": \"2026-01-01T00:00\"}");
                    assertThat(ps.executeUpdate()).isEqualTo(1);
                }
            }
            assertThat(strings(c, "select case_id::text from meeting_part where id = '" + part + "'")).containsExactly(CASE_A.toString());
            assertThat(update(c, "update board_note set text = '書き直し' where id = '" + NOTE + "'")).isEqualTo(1);
            assertThat(update(c, "delete from meeting_part where id = '" + part + "'")).isEqualTo(1);
            assertThat(strings(c, "select to_jsonb(t) ->> 'id' from meeting_part t where rev > 0 order by rev limit 100"))
                    .containsExactly(PART.toString());
            assertThat(strings(c, "select row_id::text from banso_tombstone where rev > 0 order by rev"))
                    .contains(part.toString(), DELETED_NOTE.toString());
            assertThat(count(c, "select max(version::integer) from flyway_schema_history")).isEqualTo(ServerSchema.VERSION);
            UUID own = UUID.randomUUID();
            assertThat(update(c, "insert into support_case (id, municipality_id, team, created_at, updated_at) values ('" + own
                    + "', '" + TOWN + "', '" + A + "', now(), now())")).isEqualTo(1);
            assertThat(update(c, "insert into case_fiscal_year (case_id, fiscal_year) values ('" + own + "', 2026)")).isEqualTo(1);
            assertThat(update(c, "delete from support_case where id = '" + own + "'")).isEqualTo(1);
        }
    }

    @Test
    void aGrantGivesExactlyOneCase() throws SQLException {
        admin.grantCase(CASE_A, carol);
        try (Connection c = as(carol)) {
            assertThat(rowsOfCaseA(c)).isEqualTo(7);
            assertThat(strings(c, "select id::text from support_case order by id")).containsExactlyInAnyOrder(CASE_A.toString(),
                    CASE_B.toString());
            assertThat(count(c, "select count(*) from support_case where id = '" + CASE_A2 + "'")).isZero();
            assertThat(strings(c, "select case_id::text from banso_case_grant")).containsExactly(CASE_A.toString());
            assertThat(update(c, "update roadmap_item set notes = '助言' where id = '" + ROADMAP + "'")).isEqualTo(1);
            assertThat(update(c, "update support_case set note = '助言者のメモ' where id = '" + CASE_A + "'")).isEqualTo(1);
            // sync's upsert of the existing case: only the update's policy applies (the case stays in team A)
            assertThat(update(c, "insert into support_case select * from jsonb_populate_record(null::support_case, "
                    + "(select to_jsonb(s) || '{\"note\": \"同期した助言\"}'::jsonb from support_case s where id = '" + CASE_A
                    + "')) on conflict (id) do update set note = excluded.note")).isEqualTo(1);
            // edits the case in its team, does not take it into their own
            refused(c, "update support_case set team = '" + B + "' where id = '" + CASE_A + "'");
        }
        try (Connection c = as(bob)) {
            assertThat(rowsOfCaseA(c)).as("the grant is carol's alone, not her team's").isZero();
        }
        admin.revokeCase(CASE_A, carol);
        try (Connection c = as(carol)) {
            assertThat(rowsOfCaseA(c)).isZero();
        }
    }

    @Test
    void aMemberMovesACaseOnlyBetweenTheirOwnTeams() throws SQLException {
        String bureau = "関東信越厚生局";
        admin.addTeam(bureau);
        String eve = member(A);
        assertThat(admin.addUser(eve, bureau, () -> null)).as("an existing login: no password asked").isFalse();
        UUID own = UUID.randomUUID();
        try (Connection c = as(eve)) {
            assertThat(update(c, "insert into support_case (id, municipality_id, team, created_at, updated_at) values ('" + own
                    + "', '" + TOWN + "', '" + A + "', now(), now())")).isEqualTo(1);
            assertThat(update(c, "update support_case set team = '" + bureau + "' where id = '" + own + "'")).isEqualTo(1);
            refused(c, "update support_case set team = '" + B + "' where id = '" + own + "'");
            refused(c, "update support_case set team = null where id = '" + own + "'");
        }
    }

    @Test
    void aRemovedMemberLosesAccess() throws SQLException {
        String dave = member(A);
        try (Connection c = as(dave)) {
            assertThat(rowsOfCaseA(c)).isEqualTo(7);
        }
        admin.removeUser(dave, A);
        try (Connection c = as(dave)) {
            assertThat(rowsOfCaseA(c)).isZero();
            assertThat(strings(c, "select banso_my_teams()")).isEmpty();
            assertThat(update(c, "update meeting set title = 'x' where id = '" + MEETING + "'")).isZero();
        }
    }

    @Test
    void townsAreSharedButOnlyTheirCasesTeamsChangeThem() throws SQLException {
        UUID town = UUID.randomUUID();
        try (Connection c = as(bob)) {
            assertThat(count(c, "select count(*) from municipality where id = '" + TOWN + "'")).isEqualTo(1);
            assertThat(count(c, "select count(*) from profile_snapshot where id = '" + SNAPSHOT + "'")).isEqualTo(1);
            assertThat(update(c, "insert into municipality (id, prefecture, name, created_at, updated_at) values ('" + town
                    + "', '群馬県', '館林市', now(), now())")).isEqualTo(1);
            assertThat(update(c, "insert into profile_snapshot (id, municipality_id, as_of, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "', '" + TOWN + "', date '2026-10-01', now(), now())")).isEqualTo(1);
            // bob's case B is in さくら市 too: he may keep its profile up to date
            assertThat(update(c, "update profile_snapshot set population = 40000 where id = '" + SNAPSHOT + "'")).isEqualTo(1);
            // 館林市 has no case of bob's team: nobody's, so nobody's profile to change (but his own addition stays)
            assertThat(update(c, "update municipality set name = '館林市（誤）' where id = '" + town + "'")).isZero();
        }
        UUID other = UUID.randomUUID();
        try (Connection c = owner.getConnection()) {
            update(c, "insert into municipality (id, prefecture, name, created_at, updated_at) values ('" + other
                    + "', '栃木県', '那須町', now(), now())");
            update(c, "insert into support_case (id, municipality_id, team, created_at, updated_at) values ('" + UUID.randomUUID()
                    + "', '" + other + "', '" + A + "', now(), now())");
            update(c, "insert into profile_snapshot (id, municipality_id, as_of, created_at, updated_at) values ('"
                    + UUID.randomUUID() + "', '" + other + "', date '2026-04-01', now(), now())");
        }
        try (Connection c = as(bob)) {
            assertThat(update(c, "update profile_snapshot set population = 1 where municipality_id = '" + other + "'")).isZero();
            assertThat(update(c, "delete from profile_snapshot where municipality_id = '" + other + "'")).isZero();
            assertThat(update(c, "update municipality set name = 'x' where id = '" + other + "'")).isZero();
            // sync's upsert of a town bob may not change: an error; asking first (the update's WHERE) leaves it as it is
            String upsert = "insert into municipality select * from jsonb_populate_record(null::municipality, '{\"id\": \"" + other
                    + "\", \"prefecture\": \"栃木県\", \"name\": \"那須町\", \"created_at\": \"2026-01-01T00:00\", "
                    + "\"updated_at\": \"2026-01-01T00:00\"}'::jsonb) on conflict (id) do update set name = excluded.name";
            refused(c, upsert);
            assertThat(update(c, upsert + " where banso_reaches_town(municipality.id)")).isZero();
        }
        try (Connection c = as(alice)) {
            assertThat(update(c, "update profile_snapshot set population = 1 where municipality_id = '" + other + "'")).isEqualTo(1);
        }
    }

    @Test
    void aDeletedCasesTombstonesReachItsTeamOnly() throws SQLException {
        UUID meeting = UUID.randomUUID();
        try (Connection c = as(alice)) {
            update(c, "insert into meeting (id, case_id, kind, status, created_at, updated_at) values ('" + meeting + "', '"
                    + CASE_A2 + "', 'FIRST', 'PLANNED', now(), now())");
            assertThat(update(c, "delete from support_case where id = '" + CASE_A2 + "'")).isEqualTo(1);
            assertThat(strings(c, "select row_id::text from banso_tombstone where case_id = '" + CASE_A2 + "'"))
                    .containsExactlyInAnyOrder(CASE_A2.toString(), meeting.toString());
        }
        try (Connection c = as(bob)) {
            assertThat(count(c, "select count(*) from banso_tombstone where case_id = '" + CASE_A2 + "'")).isZero();
        }
    }
}
