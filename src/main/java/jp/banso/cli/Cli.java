package jp.banso.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line ({@code banso export …}): the same export as the 配布資料を出力 dialog, for batch work, without a
 * window. Exit codes: 0 done, 1 failed (a Japanese message says why), 2 wrong arguments (with the usage text).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /** True when the arguments ask for a command rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("export");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("export")) {
            err.println(ExportCommand.USAGE);
            return USAGE;
        }
        return new ExportCommand(out, err).run(Arrays.asList(args).subList(1, args.length));
    }
}
