package jp.banso.app;

import javafx.application.Application;
import jp.banso.cli.Cli;

/**
 * Entry point. Kept apart from the Application class so the app also starts from a plain class path.
 * {@code banso export …} runs the command line instead of the window (see {@link Cli}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        EarlyStore.begin(AppOptions.parse(java.util.List.of(args)));
        Application.launch(BansoApp.class, args);
    }
}
