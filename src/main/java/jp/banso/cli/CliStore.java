package jp.banso.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import jp.banso.store.DataDirectory;
import jp.banso.store.DatabaseFile;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Restore;
import jp.banso.store.Store;
import jp.banso.store.StoreException;

/**
 * Opens the data folder for a command. An encrypted folder's password comes from the environment variable
 * {@value #PASSWORD_VARIABLE} or is asked on the console without echo (three tries); it is never taken from the command
 * line (other users see it in the process list), and never written anywhere. Every command uses this.
 */
public final class CliStore {
    public static final String PASSWORD_VARIABLE = "BANSO_PASSWORD";
    /** For the commands' usage texts. */
    public static final String USAGE_NOTE = "パスワードを設定したデータフォルダでは、環境変数 " + PASSWORD_VARIABLE
            + " のパスワードを使います（なければ端末で尋ねます。入力は表示しません）。";
    private static final int TRIES = 3;

    /** Reads a password without echo; null when there is nobody to ask (no console). */
    interface PasswordPrompt {
        char[] read(String prompt);
    }

    private CliStore() {
    }

    /** The folder given with --data-dir (or the app's default), opened; a StoreException says in Japanese why not. */
    public static Store open(String dataDirOption, PrintStream err) {
        return open(DataDirectory.locate(dataDirOption), System.getenv(), systemConsole(), err);
    }

    /**
     * Refuses a folder that settings.json names but that cannot be used: unlike the app, which asks, a command never
     * works on the default folder instead (a script would export or import into the wrong data without anyone seeing).
     */
    static Store open(DataDirectory.Location location, Map<String, String> env, PasswordPrompt prompt, PrintStream err) {
        if (!location.usable()) {
            String advice = location.bySettings() ? "\n設定ファイルを直すか、--data-dir でデータフォルダを指定してください。" : "";
            throw new StoreException(location.problem() + advice, null);
        }
        return open(location.folder(), env, prompt, err);
    }

    /** Opened as the app opens it: refused while in use before any password is asked; leftovers of crashes removed. */
    static Store open(Path dataDir, Map<String, String> env, PasswordPrompt prompt, PrintStream err) {
        Store store = openStore(dataDir, env, prompt, err);
        Restore.cleanUp(store);
        return store;
    }

    private static Store openStore(Path dataDir, Map<String, String> env, PasswordPrompt prompt, PrintStream err) {
        if (DatabaseFile.state(dataDir) != DatabaseFile.State.ENCRYPTED) {
            return Store.open(dataDir);
        }
        Store.checkNotInUse(dataDir); // 使用中 before the password, as the app says it (StoreOpening)
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            try {
                return Store.open(dataDir, DatabasePassword.of(fromEnv));
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.WRONG_PASSWORD) {
                    throw new StoreException(StoreException.Reason.WRONG_PASSWORD,
                            "環境変数 " + PASSWORD_VARIABLE + " のパスワードが違います: " + dataDir, e);
                }
                throw e;
            }
        }
        if (prompt == null) {
            throw new StoreException(StoreException.Reason.PASSWORD_REQUIRED, "このデータフォルダはパスワードで保護されています: "
                    + dataDir + "\n環境変数 " + PASSWORD_VARIABLE + " にパスワードを設定するか、端末から実行してパスワードを入力してください。", null);
        }
        for (int attempt = 1; ; attempt++) {
            char[] typed = prompt.read("パスワード（" + dataDir + "）: ");
            if (typed == null || typed.length == 0) {
                throw new StoreException(StoreException.Reason.PASSWORD_REQUIRED, "パスワードが入力されませんでした。", null);
            }
            try {
                return Store.open(dataDir, DatabasePassword.of(typed));
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.WRONG_PASSWORD || attempt == TRIES) {
                    throw e;
                }
                err.println("パスワードが違います。もう一度入力してください。");
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }

    private static PasswordPrompt systemConsole() {
        Console console = System.console();
        return console == null ? null : prompt -> console.readPassword("%s", prompt);
    }
}
