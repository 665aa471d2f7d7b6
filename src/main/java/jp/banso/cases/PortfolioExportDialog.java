package jp.banso.cases;

import java.nio.file.Path;

import javafx.concurrent.Task;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import jp.banso.domain.Portfolio;
import jp.banso.report.PortfolioExport;
import jp.banso.report.ReportException;
import jp.banso.store.Settings;
import jp.banso.ui.FolderOpener;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.TaskDialog;

/**
 * 市町村一覧を Excel に出力: the rows the page shows, as the 市町村一覧 hand-out with its グラフ and データ sheets, into the
 * hand-outs' folder (shared with {@link HandoutDialog}). Written in the background like the case hand-outs; the folder
 * opens when it is done.
 */
public final class PortfolioExportDialog extends TaskDialog {
    private final Path dataDir;
    private final Portfolio portfolio;
    private final TextField folder = new TextField();
    private final CheckBox openAfter = new CheckBox(Msg.t("handouts.openFolder"));

    private PortfolioExportDialog(Window owner, Path dataDir, Portfolio portfolio) {
        super(owner, "portfolio-export", ReportException.class);
        this.dataDir = dataDir;
        this.portfolio = portfolio;
        setTitle(Msg.t("portfolio.exportTitle"));
        setHeaderText(Msg.t("portfolio.exportHeader", String.join("・", portfolio.prefectures()), portfolio.rows().size()));
        Settings settings = Settings.load(dataDir);
        folder.setId("portfolio-export-folder");
        folder.disableProperty().bind(runningProperty());
        folder.setText(settings.handoutFolder != null ? settings.handoutFolder : HandoutDialog.defaultFolder().toString());
        HBox folderRow = browseRow(folder, "portfolio-export-browse", () -> HandoutDialog.chooseFolder(folder, getDialogPane().getScene().getWindow()));
        openAfter.setId("portfolio-export-open-folder");
        openAfter.setSelected(settings.handoutOpenFolder == null || settings.handoutOpenFolder);
        Label templates = new Label(Msg.t("handouts.templates", jp.banso.report.ReportTemplates.overrideDir(dataDir)));
        templates.getStyleClass().add("muted");
        templates.setWrapText(true);
        templates.setMaxWidth(560);
        status().setMaxWidth(560);
        VBox content = new VBox(10, section(Msg.t("handouts.folder"), folderRow), openAfter, progress(), status(), templates);
        content.setPrefWidth(580);
        getDialogPane().setContent(content);
        addActionButton(Msg.t("handouts.export"), "portfolio-export-run", "mdi2f-file-excel-outline", this::start)
                .disableProperty().bind(runningProperty());
        addCloseButton(Msg.t("handouts.close"), "portfolio-export-close");
        ScreenFit.dialog(this);
    }

    /** Opens the dialog for what the page shows and returns at once. */
    public static PortfolioExportDialog open(Window owner, Path dataDir, Portfolio shown) {
        PortfolioExportDialog d = new PortfolioExportDialog(owner, dataDir, shown);
        d.show();
        return d;
    }

    private void start() {
        Path out = typedFolder(folder);
        if (out == null) {
            return;
        }
        Settings s = Settings.load(dataDir);
        s.handoutFolder = out.toString();
        s.handoutOpenFolder = openAfter.isSelected();
        s.save(dataDir);
        run(new Task<Path>() {
            @Override
            protected Path call() {
                return new PortfolioExport(dataDir).write(portfolio, out);
            }
        }, "banso-portfolio-export", file -> {
            status().setText(Msg.t("handouts.done", 1, file));
            if (openAfter.isSelected()) {
                FolderOpener.open(out);
            }
        }, Msg.t("handouts.failed"));
    }
}
