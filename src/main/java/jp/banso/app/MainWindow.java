package jp.banso.app;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import jp.banso.bundle.BundleFormat;
import jp.banso.bundle.ui.BundleMenu;
import jp.banso.cases.CaseListModel;
import jp.banso.cases.CaseListView;
import jp.banso.cases.CaseWorkspace;
import jp.banso.cases.NewCaseDialog;
import jp.banso.cases.PortfolioModel;
import jp.banso.cases.PortfolioView;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.SupportCase;
import jp.banso.store.PortfolioRepository;
import jp.banso.store.Store;
import jp.banso.sync.ui.SyncMenu;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.SaveStatus;
import jp.banso.ui.ScreenFit;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell: menu, the lists (ケース一覧 or 市町村一覧, switched at their top) or an open case, and a status bar that says
 * where data lives and that it is saved.
 */
public final class MainWindow extends BorderPane {
    private final Store store;
    /** What every page takes today from (tests give a fixed one). */
    private final Clock clock;
    private final CaseListView caseList;
    /** Made the first time it is shown: its master of every municipality and its filters are not needed for the start. */
    private PortfolioView portfolio;
    /** The lists with their switch; the one shown last is where a closed case goes back to. */
    private final BorderPane lists = new BorderPane();
    private final ToggleButton casesToggle = new ToggleButton(Msg.t("menu.caseList"), new FontIcon("mdi2f-format-list-bulleted"));
    private final ToggleButton portfolioToggle = new ToggleButton(Msg.t("menu.portfolio"), new FontIcon("mdi2c-city-variant-outline"));
    private CaseWorkspace workspace;
    private Menu fileMenu;
    /** Team sync: its ファイル items, its part of the status bar and the background sync. */
    private final SyncMenu sync;

