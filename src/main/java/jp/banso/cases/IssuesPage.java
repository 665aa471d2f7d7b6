package jp.banso.cases;

import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
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
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;
import jp.banso.ui.Msg;
import jp.banso.ui.RowListEditor;
import jp.banso.ui.Widgets;

/**
 * 課題: the case's issue list, ranked. 課題 promoted from a board follow their note (the statement is edited on the
 * board); here people set the rank, 高/中/低, 技術的問題 or 適応を要する課題, status, direction and department.
 */
final class IssuesPage extends ScrollPane {

    IssuesPage(Store store, UUID caseId) {
        setId("issues-page");
        setFitToWidth(true);
        RowListEditor<CaseIssue> editor = new RowListEditor<>("issues", Msg.t("issues.add"), Msg.t("issues.none"),
                List.of(Msg.t("issues.rank"), Msg.t("issues.statement"), Msg.t("issues.level"), Msg.t("issues.kind"),
                        Msg.t("issues.status"), Msg.t("issues.direction"), Msg.t("issues.department")),
                new double[] {64, -1, 84, 190, 110, 220, 140},
                () -> {
                    CaseIssue i = new CaseIssue();
                    i.setCaseId(caseId);
                    i.setStatement("");
                    i.setRank(store.boards().issues(caseId).size() + 1);
                    return i;
                },
                CaseIssue::validate, store.boards()::save, i -> deleteIssue(store, caseId, i),
                b -> {
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
                });
        editor.deleteMessage(i -> {
            int linked = store.roadmaps().itemsLinkedTo(i.getId()).size();
            return linked == 0 ? Msg.t("row.deleteConfirm") : Msg.t("issues.deleteLinked", linked);
        });
        editor.setItems(store.boards().issues(caseId));
        VBox page = new VBox(16, Widgets.section(Msg.t("issues.title"), Widgets.muted(Msg.t("issues.hint")), editor));
        page.setPadding(new Insets(16, 20, 24, 20));
        setContent(page);
    }

    /**
     * A 課題 that roadmap items work on is deleted through the roadmap: the items stay, their links go, and the
     * roadmap's 元に戻す brings both back.
     */
    private static void deleteIssue(Store store, UUID caseId, CaseIssue issue) {
        if (store.roadmaps().itemsLinkedTo(issue.getId()).isEmpty()) {
            store.boards().deleteIssue(issue.getId());
        } else {
            new RoadmapModel(store.roadmaps(), store.boards(), caseId).deleteIssue(issue.getId());
        }
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
