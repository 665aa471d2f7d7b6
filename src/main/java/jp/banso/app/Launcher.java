package jp.banso.app;

import javafx.application.Application;

/** Entry point. Kept apart from the Application class so the app also starts from a plain class path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        EarlyStore.begin(AppOptions.parse(java.util.List.of(args)));
        Application.launch(BansoApp.class, args);
    }
}
