package jp.banso.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.banso.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/server/banso-server.sql, the whole server schema for a DBA who prefers psql, is made here and can never drift:
 * it is beforeMigrate.sql, every migration in Flyway's order (the shared steps and the server's own), and the rows
 * Flyway would have written in its history (with Flyway's own checksums), so `banso server init` later sees an
 * up-to-date server. When a migration changes, this test fails; write the file anew with
 * {@code mvn -o -Dtest=DbaScriptTest -Dbanso.writeDbaScript=true test}.
 */
class DbaScriptTest {
    static final Path SCRIPT = Path.of("docs/server/banso-server.sql");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final String[] LOCATIONS = {"/jp/banso/store/migration/", "/jp/banso/store/schema/server/"};

    static String migratedByInit;

    @BeforeAll
    static void init() {
        migratedByInit = TestPostgres.newDatabase();
        new ServerAdmin(TestPostgres.owner(migratedByInit)).init();
    }

    /** Flyway's history after `banso server init`: version, description, type, script and checksum of every step. */
    private static List<String[]> history(String database) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = TestPostgres.owner(database).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select version, description, type, script, checksum from flyway_schema_history "
                        + "order by installed_rank")) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        return rows;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ServerSchema.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String migration(String script) throws IOException {
        for (String location : LOCATIONS) {
            String text = resource(location + script);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("no migration " + script);
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    /** The script as it must be. */
    static String expected() throws IOException, SQLException {
        StringBuilder s = new StringBuilder();
        s.append(HEADER.replace("{version}", Integer.toString(ServerSchema.VERSION)));
        s.append("begin;\n\n");
        s.append("-- ===== beforeMigrate.sql =====\n").append(resource("/jp/banso/store/schema/server/beforeMigrate.sql"));
        s.append("\n-- ===== Flyway の履歴（banso server init が版を知るための表） =====\n").append(HISTORY_TABLE);
        List<String[]> history = history(migratedByInit);
        for (String[] step : history) {
            s.append("\n-- ===== ").append(step[3]).append(" =====\n").append(migration(step[3]));
        }
        s.append("\n-- ===== 実行した版を Flyway の履歴に記録します =====\n");
        int rank = 0;
        for (String[] step : history) {
            s.append("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) values (").append(++rank).append(", ").append(literal(step[0]))
                    .append(", ").append(literal(step[1])).append(", ").append(literal(step[2])).append(", ")
                    .append(literal(step[3])).append(", ").append(step[4]).append(", current_user, 0, true);\n");
        }
        s.append("\ncommit;\n");
        return s.toString();
    }

    private static final String HEADER = """
            -- Banso チームサーバーのデータベース（版 {version}）を psql で作るためのスクリプト
            --
            -- `banso server init` と同じものを作ります（表、banso_user ロール、行レベルセキュリティ、Flyway の履歴）。
            -- どちらか一方で作れば十分です。このスクリプトで作ったあとに banso server init を実行しても何も変わりません。
            --
            -- 使い方（空のデータベースに、データベースの所有者として。所有者には CREATEROLE 権限が要ります）:
            --   psql -h <サーバー> -U <所有者> -d <データベース> -v ON_ERROR_STOP=1 -f banso-server.sql
            -- 全体が一つのトランザクションです。途中で失敗したときは何も作られません。
            -- メンバーのログインロールとチームは、このあと banso server add-team / add-user で作ります（README
            -- 「チームサーバー（PostgreSQL）の用意」）。
            --
            -- このファイルは生成物です（src/test/java/jp/banso/store/server/DbaScriptTest.java）。手で直さないでください。

            """;

    /** Flyway's own history table, as Flyway 11 creates it on PostgreSQL. */
    private static final String HISTORY_TABLE = """
            create table flyway_schema_history (
                installed_rank  integer not null,
                version         varchar(50),
                description     varchar(200) not null,
                type            varchar(20) not null,
                script          varchar(1000) not null,
                checksum        integer,
                installed_by    varchar(100) not null,
                installed_on    timestamp not null default now(),
                execution_time  integer not null,
                success         boolean not null,
                constraint flyway_schema_history_pk primary key (installed_rank)
            );
            create index flyway_schema_history_s_idx on flyway_schema_history (success);
            """;

    @Test
    void theFileIsTheMigrationsInFlywaysOrder() throws IOException, SQLException {
        String expected = expected();
        if (Boolean.getBoolean("banso.writeDbaScript")) {
            Files.createDirectories(SCRIPT.getParent());
            Files.writeString(SCRIPT, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SCRIPT)).as(SCRIPT + " is missing; write it with -Dbanso.writeDbaScript=true").isTrue();
        assertThat(Files.readString(SCRIPT, StandardCharsets.UTF_8))
                .as(SCRIPT + " differs from the migrations; write it anew with -Dbanso.writeDbaScript=true").isEqualTo(expected);
        // every migration file of both folders is in it, and the newest is ServerSchema.VERSION
        int newest = 0;
        for (String location : LOCATIONS) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources" + location))) {
                for (Path f : files.toList()) {
                    Matcher m = MIGRATION.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        assertThat(expected).contains("-- ===== " + f.getFileName() + " =====\n");
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        assertThat(newest).as("ServerSchema.VERSION names the newest step").isEqualTo(ServerSchema.VERSION);
        assertThat(Store.MIGRATIONS).isEqualTo("classpath:jp/banso/store/migration");
    }

    @Test
    void runningItGivesWhatInitGives() throws IOException, SQLException {
        String byScript = TestPostgres.newDatabase();
        // as psql does with a file: the statements in order, as they are written, in the one transaction the script opens
        Properties simple = new Properties();
        simple.setProperty("user", "postgres");
        simple.setProperty("preferQueryMode", "simple");
        try (Connection c = java.sql.DriverManager.getConnection(TestPostgres.url(byScript), simple);
                Statement st = c.createStatement()) {
            st.execute(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        }
        for (String catalogue : CATALOGUE) {
            assertThat(rows(byScript, catalogue)).as(catalogue).isNotEmpty().isEqualTo(rows(migratedByInit, catalogue));
        }
        String steps = "select version, description, type, script, checksum from flyway_schema_history order by installed_rank";
        List<List<String>> before = rows(byScript, steps);
        assertThat(new ServerAdmin(TestPostgres.owner(byScript)).init()).isEqualTo(ServerSchema.VERSION);
        assertThat(rows(byScript, steps)).as("init after the script validates Flyway's checksums and applies nothing")
                .isEqualTo(before).isEqualTo(rows(migratedByInit, steps));
    }

    /** What the two databases must have alike: tables and columns, indexes, policies, triggers, privileges, functions. */
    private static final List<String> CATALOGUE = List.of(
            "select table_name, column_name, data_type, character_maximum_length, is_nullable, column_default "
                    + "from information_schema.columns where table_schema = 'public' order by 1, 2",
            "select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2",
            "select tablename, policyname, permissive, roles::text, cmd, qual, with_check from pg_policies "
                    + "where schemaname = 'public' order by 1, 2",
            "select relname, relrowsecurity, relforcerowsecurity from pg_class "
                    + "where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1",
            "select event_object_table, trigger_name, event_manipulation, action_timing, action_statement "
                    + "from information_schema.triggers where trigger_schema = 'public' order by 1, 2, 3",
            "select table_name, privilege_type from information_schema.role_table_grants where grantee = 'banso_user' order by 1, 2",
            "select p.proname, pg_get_function_identity_arguments(p.oid), p.prosecdef, p.provolatile, p.proconfig::text, "
                    + "p.prosrc from pg_proc p where p.pronamespace = 'public'::regnamespace order by 1, 2",
            "select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint "
                    + "where connamespace = 'public'::regnamespace order by 1, 2");

    private static List<List<String>> rows(String database, String sql) throws SQLException {
        DataSource ds = TestPostgres.owner(database);
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
