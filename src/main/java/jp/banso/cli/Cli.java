package jp.banso.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line ({@code banso export …}): the same export as the 配布資料を出力 dialog, for batch work, without a
 * window; {@code banso export-bundle …} and {@code banso import …}: case bundles as the ファイル menu makes and reads them; {@code banso server …}: the team server's set-up. Exit codes: 0 done, 1 failed (a Japanese message says why), 2 wrong arguments (with the usage text).
 */
public final class Cli {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Cli.class.getName());
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /** The commands; anything else starts the window. */
    static final java.util.List<String> COMMANDS = java.util.List.of("export", "export-bundle", "import", "server");

    /** What {@code banso} can do from the command line (shown when no or an unknown command is given). */
    static final String COMMANDS_USAGE = String.join("\n",
            "使い方: banso <コマンド> [オプション]   （コマンドなしで画面が開きます）",
            "",
            "  export         配布資料（Excel）を出力します",
            "  export-bundle  ケースを一つのファイル（.banso）に書き出します",
            "  import         ケースのファイル（.banso）を取り込みます",
            "  server         チームサーバー（PostgreSQL）を用意し、チームとメンバーを管理します",
            "",
            "コマンドごとの説明: banso <コマンド> --help");

    /** True when the arguments ask for a command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            err.println(COMMANDS_USAGE);
            err.println();
            err.println(ExportCommand.USAGE);
            return USAGE;
        }
        java.util.List<String> rest = Arrays.asList(args).subList(1, args.length);
        return guarded(() -> switch (args[0]) {
            case "export-bundle" -> new BundleCommands(out, err).exportBundle(rest);
            case "import" -> new BundleCommands(out, err).importBundle(rest);
            case "server" -> new ServerCommands(System.in, out, err).run(rest);
            default -> new ExportCommand(out, err).run(rest);
        }, err);
    }

    /** The terminal shows our messages, not the libraries' (Flyway's migrations). */
    static int quietly(java.util.function.IntSupplier command) {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.SEVERE);
        try {
            return command.getAsInt();
        } finally {
            root.setLevel(level);
        }
    }

    /**
     * Runs a command; a failure the command did not explain (a library's exception, in English) becomes a Japanese
     * message and exit code 1 instead of a stack trace. The detail goes to the log.
     */
    static int guarded(java.util.function.IntSupplier command, PrintStream err) {
        try {
            return command.getAsInt();
        } catch (RuntimeException e) {
            LOG.warning("command failed: " + e + (e.getCause() != null ? " / " + e.getCause() : ""));
            err.println("エラー: " + jp.banso.store.StoreException.userMessage(e));
            return FAILED;
        }
    }
}