    public MainWindow(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public MainWindow(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        setId("main-window");
        SaveStatus.follow(store);
        sync = new SyncMenu(store, clock, () -> getScene().getWindow());
        caseList = new CaseListView(new CaseListModel(store.cases()), this::openCase, this::newCase);
        lists.setTop(listSwitch());
        setTop(menu());
        setBottom(statusBar());
        showList();
        guardClosing();
        // the list shows what sync brought (an open case's workspace follows its own case; the list is read again on return)
        store.serverChanges().addListener(rows -> javafx.application.Platform.runLater(() -> {
            if (workspace == null && showingPortfolio()) {
                portfolio.refresh();
            } else if (workspace == null) {
                caseList.refresh();
            }
        }));
        javafx.application.Platform.runLater(sync::start); // once the window is up
    }

    /**
     * The window closes (Ctrl+Q, the close box) only when every edit is saved, or the user chose what becomes of
     * those the disk did not take ({@link UnsavedEdits}). A filter, so nothing else hears a refused close.
     */
    private void guardClosing() {
        javafx.event.EventHandler<javafx.stage.WindowEvent> guard = e -> {
            if (!UnsavedEdits.mayClose(getScene().getWindow(), store)) {
                e.consume();
            }
        };
        sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((o, was, is) -> {
            if (was != null) {
                was.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, guard);
            }
            if (is != null) {
                is.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, guard);
            }
        });
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("/jp/banso/ui/banso.css")).toExternalForm());
    }

    private MenuBar menu() {
        MenuItem newCase = new MenuItem(Msg.t("menu.newCase"));
        newCase.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newCase.setOnAction(e -> newCase());
        MenuItem list = new MenuItem(Msg.t("menu.caseList"));
        list.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        list.setOnAction(e -> {
            PendingEdits.flushAll();
            showList();
        });
        MenuItem towns = new MenuItem(Msg.t("menu.portfolio"));
        towns.setId("menu-portfolio");
        towns.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        towns.setOnAction(e -> {
            PendingEdits.flushAll();
            showPortfolio();
        });
        MenuItem quit = new MenuItem(Msg.t("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem exportCases = new MenuItem(Msg.t("menu.exportCases"));
        exportCases.setId("menu-export-cases");
        exportCases.setOnAction(e -> exportCases());
        MenuItem importCases = new MenuItem(Msg.t("menu.importCases"));
        importCases.setId("menu-import-cases");
        importCases.setOnAction(e -> BundleMenu.chooseAndImport(getScene().getWindow(), store, this::afterImport));
        MenuItem applyRecovery = new MenuItem(Msg.t("unsavedFile.menu"));
        applyRecovery.setId("menu-apply-recovery");
        applyRecovery.setOnAction(e -> UnsavedEdits.chooseAndApply(getScene().getWindow(), store, this::afterImport));
        Menu file = new Menu(Msg.t("menu.file"), null, newCase, new javafx.scene.control.SeparatorMenuItem(),
                exportCases, importCases, applyRecovery, new javafx.scene.control.SeparatorMenuItem(), quit);
        file.getItems().addAll(file.getItems().size() - 1, sync.menuItems());
        file.getItems().add(file.getItems().size() - 1, new javafx.scene.control.SeparatorMenuItem());
        file.setId("menu-file");
        fileMenu = file;
        MenuItem keys = new MenuItem(Msg.t("menu.keys"));
        keys.setId("menu-keys");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> KeyHelp.dialog(getScene().getWindow()).show());
        MenuItem about = new MenuItem(Msg.t("menu.about"));
        about.setId("menu-about");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Msg.t("about.text", store.directory()), ButtonType.OK);
            a.setTitle(Msg.t("menu.about"));
            a.setHeaderText(Msg.t("about.header", BundleFormat.appVersion()));
            a.getDialogPane().setId("about-dialog");
            a.initOwner(getScene().getWindow());
            ScreenFit.dialog(a).showAndWait();
        });
        Menu help = new Menu(Msg.t("menu.help"), null, keys, new javafx.scene.control.SeparatorMenuItem(), about);
        help.setId("menu-help");
        Menu view = new Menu(Msg.t("menu.view"), null, list, towns);
        view.setId("menu-view");
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private HBox statusBar() {
        Label where = new Label(Msg.t("status.dataDir", store.directory()));
        where.getStyleClass().add("muted");
        Label saved = new Label();
        saved.setId("save-status");
        saved.textProperty().bind(SaveStatus.message());
        saved.getStyleClass().add("muted");
        Label error = new Label();
        error.setId("save-error");
        error.textProperty().bind(SaveStatus.error());
        error.getStyleClass().add("field-error");
        javafx.scene.control.Tooltip detail = new javafx.scene.control.Tooltip();
        detail.textProperty().bind(SaveStatus.detail());
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        error.tooltipProperty().bind(javafx.beans.binding.Bindings.when(SaveStatus.detail().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(detail));
        where.setMinWidth(40); // the folder's path gives way before a message about saving
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, where, spacer, error, saved, sync.indicator());
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    /** The switch between the two lists, above them. */
    private HBox listSwitch() {
        ToggleGroup group = new ToggleGroup();
        casesToggle.setId("show-case-list");
        casesToggle.setToggleGroup(group);
        casesToggle.getStyleClass().add(Styles.LEFT_PILL);
        casesToggle.setOnAction(e -> showList());
        portfolioToggle.setId("show-portfolio");
        portfolioToggle.setToggleGroup(group);
        portfolioToggle.getStyleClass().add(Styles.RIGHT_PILL);
        portfolioToggle.setOnAction(e -> showPortfolio());
        HBox bar = new HBox(casesToggle, portfolioToggle);
        bar.getStyleClass().add("page");
        bar.setPadding(new Insets(10, 20, 0, 20));
        return bar;
    }

    public void showList() {
        showLists(caseList);
        caseList.refresh();
    }

    /** 市町村一覧: read again in the background if cases were written since it was shown. */
    public void showPortfolio() {
        if (portfolio == null) {
            PortfolioModel model = new PortfolioModel(store.portfolio(), store.directory(), clock);
            // read again when next shown, only after writes to what it is made of (not a note typed on a board)
            store.onCommittedWrite(PortfolioRepository.TABLES, model::casesChanged);
            portfolio = new PortfolioView(model, this::openCase, this::newCaseIn);
        }
        showLists(portfolio);
        portfolio.refresh();
    }

    private boolean showingPortfolio() {
        return portfolio != null && lists.getCenter() == portfolio;
    }

    private void showLists(javafx.scene.Node list) {
        closeCase();
        store.pendingWrites().retry();
        lists.setCenter(list);
        casesToggle.setSelected(list == caseList);
        portfolioToggle.setSelected(list == portfolio);
        setCenter(lists);
    }

    /** Back from a case: to the list it was opened from. */
    private void backToList() {
        if (showingPortfolio()) {
            showPortfolio();
        } else {
            showList();
        }
    }

    public void openCase(UUID caseId) {
        closeCase();
        store.pendingWrites().retry(); // what the case shows is read after anything kept is written (if the disk allows)
        workspace = new CaseWorkspace(store, caseId, clock, this::backToList);
        setCenter(workspace);
    }

    private void closeCase() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    private void newCase() {
        newCaseIn(null);
    }

    /** A new case, its town already chosen when given (市町村一覧). */
    private void newCaseIn(MunicipalityMaster.Entry town) {
        PendingEdits.flushAll();
        NewCaseDialog.show(getScene().getWindow(), clock, town).ifPresent(n -> {
            SupportCase c = n.create(store.cases());
            openCase(c.getId());
            workspace.show("schedule"); // a new case starts from its proposed schedule
        });
    }

    /** ケースを書き出す…: the open case, else the one selected in the list, is ticked; with none, every case. */
    private void exportCases() {
        java.util.List<UUID> chosen = new java.util.ArrayList<>();
        if (workspace != null) {
            chosen.add(workspace.caseId());
        } else if (caseList.table().getSelectionModel().getSelectedItem() != null) {
            chosen.add(caseList.table().getSelectionModel().getSelectedItem().id());
        }
        BundleMenu.export(getScene().getWindow(), store, chosen, clock);
    }

    /** The import preview of a case bundle (a .banso given at start, as a file association opens it). */
    public void importBundle(java.nio.file.Path file) {
        BundleMenu.importFile(getScene().getWindow(), store, file, this::afterImport);
    }

    /** After an import the open case is opened afresh (its boards and roadmap read again), or the list refreshed. */
    private void afterImport() {
        if (workspace != null && store.cases().find(workspace.caseId()).isPresent()) {
            openCase(workspace.caseId());
        } else {
            showList();
        }
    }

    /** Adds a group of items to the ファイル menu, above 終了 (backups and the password, from the app). */
    public void addFileMenuItems(java.util.List<MenuItem> items) {
        int quit = fileMenu.getItems().size() - 1;
        fileMenu.getItems().add(quit, new javafx.scene.control.SeparatorMenuItem());
        fileMenu.getItems().addAll(quit, items);
    }

    /** Team sync (the app ends it at exit or when the store is replaced). */
    public SyncMenu sync() {
        return sync;
    }

    /** The open case, if any (tests and later capabilities). */
    public CaseWorkspace workspace() {
        return workspace;
    }
}
