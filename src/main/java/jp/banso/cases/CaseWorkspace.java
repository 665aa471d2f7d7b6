package jp.banso.cases;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.banso.board.BoardsPage;
import jp.banso.board.CaseBoardsModel;
import jp.banso.domain.CaseSummary;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.roadmap.RoadmapPage;
import jp.banso.store.ServerChanges;
import jp.banso.store.Store;
import jp.banso.store.sync.CaseRows;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.PendingEdits;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One open case: its title, the navigation between its parts, and the part being edited. Each part is a {@link Page}
 * over its model; the workspace creates both when the part is shown (so it shows what other parts changed), with the
 * app's clock, and closes the page when another is shown or the case is closed (docs/decisions/0012). Narrower than
 * {@link #FOLD_BELOW} (a 1280×720 laptop, a 1024×768 projector) the navigation folds to its icons so the pages get
 * the width; 「メニュー」 in the header unfolds or folds it.
 */
public final class CaseWorkspace extends BorderPane {
    /** Below this width the navigation is folded on its own. */
    public static final double FOLD_BELOW = 1300;

    private final Store store;
    private final UUID caseId;
    private final Clock clock;
    /** The part shown; null before the first and after the case is closed. */
    private Page shown;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navBox = new VBox(4);
    private final ToggleButton navToggle = new ToggleButton();
    /** Shown when the case is kept read-only (the user left the team that owns it): why, and what to do. */
    private final Label readOnlyBanner = new Label();
    private final java.util.function.Consumer<List<ServerChanges.Row>> fromServer = this::rowsApplied;
    /** Changes for the page arrived while the user typed in it: shown once the typing stops (focus leaves the field). */
    private javafx.beans.value.ChangeListener<Node> waitingForTyping;

    private record Part(String id, String label, String icon, Supplier<Page> page) {
    }

    private final List<Part> parts = List.of(
            new Part("overview", Msg.t("nav.overview"), "mdi2c-clipboard-text-outline", this::overview),
            new Part("profile", Msg.t("nav.profile"), "mdi2c-city-variant-outline", this::profile),
            new Part("schedule", Msg.t("nav.schedule"), "mdi2c-calendar-month-outline", this::schedule),
            new Part("boards", Msg.t("nav.boards"), "mdi2n-note-multiple-outline", this::boards),
            new Part("issues", Msg.t("nav.issues"), "mdi2f-format-list-numbered", this::issues),
            new Part("roadmap", Msg.t("nav.roadmap"), "mdi2c-chart-timeline", this::roadmap));

    /** clock: the app's, what every page takes today from. */
    public CaseWorkspace(Store store, UUID caseId, Clock clock, Runnable back) {
        this.store = store;
        this.caseId = caseId;
        this.clock = clock;
        setId("case-workspace");

        Button backButton = new Button(Msg.t("nav.back"), new FontIcon("mdi2a-arrow-left"));
        backButton.setId("back-to-list");
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setOnAction(e -> {
            PendingEdits.flushAll();
            back.run();
        });
        title.setId("case-title");
        title.getStyleClass().add(Styles.TITLE_2);
        subtitle.getStyleClass().add("muted");
        VBox titles = new VBox(2, title, subtitle);
        Button handouts = new Button(Msg.t("handouts.caseButton"), new FontIcon("mdi2f-file-excel-outline"));
        handouts.setId("case-handouts");
        handouts.setTooltip(new javafx.scene.control.Tooltip(Msg.t("handouts.caseTip")));
        handouts.setOnAction(e -> openHandouts(null));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        navToggle.setId("nav-toggle");
        navToggle.setGraphic(new FontIcon("mdi2m-menu"));
        navToggle.getStyleClass().add(Styles.FLAT);
        navToggle.setTooltip(new javafx.scene.control.Tooltip(Msg.t("nav.toggleTip")));
        navToggle.setText(Msg.t("nav.toggle"));
        navToggle.selectedProperty().addListener((o, was, open) -> foldNavigation(!open));
        HBox header = new HBox(16, navToggle, backButton, titles, spacer, handouts);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 20, 10, 12));
        header.getStyleClass().add("case-header");
        readOnlyBanner.setId("read-only-banner");
        readOnlyBanner.getStyleClass().add("read-only-banner");
        readOnlyBanner.setWrapText(true);
        readOnlyBanner.setMaxWidth(Double.MAX_VALUE);
        readOnlyBanner.setGraphic(new FontIcon("mdi2l-lock-outline"));
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        setTop(new VBox(header, readOnlyBanner));

        navBox.setId("case-nav");
        navBox.getStyleClass().add("side-nav");
        navBox.setPadding(new Insets(12, 8, 12, 8));
        for (Part p : parts) {
            ToggleButton b = new ToggleButton(p.label(), new FontIcon(p.icon()));
            b.setId("nav-" + p.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setUserData(p);
            b.setTooltip(new javafx.scene.control.Tooltip(p.label()));
            navBox.getChildren().add(b);
        }
        nav.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one part is always shown
                return;
            }
            PendingEdits.flushAll();
            closeShown();
            shown = ((Part) is.getUserData()).page().get();
            setCenter(shown.view());
        });
        setLeft(navBox);
        navToggle.setSelected(true);
        // folds (or unfolds) when the width crosses the threshold; the button decides in between
        widthProperty().addListener((o, was, is) -> {
            boolean narrowNow = is.doubleValue() < FOLD_BELOW;
            if (was.doubleValue() == 0 || narrowNow != (was.doubleValue() < FOLD_BELOW)) {
                navToggle.setSelected(!narrowNow);
            }
        });
        refreshHeader();
        show("overview");
        store.serverChanges().addListener(fromServer);
    }

    // --- changes from the team server ---

    /** Rows sync brought: on the sync thread, the cases they belong to are read; the page follows on the FX thread. */
    private void rowsApplied(List<ServerChanges.Row> rows) {
        boolean ours = CaseRows.casesOf(store, rows).contains(caseId);
        javafx.application.Platform.runLater(() -> serverChanged(ours));
    }

    /**
     * After sync applied rows (FX thread): the header and the read-only banner are read again; when rows of this case
     * came, the page shown follows — its model reads them in place, or the page is shown afresh once nothing is being
     * typed in it (what is typed is never replaced: the save of it merges, see store.EntityTable).
     */
    private void serverChanged(boolean ofThisCase) {
        if (shown == null) {
            return; // closed meanwhile
        }
        refreshHeader();
        if (ofThisCase) {
            follow();
        }
    }

    /** The page takes the changes itself, or — once nothing is typed in it — is shown afresh. */
    private void follow() {
        boolean typing = typing();
        if (shown.refreshFromServer(typing) || waitingForTyping != null) {
            return;
        }
        if (!typing) {
            showAfresh();
            return;
        }
        waitingForTyping = (o, was, is) -> {
            if (!typing()) {
                getScene().focusOwnerProperty().removeListener(waitingForTyping);
                waitingForTyping = null;
                if (shown != null) {
                    follow();
                }
            }
        };
        getScene().focusOwnerProperty().addListener(waitingForTyping);
    }

    /** Whether a text field of the page has the focus (the user may be typing in it). */
    private boolean typing() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == this) {
                return focus instanceof javafx.scene.control.TextInputControl;
            }
        }
        return false;
    }

    /** The page shown is made again over a fresh model, at the same scroll position. */
    private void showAfresh() {
        Part part = (Part) nav.getSelectedToggle().getUserData();
        double scroll = shown.view() instanceof javafx.scene.control.ScrollPane sp ? sp.getVvalue() : 0;
        PendingEdits.flushAll();
        closeShown();
        shown = part.page().get();
        setCenter(shown.view());
        if (shown.view() instanceof javafx.scene.control.ScrollPane sp) {
            sp.applyCss();
            sp.layout();
            sp.setVvalue(scroll);
        }
    }

    // --- the pages, each over its model ---

    private Page overview() {
        return new OverviewPage(new OverviewModel(store.cases(), store.meetings(), store.roadmaps(), caseId, clock), this::refreshHeader);
    }

    private Page profile() {
        return new ProfilePage(new ProfileModel(store.cases(), caseId, clock));
    }

    private Page schedule() {
        return new SchedulePage(new ScheduleModel(store.cases(), store.meetings(), caseId, clock), this::refreshHeader,
                new MeetingRecordPane.Links(this::newBoardFor, this::openHandouts));
    }

    private Page boards() {
        return new BoardsPage(new CaseBoardsModel(store.boards(), store.meetings(), caseId, CaseBoardsModel.templatesOf(store.directory())));
    }

    private Page issues() {
        return new IssuesPage(new IssuesModel(store.boards(), store.roadmaps(), caseId));
    }

    private Page roadmap() {
        RoadmapModel model = new RoadmapModel(store.roadmaps(), store.boards(), caseId, clock);
        model.setCaseYears(store.cases().fiscalYears(caseId));
        return new RoadmapPage(model);
    }

    private void closeShown() {
        if (shown != null) {
            shown.close();
            shown = null;
        }
    }

    /**
     * The case is closed (back to the list, another case opened): the page shown is closed. Whoever closes the case has
     * flushed the edits waiting first (the back button, the menu), as when a part is left.
     */
    public void close() {
        store.serverChanges().removeListener(fromServer);
        if (waitingForTyping != null && getScene() != null) {
            getScene().focusOwnerProperty().removeListener(waitingForTyping);
        }
        waitingForTyping = null;
        closeShown();
    }

    /** 配布資料を出力: the case's hand-outs, or (meetingId given) one meeting's. */
    private void openHandouts(UUID meetingId) {
        HandoutDialog.open(getScene().getWindow(), store, caseId, meetingId);
    }

    private void foldNavigation(boolean folded) {
        navBox.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("folded"), folded);
        for (Node n : navBox.getChildren()) {
            ((ToggleButton) n).setContentDisplay(folded ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
        }
    }

    /** Whether the navigation shows only its icons. */
    public boolean navigationFolded() {
        return !navToggle.isSelected();
    }

    /** Shows a part by id: overview, profile, schedule, boards, issues, roadmap. */
    public void show(String partId) {
        nav.getToggles().stream().filter(t -> ((Part) t.getUserData()).id().equals(partId)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** From a meeting's page: the ボード page, and its new-board dialog with that meeting chosen. */
    public void newBoardFor(UUID meetingId) {
        show("boards");
        if (shown instanceof BoardsPage boards) {
            javafx.application.Platform.runLater(() -> boards.newBoard(meetingId));
        }
    }

    public UUID caseId() {
        return caseId;
    }

    private void refreshHeader() {
        store.cases().summary(caseId).ifPresent(this::showHeader);
        java.time.Instant since = store.cases().readOnlyCases().get(caseId);
        readOnlyBanner.setVisible(since != null);
        readOnlyBanner.setText(since == null ? "" : Msg.t("readonly.banner", jp.banso.ui.Formats.date(
                java.time.LocalDate.ofInstant(since, clock.getZone()))));
    }

    private void showHeader(CaseSummary s) {
        title.setText(Msg.t("case.title", s.municipality(), s.prefecture()));
        StringBuilder b = new StringBuilder(s.fiscalYearsLabel());
        if (s.programme() != null) {
            b.append("　").append(s.programme());
        }
        if (s.state() != null) {
            b.append("　").append(Msg.t("case.stateLabel", s.state().label()));
        }
        if (s.stage() != null) {
            b.append("　").append(Msg.t("case.stageLabel", s.stage().label()));
        }
        if (s.archived()) {
            b.append("　").append(Msg.t("case.archived"));
        }
        subtitle.setText(b.toString());
    }
}
