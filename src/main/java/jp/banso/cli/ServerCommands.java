package jp.banso.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.banso.store.StoreException;
import jp.banso.store.server.ServerAdmin;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.sync.ServerLogin;
import jp.banso.store.sync.SyncException;

/**
 * {@code banso server …}: the team server's set-up by its owner (README チームサーバー（PostgreSQL）の用意). Passwords are
 * read from the terminal without echo, or for scripts one a line from standard input ({@code --password-stdin}: the
 * owner's first, then a new member's); never from the command line. Exit codes as the other commands.
 */
final class ServerCommands {
    static final String USAGE = String.join("\n",
            "使い方: banso server <操作> … --url <jdbc:postgresql://ホスト/データベース> --owner <所有者> [--ca <ファイル>] [--password-stdin]",
            "",
            "チームサーバー（PostgreSQL）を用意し、チームとメンバーを管理します。データベースの所有者で実行します。",
            "",
            "  init                          データベースに Banso の表・ロール・行レベルセキュリティを作ります（版 " + ServerSchema.VERSION + "）。",
            "                                すでにあれば新しい版に上げます（何度実行しても大丈夫です）",
            "  add-team <チーム名>           チームを作ります（例: 栃木県、関東信越厚生局）",
            "  add-user <ユーザー> --team <チーム>     メンバーをチームに入れます。ユーザーがまだなければ作ります（パスワードを尋ねます）",
            "  remove-user <ユーザー> --team <チーム>  メンバーをチームから外します（ユーザーは残ります）",
            "  grant-case <ケースID> --user <ユーザー>  チーム外のメンバー（アドバイザーなど）に一つのケースを許可します",
            "  revoke-case <ケースID> --user <ユーザー> ケースの許可を取り消します",
            "  list                          チーム、メンバー、ケースの許可を表示します",
            "",
            "  --url <アドレス>      サーバーのデータベース（例: jdbc:postgresql://banso.example.lg.jp/banso）",
            "  --owner <所有者>      データベースの所有者のユーザー名",
            "  --ca <ファイル>       サーバー証明書を発行した認証局の証明書（自前の認証局のとき）",
            "  --password-stdin      パスワードを標準入力から読みます（1行目: 所有者、2行目: 新しいユーザー）",
            "",
            "ユーザー名は半角の英小文字で始まり、英小文字・数字・_ . - だけの63文字以内です。",
            "このパソコン以外のサーバーには TLS（証明書の確認つき）で接続します。パスワードはどこにも保存しません。",
            "",
            "例: banso server init --url jdbc:postgresql://banso.example.lg.jp/banso --owner banso_owner",
            "    banso server add-user tanaka --team 栃木県 --url jdbc:postgresql://banso.example.lg.jp/banso --owner banso_owner",
            "",
            "終了コード: 0 成功、1 失敗（理由を表示）、2 引数の誤り");

    private static final List<String> VALUED = List.of("--url", "--owner", "--ca", "--team", "--user");
    private static final List<String> SWITCHES = List.of("--password-stdin");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private BufferedReader stdin;

