package jp.banso.cases;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
import jp.banso.domain.CaseSummary;
import jp.banso.roadmap.RoadmapPage;
import jp.banso.store.Store;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One open case: its title, the navigation between its parts, and the part being edited. Narrower than
 * {@link #FOLD_BELOW} (a 1280×720 laptop, a 1024×768 projector) the navigation folds to its icons so the pages get
 * the width; 「メニュー」 in the header unfolds or folds it.
 */
public final class CaseWorkspace extends BorderPane {
    /** Below this width the navigation is folded on its own. */
    public static final double FOLD_BELOW = 1300;

    private final Store store;
    private final UUID caseId;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navBox = new VBox(4);
    private final ToggleButton navToggle = new ToggleButton();

    private record Part(String id, String label, String icon, Function<CaseWorkspace, Node> page) {
    }

    private final List<Part> parts = List.of(
            new Part("overview", Msg.t("nav.overview"), "mdi2c-clipboard-text-outline", w -> new OverviewPage(w.store, w.caseId, w::refreshHeader)),
            new Part("profile", Msg.t("nav.profile"), "mdi2c-city-variant-outline", w -> new ProfilePage(w.store, w.caseId)),
            new Part("schedule", Msg.t("nav.schedule"), "mdi2c-calendar-month-outline", w -> new SchedulePage(w.store, w.caseId, w::refreshHeader, w::newBoardFor)),
            new Part("boards", Msg.t("nav.boards"), "mdi2n-note-multiple-outline", w -> new BoardsPage(w.store, w.caseId)),
            new Part("issues", Msg.t("nav.issues"), "mdi2f-format-list-numbered", w -> new IssuesPage(w.store, w.caseId)),
            new Part("roadmap", Msg.t("nav.roadmap"), "mdi2c-chart-timeline", w -> new RoadmapPage(w.store, w.caseId)));

    public CaseWorkspace(Store store, UUID caseId, Runnable back) {
        this.store = store;
        this.caseId = caseId;
        setId("case-workspace");

        Button backButton = new Button(Msg.t("nav.back"), new FontIcon("mdi2a-arrow-left"));
        backButton.setId("back-to-list");
        backButton.getStyleClass().add("flat");
        backButton.setOnAction(e -> {
            PendingEdits.flushAll();
            back.run();
        });
        title.setId("case-title");
        title.getStyleClass().add("title-2");
        subtitle.getStyleClass().add("muted");
        VBox titles = new VBox(2, title, subtitle);
        Button handouts = new Button(Msg.t("handouts.caseButton"), new FontIcon("mdi2f-file-excel-outline"));
        handouts.setId("case-handouts");
        handouts.setTooltip(new javafx.scene.control.Tooltip(Msg.t("handouts.caseTip")));
        handouts.setOnAction(e -> HandoutDialog.open(getScene().getWindow(), store, caseId, null));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        navToggle.setId("nav-toggle");
        navToggle.setGraphic(new FontIcon("mdi2m-menu"));
        navToggle.getStyleClass().add("flat");
        navToggle.setTooltip(new javafx.scene.control.Tooltip(Msg.t("nav.toggleTip")));
        navToggle.setText(Msg.t("nav.toggle"));
        navToggle.selectedProperty().addListener((o, was, open) -> foldNavigation(!open));
        HBox header = new HBox(16, navToggle, backButton, titles, spacer, handouts);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 20, 10, 12));
        header.getStyleClass().add("case-header");
        setTop(header);

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
            if (getCenter() instanceof BoardsPage old) {
                old.close();
            }
            setCenter(((Part) is.getUserData()).page().apply(this));
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
        if (getCenter() instanceof BoardsPage boards) {
            javafx.application.Platform.runLater(() -> boards.newBoard(meetingId));
        }
    }

    public UUID caseId() {
        return caseId;
    }

    private void refreshHeader() {
        store.cases().summary(caseId).ifPresent(this::showHeader);
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
