package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code banso server …} end to end against a real PostgreSQL, passwords through --password-stdin. */
class ServerCliTest {
    static String db;
    static String url;
    /** Login names are the whole cluster's: this class's own. */
    static String suffix;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void database() {
        db = TestPostgres.newDatabase();
        url = TestPostgres.url(db);
        suffix = db.substring("banso_test_".length());
    }

    /** Runs {@code banso server …} as the owner (the superuser "postgres" of the test server) with the given stdin lines. */
    private int server(String stdin, String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--url", url, "--owner", "postgres", "--password-stdin"));
        return command(stdin, argv.toArray(String[]::new));
    }

    /** Runs {@code banso server …} with exactly these arguments. */
    private int command(String stdin, String... argv) {
        out.reset();
        err.reset();
        return new ServerCommands(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(argv));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> teamsOf(String user, String password) throws SQLException {
        List<String> teams = new ArrayList<>();
        try (Connection c = TestPostgres.as(db, user, password).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select banso_my_teams()")) {
            while (rs.next()) {
                teams.add(rs.getString(1));
            }
        }
        return teams;
    }

    @Test
    void initTwiceTeamsAndMembers() throws SQLException {
        assertThat(server("\n", "init")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stderr()).contains("版 " + ServerSchema.VERSION);
        assertThat(server("\n", "init")).as("a second init changes nothing and succeeds: " + stderr()).isEqualTo(Cli.OK);

        assertThat(server("\n", "add-team", "栃木県")).isEqualTo(Cli.OK);
        assertThat(stderr()).contains("作りました");
        assertThat(server("\n", "add-team", "栃木県")).isEqualTo(Cli.OK);
        assertThat(stderr()).contains("すでにあります");

        String tanaka = "tanaka_" + suffix;
        assertThat(server("\nひみつ-pw\n", "add-user", tanaka, "--team", "栃木県")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stderr()).contains("ユーザー「" + tanaka + "」を作り");
        assertThat(teamsOf(tanaka, "ひみつ-pw")).containsExactly("栃木県");
        try (Connection c = TestPostgres.owner(db).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select rolpassword from pg_authid where rolname = '" + tanaka + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("stored as a SCRAM verifier, not the password").startsWith("SCRAM-SHA-256$")
                    .doesNotContain("ひみつ");
        }

        assertThat(server("\n", "add-team", "関東信越厚生局")).isEqualTo(Cli.OK);
        assertThat(server("\n", "add-user", tanaka, "--team", "関東信越厚生局")).as("an existing user: no password asked " + stderr())
                .isEqualTo(Cli.OK);
        assertThat(teamsOf(tanaka, "ひみつ-pw")).containsExactly("栃木県", "関東信越厚生局");

        assertThat(server("\n", "list")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("チーム 栃木県（1人）: " + tanaka, "チーム 関東信越厚生局（1人）: " + tanaka);

        assertThat(server("\n", "remove-user", tanaka, "--team", "栃木県")).isEqualTo(Cli.OK);
        assertThat(teamsOf(tanaka, "ひみつ-pw")).containsExactly("関東信越厚生局");
        assertThat(server("\n", "remove-user", tanaka, "--team", "栃木県")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("メンバーではありません");
    }

    @Test
    void grantsNameAnExistingCaseAndUser() throws SQLException {
        assertThat(server("\n", "init")).isEqualTo(Cli.OK);
        assertThat(server("\n", "add-team", "群馬県")).isEqualTo(Cli.OK);
        String sato = "sato_" + suffix;
        assertThat(server("\npw\n", "add-user", sato, "--team", "群馬県")).isEqualTo(Cli.OK);
        UUID town = UUID.randomUUID();
        UUID kase = UUID.randomUUID();
        try (Connection c = TestPostgres.owner(db).getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into municipality (id, prefecture, name, created_at, updated_at) values ('" + town
                    + "', '群馬県', '館林市', now(), now())");
            st.execute("insert into support_case (id, municipality_id, team, created_at, updated_at) values ('" + kase + "', '"
                    + town + "', null, now(), now())");
        }
        assertThat(server("\n", "grant-case", UUID.randomUUID().toString(), "--user", sato)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("サーバーにありません");
        assertThat(server("\n", "grant-case", kase.toString(), "--user", "nobody_" + suffix)).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("ユーザー「nobody_" + suffix + "」がありません");
        assertThat(server("\n", "grant-case", "三番目のケース", "--user", sato)).isEqualTo(Cli.USAGE);
        assertThat(server("\n", "grant-case", kase.toString(), "--user", sato)).as(stderr()).isEqualTo(Cli.OK);
        assertThat(server("\n", "list")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains(sato + "  " + kase + "  群馬県 館林市");
        assertThat(server("\n", "revoke-case", kase.toString(), "--user", sato)).isEqualTo(Cli.OK);
        assertThat(server("\n", "revoke-case", kase.toString(), "--user", sato)).isEqualTo(Cli.FAILED);
    }

    @Test
    void oddNamesAndMissingTeamsAreRefused() {
        assertThat(server("\n", "init")).isEqualTo(Cli.OK);
        for (String odd : List.of("Robert\"; drop table support_case; --", "pg_signal", "banso_user", "postgres", "田中",
                "1abc", "a".repeat(64), "tanaka san")) {
            assertThat(server("\npw\n", "add-user", odd, "--team", "栃木県")).as(odd).isEqualTo(Cli.FAILED);
            assertThat(stderr()).as(odd).contains("使えません");
        }
        assertThat(server("\npw\n", "add-user", "ito_" + suffix, "--team", "どこにもない県")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("チーム「どこにもない県」がありません", "add-team");
        assertThat(server("\n", "add-team", "\u0007")).isEqualTo(Cli.FAILED);
        assertThat(server("\n\n", "add-team", "群馬県")).isEqualTo(Cli.OK);
        assertThat(server("\n", "add-user", "ito_" + suffix, "--team", "群馬県")).as("a new user needs a password").isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("パスワードを入力してください");
    }

    @Test
    void aNewerServerSchemaIsRefusedAndLeftAlone() throws SQLException {
        String newer = TestPostgres.newDatabase();
        String saved = url;
        url = TestPostgres.url(newer);
        try {
            assertThat(server("\n", "init")).isEqualTo(Cli.OK);
            int next = ServerSchema.VERSION + 1;
            try (Connection c = TestPostgres.owner(newer).getConnection(); Statement st = c.createStatement()) {
                st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, installed_by, "
                        + "execution_time, success) values (99, '" + next + "', 'future', 'SQL', 'V" + next + "__future.sql', 'x', 0, true)");
            }
            assertThat(server("\n", "init")).isEqualTo(Cli.FAILED);
            assertThat(stderr()).contains("新しい版（" + next + "）", "Banso を新しくして", "何も変更していません");
        } finally {
            url = saved;
        }
    }

    @Test
    void wrongArgumentsSayWhatIsWrong() {
        assertThat(server("", "rename-team", "x")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("知らない操作です: rename-team", "使い方: banso server");
        assertThat(server("", "add-user", "tanaka")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--team");
        assertThat(server("", "add-team")).isEqualTo(Cli.USAGE);
        assertThat(server("", "init", "extra")).isEqualTo(Cli.USAGE);
        assertThat(command("", "init", "--url", url, "--user", "postgres")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("所有者は --owner");
        assertThat(server("", "add-team", "栃木県", "--team", "群馬県")).isEqualTo(Cli.USAGE);

        assertThat(command("", "init", "--url", url, "--owner", "postgres")).as("no terminal to ask the password on (tests have none)").isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--password-stdin");
    }

    @Test
    void anotherComputerIsReachedOnlyOverTls() {
        String remote = url.replace("localhost", "127.0.0.2");
        assertThat(command("\n", "list", "--url", remote, "--owner", "postgres", "--password-stdin")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("接続できません", "TLS");
        assertThat(command("\n", "list", "--url", "http://localhost/banso", "--owner", "postgres", "--password-stdin"))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("jdbc:postgresql://");
    }

    @Test
    void theLauncherKnowsTheCommand() {
        assertThat(Cli.isCommand(new String[] {"server"})).isTrue();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"server"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(e.toString(StandardCharsets.UTF_8)).contains("banso server <操作>", "add-user");
        assertThat(Cli.COMMANDS_USAGE).contains("server");
    }
}