    ServerCommands(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(List<String> argv) {
        return Cli.quietly(() -> {
            if (argv.isEmpty() || Options.asksForHelp(argv)) {
                (argv.isEmpty() ? err : out).println(USAGE);
                return argv.isEmpty() ? Cli.USAGE : Cli.OK;
            }
            String action = argv.get(0);
            Options o;
            try {
                o = Options.parse(argv.subList(1, argv.size()), VALUED, SWITCHES, true);
                check(action, o);
            } catch (UsageException e) {
                return e.report(err, USAGE);
            }
            try {
                ServerAdmin admin = ServerAdmin.connect(login(o));
                return switch (action) {
                    case "init" -> {
                        int version = admin.init();
                        err.println("サーバーのデータベースを用意しました（版 " + version + "）。");
                        yield Cli.OK;
                    }
                    case "add-team" -> {
                        err.println(admin.addTeam(o.plain().get(0)) ? "チーム「" + o.plain().get(0).strip() + "」を作りました。"
                                : "チーム「" + o.plain().get(0).strip() + "」はすでにあります。");
                        yield Cli.OK;
                    }
                    case "add-user" -> addUser(admin, o);
                    case "remove-user" -> {
                        admin.removeUser(o.plain().get(0), o.value("--team"));
                        err.println("「" + o.plain().get(0) + "」をチーム「" + o.value("--team") + "」から外しました。");
                        yield Cli.OK;
                    }
                    case "grant-case" -> {
                        admin.grantCase(caseId(o), o.value("--user"));
                        err.println("「" + o.value("--user") + "」にケース " + caseId(o) + " を許可しました。");
                        yield Cli.OK;
                    }
                    case "revoke-case" -> {
                        admin.revokeCase(caseId(o), o.value("--user"));
                        err.println("「" + o.value("--user") + "」のケース " + caseId(o) + " の許可を取り消しました。");
                        yield Cli.OK;
                    }
                    default -> list(admin);
                };
            } catch (StoreException | SyncException e) {
                err.println("エラー: " + e.getMessage());
                return Cli.FAILED;
            } catch (UsageException e) {
                return e.report(err, USAGE);
            }
        });
    }

    /** The action is known and has what it needs (before a password is asked or a server is reached). */
    private static void check(String action, Options o) throws UsageException {
        int plain = switch (action) {
            case "init", "list" -> 0;
            case "add-team", "add-user", "remove-user", "grant-case", "revoke-case" -> 1;
            default -> throw new UsageException("知らない操作です: " + action);
        };
        if (o.plain().size() != plain) {
            throw new UsageException(plain == 0 ? action + " には名前を付けません: " + String.join(" ", o.plain())
                    : action + " には " + (action.endsWith("-case") ? "ケースID" : action.equals("add-team") ? "チーム名" : "ユーザー名")
                    + "を一つ指定してください");
        }
        if (action.endsWith("-user")) {
            o.required("--team", "チーム");
        } else if (o.has("--team")) {
            throw new UsageException("--team は add-user と remove-user で使います");
        }
        if (action.endsWith("-case")) {
            o.required("--user", "ユーザー");
            caseId(o);
        } else if (o.has("--user")) {
            throw new UsageException("--user は grant-case と revoke-case で許可するメンバーです。データベースの所有者は --owner で指定してください");
        }
        o.required("--url", "サーバーのアドレス");
        o.required("--owner", "データベースの所有者");
    }

    private static UUID caseId(Options o) throws UsageException {
        try {
            return UUID.fromString(o.plain().get(0).strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("ケースID の形が違います（例: 3f2a…-…）: " + o.plain().get(0));
        }
    }

    private int addUser(ServerAdmin admin, Options o) {
        String login = o.plain().get(0).strip();
        boolean created = admin.addUser(login, o.value("--team"), () -> newPassword(o, login));
        err.println((created ? "ユーザー「" + login + "」を作り、" : "「" + login + "」を") + "チーム「" + o.value("--team").strip()
                + "」に入れました。");
        return Cli.OK;
    }

    private int list(ServerAdmin admin) {
        ServerAdmin.Listing listing = admin.list();
        if (listing.teams().isEmpty()) {
            out.println("チームはまだありません（banso server add-team で作ります）。");
        }
        for (ServerAdmin.Team t : listing.teams()) {
            out.println("チーム " + t.name() + "（" + t.members().size() + "人）: " + String.join(", ", t.members()));
        }
        if (!listing.grants().isEmpty()) {
            out.println("ケースの許可:");
            for (ServerAdmin.Grant g : listing.grants()) {
                out.println("  " + g.user() + "  " + g.caseId() + "  " + (g.town().isEmpty() ? "（削除されたケース）" : g.town()));
            }
        }
        return Cli.OK;
    }

    /** The owner's login: the address and the TLS rule of {@link ServerLogin}, the password asked now. */
    private ServerLogin login(Options o) throws UsageException {
        char[] password = password(o, "所有者「" + o.value("--owner") + "」のパスワード: ");
        try {
            return new ServerLogin(o.value("--url").strip(), o.value("--owner").strip(), password,
                    o.has("--ca") ? Path.of(o.value("--ca")).toAbsolutePath() : null);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A new member's password: typed twice on the terminal, or the next line of standard input. */
    private char[] newPassword(Options o, String login) {
        try {
            char[] first = password(o, "新しいユーザー「" + login + "」のパスワード: ");
            if (o.has("--password-stdin")) {
                return first;
            }
            char[] again = password(o, "もう一度入力してください: ");
            boolean same = Arrays.equals(first, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new StoreException("二つのパスワードが違います。何も変更していません。");
            }
            return first;
        } catch (UsageException e) {
            throw new StoreException(e.getMessage());
        }
    }

    private char[] password(Options o, String prompt) throws UsageException {
        if (o.has("--password-stdin")) {
            try {
                if (stdin == null) {
                    stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                String line = stdin.readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new StoreException("標準入力からパスワードを読めませんでした。", e);
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("パスワードを入力する端末がありません。スクリプトでは --password-stdin で標準入力から渡してください");
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    }
}
