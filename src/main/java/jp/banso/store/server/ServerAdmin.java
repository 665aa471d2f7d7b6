package jp.banso.store.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.banso.store.StoreException;
import jp.banso.store.sync.ServerLogin;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the team server's owner does ({@code banso server …}): creates and updates the schema, teams, members (login
 * roles in the group role banso_user) and single-case grants. Works as the database owner, who is not bound by the
 * row-level security (docs/decisions/0015). Every change is one transaction; failures are {@link StoreException}s
 * with a Japanese message.
 */
public final class ServerAdmin {
    private static final Logger LOG = Logger.getLogger(ServerAdmin.class.getName());
    /** Login names: lower-case letters, digits, _ . - (a letter first), at most 63 characters (PostgreSQL's limit). */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
    /** Names that are PostgreSQL's or Banso's own roles, or words with a meaning in GRANT. */
    private static final Set<String> RESERVED = Set.of("banso_user", "public", "postgres", "none", "current_user",
            "session_user", "current_role", "all");
    private static final int TEAM_MAX = 100;

    private final DataSource owner;

    public ServerAdmin(DataSource owner) {
        this.owner = owner;
    }

    /** As the owner named in the login, over TLS unless the server is this computer ({@link ServerLogin}). */
    public static ServerAdmin connect(ServerLogin login) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(login.url());
        login.properties().forEach((k, v) -> {
            try {
                ds.setProperty(k.toString(), v.toString());
            } catch (SQLException e) {
                throw new IllegalArgumentException(e);
            }
        });
        return new ServerAdmin(ds);
    }

    /**
     * Creates the schema or brings it up to {@link ServerSchema#VERSION}; a second run changes nothing. A server whose
     * schema is newer than this Banso knows is refused before anything is changed. Returns the version now on the server.
     */
    public int init() {
        int before = withConnection(ServerAdmin::schemaVersion);
        if (before > ServerSchema.VERSION) {
            throw new StoreException("このサーバーのデータベースは新しい版（" + before + "）です。この Banso は版 " + ServerSchema.VERSION
                    + " までしか扱えません。Banso を新しくしてから実行してください。何も変更していません。");
        }
        try {
            ServerSchema.migrate(owner);
        } catch (FlywayException e) {
            throw failure("データベースの準備", e);
        }
        return withConnection(ServerAdmin::schemaVersion);
    }

    /** Creates a team (e.g. 栃木県); false when it already exists. */
    public boolean addTeam(String name) {
        String team = team(name);
        return inTransaction(c -> update(c, "insert into banso_team (name) values (?) on conflict do nothing", team) == 1);
    }

    /**
     * Adds a member to a team. A login role that does not exist yet is created with the password {@code password}
     * gives (asked only then; stored by PostgreSQL as a SCRAM verifier computed here, so the password itself never
     * reaches the server). Returns whether the login role was created.
     */
    public boolean addUser(String loginName, String teamName, Supplier<char[]> password) {
        String login = login(loginName);
        String team = team(teamName);
        return inTransaction(c -> {
            requireTeam(c, team);
            Boolean canLogin = queryOne(c, "select rolcanlogin from pg_roles where rolname = ?", login);
            boolean create = canLogin == null;
            if (!create && !canLogin) {
                throw new StoreException("「" + login + "」はログインできないロールです。別の名前にしてください。");
            }
            try (Statement st = c.createStatement()) {
                if (create) {
                    char[] secret = password.get();
                    try {
                        if (secret == null || secret.length == 0) {
                            throw new StoreException("新しいユーザー「" + login + "」のパスワードを入力してください。");
                        }
                        st.execute("create role " + quoted(login) + " login");
                        c.unwrap(PGConnection.class).alterUserPassword(login, secret, "scram-sha-256");
                    } finally {
                        if (secret != null) {
                            Arrays.fill(secret, '\0');
                        }
                    }
                }
                st.execute("grant banso_user to " + quoted(login));
            }
            update(c, "insert into banso_team_member (team, user_name) values (?, ?) on conflict do nothing", team, login);
            return create;
        });
    }

    /** Takes a member out of a team (the login role stays; it reaches nothing through that team any more). */
    public void removeUser(String loginName, String teamName) {
        String login = login(loginName);
        String team = team(teamName);
        inTransaction(c -> {
            if (update(c, "delete from banso_team_member where team = ? and user_name = ?", team, login) == 0) {
                throw new StoreException("「" + login + "」はチーム「" + team + "」のメンバーではありません。");
            }
            return null;
        });
    }

    /** Gives a member (an advisor) one case, whatever its team. */
    public void grantCase(UUID caseId, String loginName) {
        String login = login(loginName);
        inTransaction(c -> {
            if (queryOne(c, "select rolcanlogin from pg_roles where rolname = ?", login) == null) {
                throw new StoreException("ユーザー「" + login + "」がありません。先に banso server add-user で作ってください。");
            }
            if (queryOne(c, "select id from support_case where id = ?", caseId) == null) {
                throw new StoreException("ケース " + caseId + " はサーバーにありません。ケースを同期してから許可してください。");
            }
            update(c, "insert into banso_case_grant (case_id, user_name) values (?, ?) on conflict do nothing", caseId, login);
            return null;
        });
    }

    /** Takes a single-case grant back. */
    public void revokeCase(UUID caseId, String loginName) {
        String login = login(loginName);
        inTransaction(c -> {
            if (update(c, "delete from banso_case_grant where case_id = ? and user_name = ?", caseId, login) == 0) {
                throw new StoreException("「" + login + "」にはケース " + caseId + " の許可がありません。");
            }
            return null;
        });
    }

    /** A team and its members' login names (none yet: empty). */
    public record Team(String name, List<String> members) {
    }

    /** A single-case grant: the case, its town (empty when the case was deleted) and the member. */
    public record Grant(UUID caseId, String town, String user) {
    }

    /** Who is in which team and who was given which case. */
    public record Listing(List<Team> teams, List<Grant> grants) {
    }

    public Listing list() {
        return withConnection(c -> {
            Map<String, List<String>> teams = new LinkedHashMap<>();
            List<Grant> grants = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("select t.name, m.user_name from banso_team t "
                        + "left join banso_team_member m on m.team = t.name order by t.name, m.user_name");
                while (rs.next()) {
                    List<String> members = teams.computeIfAbsent(rs.getString(1), t -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        members.add(rs.getString(2));
                    }
                }
                rs = st.executeQuery("select g.case_id, coalesce(m.prefecture || ' ' || m.name, ''), g.user_name "
                        + "from banso_case_grant g left join support_case c on c.id = g.case_id "
                        + "left join municipality m on m.id = c.municipality_id order by g.user_name, 2");
                while (rs.next()) {
                    grants.add(new Grant(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
            }
            return new Listing(teams.entrySet().stream().map(e -> new Team(e.getKey(), List.copyOf(e.getValue()))).toList(),
                    List.copyOf(grants));
        });
    }

    /** The login name, checked; a name PostgreSQL would need unusual quoting for is refused with a message. */
    private static String login(String name) {
        String login = name == null ? "" : name.strip();
        if (!LOGIN.matcher(login).matches() || login.startsWith("pg_") || RESERVED.contains(login)) {
            throw new StoreException("ユーザー名「" + login + "」は使えません。半角の英小文字で始まり、英小文字・数字・_ . - だけの"
                    + "63文字以内の名前にしてください（pg_ で始まる名前や postgres などは使えません）。");
        }
        return login;
    }

    private static String team(String name) {
        String team = name == null ? "" : name.strip();
        if (team.isEmpty() || team.length() > TEAM_MAX || team.chars().anyMatch(Character::isISOControl)) {
            throw new StoreException("チーム名は1〜" + TEAM_MAX + "文字で指定してください（例: 栃木県）。");
        }
        return team;
    }

    /** A role name in PostgreSQL's quoting (always quoted, a quote doubled), for the statements that take no parameter. */
    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void requireTeam(Connection c, String team) throws SQLException {
        if (queryOne(c, "select name from banso_team where name = ?", team) == null) {
            throw new StoreException("チーム「" + team + "」がありません。先に banso server add-team " + team + " で作ってください。");
        }
    }

    /** The newest step of the schema on the server (0: none yet). */
    private static int schemaVersion(Connection c) throws SQLException {
        if (queryOne(c, "select to_regclass('flyway_schema_history')::text") == null) {
            return 0;
        }
        Integer v = queryOne(c, "select max(version::integer) from flyway_schema_history where success and version is not null");
        return v == null ? 0 : v;
    }

    @SuppressWarnings("unchecked")
    private static <T> T queryOne(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (T) rs.getObject(1) : null;
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = owner.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("サーバーの操作", e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        });
    }

    /** A driver's or Flyway's failure in words for the server's administrator; the detail goes to the log. */
    private static StoreException failure(String what, Exception e) {
        LOG.warning(what + " failed: " + e);
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                state = s.getSQLState();
            }
        }
        String message;
        if (state != null && state.startsWith("08")) {
            message = "サーバーに接続できません。アドレス（--url）、ネットワーク、TLS の設定（--ca）を確かめてください。";
        } else if (state != null && state.startsWith("28")) {
            message = "ユーザー名かパスワードが違うか、このユーザーは接続を許されていません（pg_hba.conf）。";
        } else if ("42501".equals(state)) {
            message = "権限がありません。データベースの所有者（CREATEROLE 権限のあるロール）で実行してください。";
        } else if (state == null && e instanceof FlywayException) {
            message = what + "に失敗しました（" + e.getMessage().lines().findFirst().orElse("") + "）。";
        } else {
            message = what + "に失敗しました。何も変更していません。（" + e.getMessage().lines().findFirst().orElse("") + "）";
        }
        return new StoreException(message, e);
    }
}
