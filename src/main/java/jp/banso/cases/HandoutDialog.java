package jp.banso.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import jp.banso.board.BoardPicture;
import jp.banso.domain.Meeting;
import jp.banso.report.BoardImages;
import jp.banso.report.CaseData;
import jp.banso.report.ExportService;
import jp.banso.report.FormRegistry;
import jp.banso.report.ReportException;
import jp.banso.report.ReportDeck;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportTemplates;
import jp.banso.report.WarmUp;
import jp.banso.store.Settings;
import jp.banso.store.Store;
import jp.banso.ui.FolderOpener;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.TaskDialog;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 配布資料を出力: the forms and the 報告会 deck (last choice remembered), a folder, and 出力. The files are made by {@link ExportService} in
 * the background (a {@link TaskDialog}: progress, no closing until done), so the window stays responsive; the folder
 * opens when they are written. From a meeting the files are that meeting's; from the case, every meeting with a record
 * gets its own.
 */
public final class HandoutDialog extends TaskDialog {
    private final Store store;
    private final UUID caseId;
    private final Meeting meeting;
    private final Map<ReportForm, CheckBox> boxes = new LinkedHashMap<>();
    /** 報告会スライド: the case's deck, made beside the Excel forms (not chosen until once chosen: a deck is made once a year). */
    private final CheckBox slides = new CheckBox(Msg.t("handouts.slides"));
    /** Forms that cannot be made here (no board) keep the choice made where they could. */
    private final List<String> keptChoices = new ArrayList<>();
    private final TextField folder = new TextField();
    private final CheckBox openAfter = new CheckBox(Msg.t("handouts.openFolder"));
    /** フォルダを開く: shown after an export, for when the folder did not open by itself. */
    private final Button showFolderButton;
    private Path lastFolder;

    private HandoutDialog(Window owner, Store store, UUID caseId, UUID meetingId) {
        super(owner, "handout", ReportException.class);
        this.store = store;
        this.caseId = caseId;
        CaseData data = CaseData.load(store, caseId);
        this.meeting = meetingId == null ? null : data.meeting(meetingId).orElse(null);
        setTitle(Msg.t("handouts.title"));
        setHeaderText(meeting == null ? Msg.t("handouts.headerCase", data.summary().municipality())
                : Msg.t("handouts.headerMeeting", meeting.displayTitle()));

        Settings settings = Settings.load(store.directory());
        VBox forms = new VBox(6);
        forms.setId("handout-forms");
        for (ReportForm f : FormRegistry.all()) {
            String why = meeting == null ? null : f.unavailable(data, meeting);
            CheckBox box = new CheckBox(f.title() + (meeting == null && f.scope() == ReportForm.Scope.MEETING ? Msg.t("handouts.perMeeting") : ""));
            box.setId("handout-form-" + f.id());
            box.setSelected(why == null && (settings.handoutForms == null || settings.handoutForms.contains(f.id())));
            box.setDisable(why != null);
            if (why != null && (settings.handoutForms == null || settings.handoutForms.contains(f.id()))) {
                keptChoices.add(f.id());
            }
            Label about = new Label(why != null ? why : f.description());
            about.getStyleClass().add("muted");
            about.setWrapText(true);
            about.setPadding(new Insets(0, 0, 0, 26));
            forms.getChildren().add(new VBox(1, box, about));
            box.mouseTransparentProperty().bind(runningProperty());
            boxes.put(f, box);
        }

        slides.setId("handout-form-" + ReportDeck.ID);
        slides.setSelected(settings.handoutForms != null && settings.handoutForms.contains(ReportDeck.ID));
        slides.mouseTransparentProperty().bind(runningProperty());
        Label slidesAbout = new Label(Msg.t("handouts.slidesAbout"));
        slidesAbout.getStyleClass().add("muted");
        slidesAbout.setWrapText(true);
        slidesAbout.setPadding(new Insets(0, 0, 0, 26));
        forms.getChildren().add(new VBox(1, slides, slidesAbout));

        folder.setId("handout-folder");
        folder.disableProperty().bind(runningProperty());
        folder.setPromptText(Msg.t("handouts.folderPrompt"));
        folder.setText(settings.handoutFolder != null ? settings.handoutFolder : defaultFolder().toString());
        HBox folderRow = browseRow(folder, "handout-browse", this::browse);
        openAfter.setId("handout-open-folder");
        openAfter.setSelected(settings.handoutOpenFolder == null || settings.handoutOpenFolder);

        status().setMaxWidth(620);
        Label templates = new Label(Msg.t("handouts.templates", ReportTemplates.overrideDir(store.directory())) + "\n"
                + Msg.t("handouts.slidesTemplates", ReportTemplates.slidesDir(store.directory())));
        templates.getStyleClass().add("muted");
        templates.setWrapText(true);
        templates.setMaxWidth(620);

        VBox content = new VBox(10, section(Msg.t("handouts.forms"), forms), section(Msg.t("handouts.folder"), folderRow), openAfter,
                progress(), status(), templates);
        content.setPrefWidth(640);
        getDialogPane().setContent(content);

        // 出力 starts the export and keeps the dialog open for the progress and the result
        addActionButton(Msg.t("handouts.export"), "handout-export", "mdi2f-file-excel-outline", this::start)
                .disableProperty().bind(runningProperty());
        addCloseButton(Msg.t("handouts.close"), "handout-close");
        ButtonType showFolder = new ButtonType(Msg.t("handouts.showFolder"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().add(showFolder);
        showFolderButton = (Button) getDialogPane().lookupButton(showFolder);
        showFolderButton.setId("handout-show-folder");
        showFolderButton.setGraphic(new FontIcon("mdi2f-folder-open-outline"));
        showFolderButton.setVisible(false);
        showFolderButton.managedProperty().bind(showFolderButton.visibleProperty());
        showFolderButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open
            if (lastFolder != null) {
                FolderOpener.open(lastFolder);
            }
        });
        ScreenFit.dialog(this);
    }

