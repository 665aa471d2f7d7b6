package jp.banso.cases;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueKind;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.IssueStatus;
import jp.banso.domain.Text;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.RowListEditor;
import jp.banso.ui.Widgets;

/**
 * 課題: the case's issue list, ranked. 課題 promoted from a board follow their note (the statement is edited on the
 * board); here people set the rank, 高/中/低, 技術的問題 or 適応を要する課題, status, direction and department.
 */
final class IssuesPage extends ScrollPane implements Page {

    IssuesPage(IssuesModel model) {
        setId("issues-page");
        setFitToWidth(true);
        RowListEditor<CaseIssue> editor = RowListEditor.<CaseIssue>builder("issues")
                .addLabel(Msg.t("issues.add")).emptyText(Msg.t("issues.none"))
                .column(Msg.t("issues.rank"), 64).flexibleColumn(Msg.t("issues.statement")).column(Msg.t("issues.level"), 84)
                .column(Msg.t("issues.kind"), 190).column(Msg.t("issues.status"), 110).column(Msg.t("issues.direction"), 220)
                .column(Msg.t("issues.department"), 140)
                .create(model::newIssue).validate(CaseIssue::validate).save(model::save).delete(model::delete)
                .deleteMessage(i -> {
                    int linked = model.linkedItems(i);
                    return linked == 0 ? Msg.t("row.deleteConfirm") : Msg.t("issues.deleteLinked", linked);
                })
                .row(b -> {
                    CaseIssue issue = b.entity();
                    TextField rank = new TextField();
                    b.integer(rank, "rank", CaseIssue::getRank, CaseIssue::setRank);
                    TextArea statement = Widgets.textArea(null, 2);
                    VBox statementCell;
                    if (issue.getNoteId() != null) {
                        Label s = new Label(issue.getStatement());
                        s.setWrapText(true);
                        s.getStyleClass().add("issue-statement");
                        statementCell = new VBox(2, s);
                    } else {
                        b.text(statement, "statement", CaseIssue::getStatement, CaseIssue::setStatement);
                        statementCell = RowListEditor.cell(statement, b.errorLabel("statement"));
                    }
                    String gap = gapText(issue);
                    if (!gap.isEmpty()) {
                        statementCell.getChildren().add(Widgets.muted(gap));
                    }
                    ComboBox<IssueLevel> level = new ComboBox<>();
                    level.getItems().add(null);
                    level.getItems().addAll(IssueLevel.values());
                    level.setConverter(Widgets.converter(IssueLevel::label));
                    b.choice(level, "level", CaseIssue::getLevel, CaseIssue::setLevel);
                    ComboBox<IssueKind> kind = new ComboBox<>();
                    kind.getItems().add(null);
                    kind.getItems().addAll(IssueKind.values());
                    kind.setConverter(Widgets.converter(IssueKind::label));
                    b.choice(kind, "kind", CaseIssue::getKind, CaseIssue::setKind);
                    ComboBox<IssueStatus> status = new ComboBox<>();
                    status.getItems().addAll(IssueStatus.values());
                    status.setConverter(Widgets.converter(IssueStatus::label));
                    b.choice(status, "status", CaseIssue::getStatus, CaseIssue::setStatus);
                    TextArea direction = Widgets.textArea(null, 2);
                    b.text(direction, "direction", CaseIssue::getDirection, CaseIssue::setDirection);
                    TextField department = new TextField();
                    b.text(department, "department", CaseIssue::getDepartment, CaseIssue::setDepartment);
                    return List.of(RowListEditor.cell(rank, b.errorLabel("rank")), statementCell, RowListEditor.cell(level, b.errorLabel("level")),
                            RowListEditor.cell(kind, b.errorLabel("kind")), RowListEditor.cell(status, b.errorLabel("status")),
                            RowListEditor.cell(direction, b.errorLabel("direction")), RowListEditor.cell(department, b.errorLabel("department")));
                })
                .build();
        editor.setItems(model.issues());
        VBox page = new VBox(16, Widgets.section(Msg.t("issues.title"), Widgets.muted(Msg.t("issues.hint")), editor));
        page.setPadding(new Insets(16, 20, 24, 20));
        setContent(page);
    }

    @Override
    public Node view() {
        return this;
    }

    /** あるべき姿：… ／ 現状：… ／ 票 3 */
    private static String gapText(CaseIssue i) {
        StringBuilder b = new StringBuilder();
        if (!Text.isBlank(i.getVisionText())) {
            b.append(Msg.t("issues.vision", i.getVisionText().replace('\n', ' ')));
        }
        if (!Text.isBlank(i.getCurrentText())) {
            b.append(b.length() > 0 ? "\n" : "").append(Msg.t("issues.current", i.getCurrentText().replace('\n', ' ')));
        }
        if (i.getVotes() > 0) {
            b.append(b.length() > 0 ? "\n" : "").append(Msg.t("issues.votes", i.getVotes()));
        }
        return b.toString();
    }
}
