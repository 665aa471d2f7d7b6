package jp.banso.cli;

import java.io.PrintStream;

/** Wrong arguments: the message says what is wrong, in Japanese; the command exits with {@link Cli#USAGE}. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }

    /** Prints the message and the command's usage text; returns the exit code. */
    int report(PrintStream err, String usage) {
        err.println("エラー: " + getMessage());
        err.println();
        err.println(usage);
        return Cli.USAGE;
    }
}