    /** Opens the dialog for a meeting (or, with a null meeting, the whole case) and returns at once. */
    public static HandoutDialog open(Window owner, Store store, UUID caseId, UUID meetingId) {
        // while forms and folder are chosen, the first export's preparation runs if it has not yet since the start
        WarmUp.inBackground(java.time.Duration.ZERO);
        PendingEdits.flushAll(); // what was just typed goes into the hand-outs
        HandoutDialog d = new HandoutDialog(owner, store, caseId, meetingId);
        d.show();
        return d;
    }

    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("Banso配布資料");
    }

    private void browse() {
        chooseFolder(folder, getDialogPane().getScene().getWindow());
    }

    /** 参照…: a folder chooser opening at the nearest existing folder of what {@code field} says; the choice goes into it. */
    static void chooseFolder(TextField field, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Msg.t("handouts.chooseFolder"));
        Path current = field.getText() == null || field.getText().isBlank() ? null : Path.of(field.getText().strip());
        while (current != null && !Files.isDirectory(current)) {
            current = current.getParent();
        }
        if (current != null) {
            chooser.setInitialDirectory(current.toFile());
        }
        java.io.File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            field.setText(chosen.getAbsolutePath());
        }
    }

    private void start() {
        List<ReportForm> chosen = new ArrayList<>();
        boxes.forEach((f, b) -> {
            if (b.isSelected() && !b.isDisable()) {
                chosen.add(f);
            }
        });
        boolean deck = slides.isSelected();
        if (chosen.isEmpty() && !deck) {
            showError(Msg.t("handouts.noForm"));
            return;
        }
        Path out = typedFolder(folder);
        if (out == null) {
            return;
        }
        remember(chosen, deck, out);
        PendingEdits.flushAll();
        BoardImages images = BoardImages.drawnBy(BoardPicture::render, BoardPicture::revision);
        ExportService service = new ExportService(store, images);
        ExportService.Request request = new ExportService.Request(caseId, meeting == null ? null : meeting.getId(), chosen, out);
        run(new Task<ExportService.Result>() {
            @Override
            protected ExportService.Result call() {
                ExportService.Progress progress = (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                };
                List<Path> files = new ArrayList<>();
                List<String> notes = new ArrayList<>();
                if (!chosen.isEmpty()) {
                    ExportService.Result r = service.run(request, progress);
                    files.addAll(r.files());
                    notes.addAll(r.notes());
                }
                if (deck) {
                    // the deck is the whole case's, also when asked for from a meeting
                    ExportService.Result r = new ReportDeck(store, images).run(caseId, out, null, progress);
                    files.addAll(r.files());
                    notes.addAll(r.notes());
                }
                return new ExportService.Result(files, notes);
            }
        }, "banso-handouts", r -> done(r, out), Msg.t("handouts.failed"));
    }

    private void done(ExportService.Result r, Path out) {
        StringBuilder b = new StringBuilder(Msg.t("handouts.done", r.files().size(), out));
        for (String note : r.notes()) {
            b.append("\n").append(note);
        }
        status().setText(b.toString());
        if (!r.files().isEmpty()) {
            lastFolder = out;
            showFolderButton.setVisible(true);
        }
        if (openAfter.isSelected() && !r.files().isEmpty()) {
            FolderOpener.open(out);
        }
    }

    private void remember(List<ReportForm> chosen, boolean deck, Path out) {
        Settings s = Settings.load(store.directory());
        List<String> ids = new ArrayList<>(chosen.stream().map(ReportForm::id).toList());
        ids.addAll(keptChoices);
        if (deck) {
            ids.add(ReportDeck.ID);
        }
        s.handoutForms = ids;
        s.handoutFolder = out.toString();
        s.handoutOpenFolder = openAfter.isSelected();
        s.save(store.directory());
    }
}
