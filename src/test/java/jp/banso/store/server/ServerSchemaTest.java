package jp.banso.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The shared steps and the server's own run on a real PostgreSQL; writes take revisions, deletions leave tombstones. */
class ServerSchemaTest {
    @Test
    void migratesAndStampsRevisionsAndTombstones() throws Exception {
        DataSource owner = TestPostgres.owner(TestPostgres.newDatabase());
        ServerSchema.migrate(owner);
        UUID town = UUID.randomUUID();
        UUID kase = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        UUID part = UUID.randomUUID();
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into municipality (id, prefecture, name, created_at, updated_at) values ('" + town
                    + "', '栃木県', 'さくら市', now(), now())");
            st.execute("insert into support_case (id, municipality_id, created_at, updated_at) values ('" + kase + "', '" + town
                    + "', now(), now())");
            st.execute("insert into meeting (id, case_id, kind, status, created_at, updated_at) values ('" + meeting + "', '"
                    + kase + "', 'FIRST', 'PLANNED', now(), now())");
            st.execute("insert into meeting_part (id, meeting_id, created_at, updated_at) values ('" + part + "', '" + meeting
                    + "', now(), now())");
            ResultSet rs = st.executeQuery("select case_id, rev from meeting_part where id = '" + part + "'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(kase);
            long partRev = rs.getLong(2);
            assertThat(partRev).isPositive();
            st.execute("insert into case_fiscal_year (case_id, fiscal_year) values ('" + kase + "', 2026)");
            rs = st.executeQuery("select rev from support_case where id = '" + kase + "'");
            rs.next();
            assertThat(rs.getLong(1)).as("a new 年度 moves the case's revision").isGreaterThan(partRev);
            st.execute("delete from meeting where id = '" + meeting + "'");
            rs = st.executeQuery("select table_name, case_id from banso_tombstone order by rev");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo(kase.toString());
            rs = st.executeQuery("select count(*) from banso_tombstone where row_id in ('" + meeting + "', '" + part + "')");
            rs.next();
            assertThat(rs.getInt(1)).as("the meeting and its part (by cascade) both leave tombstones").isEqualTo(2);
        }
    }
}
