package jp.banso.app;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import jp.banso.cases.DemoCase;
import jp.banso.store.DataDirectory;
import jp.banso.store.Settings;
import jp.banso.store.Store;
import jp.banso.ui.FolderOpener;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.ScreenFit;

/** Opens the store, offers the demo case on an empty database, shows the main window, and closes cleanly. */
public final class BansoApp extends Application {
    private static final Logger LOG = Logger.getLogger(BansoApp.class.getName());

    private volatile Store store;
    private Path dataDir;
    private DataDirectory.Location location;
    private Settings settings;
    private Stage stage;
    private DataSafety safety;
    private AppOptions options;
    private MainWindow main;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        ScreenFit.everyWindow(); // dialogs and alerts (the password question too) stay within a screen
        UnexpectedErrors.install(); // a failure no screen handles is told in Japanese, never lost in a console
        options = AppOptions.parse(getParameters().getRaw());
        if (!locate()) {
            return;
        }
        CompletableFuture<Store> opening = EarlyStore.pending();
        if (opening == null) {
            // a folder that needs a question first (password, damaged or missing file): ask, then show the window
            applyTheme();
            store = new StoreOpening(location).open();
            if (store == null) {
                Platform.exit();
                return;
            }
            showWindow(new StartingPane());
            finishStart();
            return;
        }
        // The store is opening on its own thread: the window appears now and fills in when the store is there. The
        // theme (a large stylesheet) is applied with the case list, so the first frame costs what any JavaFX window does.
        showWindow(new StartingPane());
        opening.whenComplete((s, e) -> Platform.runLater(() -> {
            if (!stage.isShowing()) { // closed while starting
                if (s != null) {
                    s.close();
                }
                return;
            }
            applyTheme();
            store = new StoreOpening(location).open(); // the early store, or the questions its failure calls for
            if (store == null) {
                Platform.exit();
                return;
            }
            finishStart();
        }));
    }

    /** The data folder (see DataDirectory); false, after saying why, when there is none to open at all. */
    private boolean locate() {
        location = EarlyStore.location(options.dataDir());
        dataDir = location.folder();
        if (dataDir == null) {
            applyTheme();
            StoreOpening.fatal(location.problem());
            Platform.exit();
            return false;
        }
        return true;
    }

    private void showWindow(StartingPane starting) {
        settings = EarlyStore.settings(dataDir);
        WindowPlacement.apply(stage, settings);
        stage.setScene(new Scene(starting)); // as large as the placement made the window
        stage.setTitle(Msg.t("app.title"));
        stage.setOnCloseRequest(e -> savePlacement(stage));
        stage.show();
        long shownAfter = sinceJvmStart();
        Platform.runLater(() -> addIcons(stage)); // after the first frame; the title bar picks them up
        LOG.info(() -> "window shown " + shownAfter + " ms after JVM start");
        if (Boolean.getBoolean("banso.startupProbe")) {
            System.out.println("BANSO_SHOWN " + shownAfter);
        }
    }

    /** With the store open: the demo case on a first start, backups, the case list in the window. */
    private void finishStart() {
        FolderOpener.use(folder -> getHostServices().showDocument(folder.toUri().toString()));
        if (StoreOpening.firstStart(location, options, store) && (options.demo() || askForDemo())) {
            DemoCase.create(store);
        }
        safety = new DataSafety(dataDir, new DataSafety.Host() {
            @Override
            public Store store() {
                return store;
            }

            @Override
            public void replace(Store restored) {
                replaceStore(restored);
            }

            @Override
            public javafx.stage.Window window() {
                return BansoApp.this.stage;
            }
        });
        MainWindow main = mainWindow();
        MainWindow.style(stage.getScene());
        stage.getScene().setRoot(main);
        Platform.runLater(() -> UnsavedEdits.offerRecovery(stage, store, main::showList));
        safety.start(java.time.Duration.ofSeconds(3)); // the start-up backup, once the window is up
        jp.banso.report.WarmUp.inBackground(jp.banso.report.WarmUp.AFTER_START); // the first hand-out export's head start
        String bundle = AppOptions.bundleFile(getParameters().getRaw());
        if (bundle != null) {
            Platform.runLater(() -> main.importBundle(Path.of(bundle).toAbsolutePath()));
        }
        if (Boolean.getBoolean("banso.startupProbe")) {
            // the start-up benchmark reads these lines and lets the app close once the case list has been drawn
            Platform.runLater(() -> {
                System.out.println("BANSO_READY " + sinceJvmStart());
                stage.close();
            });
        }
        LOG.info(() -> "case list ready " + sinceJvmStart() + " ms after JVM start");
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The Banso mark (installer/icon/) in the sizes the OS picks from for the title bar, task bar and Alt+Tab. */
    static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            URL png = BansoApp.class.getResource("/jp/banso/ui/icon/banso-" + size + ".png");
            if (png != null) {
                stage.getIcons().add(new Image(png.toExternalForm()));
            }
        }
    }

    /** Japanese everywhere (JavaFX's own OK/キャンセル too, whatever the OS language) and the theme. */
    static void applyTheme() {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private static boolean askForDemo() {
        ButtonType yes = new ButtonType(Msg.t("demo.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Msg.t("demo.no"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("demo.message"), yes, no);
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(Msg.t("demo.header"));
        return ScreenFit.dialog(a).showAndWait().orElse(no) == yes;
    }

    private MainWindow mainWindow() {
        if (main != null) {
            main.sync().close(); // the store it synced is replaced
        }
        main = new MainWindow(store);
        main.addFileMenuItems(safety.menuItems());
        return main;
    }

    /** After a restore or a password change: the window shows the new store's data (from the case list). */
    private void replaceStore(Store replacement) {
        store = replacement;
        stage.getScene().setRoot(mainWindow());
    }

    private void savePlacement(Stage stage) {
        PendingEdits.flushAll();
        settings = Settings.load(dataDir); // keep what was saved since start (the hand-out dialog's choices)
        settings.windowMaximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        settings.save(dataDir);
    }

    @Override
    public void stop() {
        PendingEdits.flushAll();
        if (main != null) {
            main.sync().closeAtExit(); // the last sync, for a few seconds at most
        }
        if (safety != null) {
            safety.atExit(); // the exit backup
        }
        if (store != null) {
            store.close();
        }
    }
}
