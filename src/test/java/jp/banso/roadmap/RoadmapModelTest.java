package jp.banso.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.MutableClock;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StartKind;
import jp.banso.domain.UndoableModel;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roadmap actions with their undo and redo, checked in memory and on a model read back from the database (undo must
 * still work there), and the follow-up rules on a fixed clock.
 */
class RoadmapModelTest {
    @TempDir
    static Path dir;
    static Store store;

    /** 2026-11-24 10:00 in Tokyo, moving only when a test moves it. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));
    UUID caseId;
    RoadmapModel model;
    CaseIssue firstIssue;
    CaseIssue secondIssue;

    @BeforeAll
    static void openStore() {
        store = Store.open(dir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void newCase() {
        caseId = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        firstIssue = issue("住民主体の通いの場が立ち上がらない", "高齢課", 1);
        secondIssue = issue("介護予防ケアマネジメントの考え方が共有されていない", null, 2);
        model = new RoadmapModel(store.roadmaps(), store.boards(), caseId, clock);
    }

    private CaseIssue issue(String statement, String department, int rank) {
        CaseIssue i = new CaseIssue();
        i.setCaseId(caseId);
        i.setStatement(statement);
        i.setDepartment(department);
        i.setRank(rank);
        store.boards().save(i);
        return i;
    }

    private void reopen() {
        model = new RoadmapModel(store.roadmaps(), store.boards(), caseId, clock);
    }

    @Test
    void itemsFromIssuesCarryTheStatementTheDepartmentAndTheLinkInOneAction() {
        List<RoadmapItem> made = model.addFromIssues(List.of(firstIssue.getId(), secondIssue.getId()), YearMonth.of(2027, 4));
        assertThat(made).extracting(RoadmapItem::getTitle)
                .containsExactly("住民主体の通いの場が立ち上がらない", "介護予防ケアマネジメントの考え方が共有されていない");
        assertThat(made.get(0).getOwners()).isEqualTo("高齢課");
        assertThat(made.get(1).ownerList()).isEmpty();
        assertThat(made).extracting(RoadmapItem::getIssueId).containsExactly(firstIssue.getId(), secondIssue.getId());
        assertThat(made.get(0).start()).isEqualTo(YearMonth.of(2027, 4));
        assertThat(made.get(0).end()).isEqualTo(YearMonth.of(2027, 9));
        assertThat(model.withoutOwner()).extracting(RoadmapItem::getTitle).containsExactly("介護予防ケアマネジメントの考え方が共有されていない");
        assertThat(model.issuesWithoutItems()).isEmpty();
        assertThatThrownBy(() -> model.addFromIssues(List.of(firstIssue.getId()), null))
                .isInstanceOf(RoadmapException.class).hasMessageContaining("すでに取組");

        model.undo(); // one action, one undo
        assertThat(model.items()).isEmpty();
        reopen();
        assertThat(model.items()).isEmpty();
        model.redo();
        reopen();
        assertThat(model.items()).hasSize(2);
        assertThat(model.undoLabels().undo()).isEqualTo("課題から取組を作成（2件）");
    }

    @Test
    void aLongStatementGivesAShortTitleAndKeepsTheWholeTextAsDescription() {
        String statement = "あ".repeat(300);
        CaseIssue longOne = issue(statement, null, 3);
        model.reloadIssues();
        RoadmapItem item = model.addFromIssues(List.of(longOne.getId()), YearMonth.of(2027, 4)).get(0);
        assertThat(item.getTitle()).hasSize(RoadmapModel.TITLE_FROM_ISSUE).endsWith("…");
        assertThat(item.getDescription()).isEqualTo(statement);
    }

    @Test
    void movingAndStretchingAcrossTheFiscalYearBoundaryIsSavedAndUndone() {
        RoadmapItem item = model.addItem("通いの場の立ち上げ支援", YearMonth.of(2026, 10)); // R8.10–R9.3
        assertThat(item.end()).isEqualTo(YearMonth.of(2027, 3));
        model.move(item.getId(), 2); // R8.12–R9.5: now spans 令和8年度 and 令和9年度
        assertThat(item.start()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(item.end()).isEqualTo(YearMonth.of(2027, 5));
        model.setPeriod(item.getId(), item.start(), YearMonth.of(2028, 3));
        assertThat(item.months()).isEqualTo(16);
        reopen();
        RoadmapItem read = model.item(item.getId());
        assertThat(read.start()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(read.end()).isEqualTo(YearMonth.of(2028, 3));
        model.undo();
        assertThat(model.item(item.getId()).end()).isEqualTo(YearMonth.of(2027, 5));
        model.undo();
        assertThat(model.item(item.getId()).start()).isEqualTo(YearMonth.of(2026, 10));
        model.redo();
        reopen();
        assertThat(model.item(item.getId()).start()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(model.undoLabels().redo()).contains("期間を変更");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndChangesNothing() {
        RoadmapItem item = model.addItem("地域ケア会議の立て直し", YearMonth.of(2027, 4));
        assertThatThrownBy(() -> model.setPeriod(item.getId(), YearMonth.of(2027, 4), YearMonth.of(2027, 1)))
                .isInstanceOf(RoadmapException.class).hasMessageContaining("終了月が開始月より前です（2027年4月 〜 2027年1月）");
        RoadmapItem edited = model.editableCopy(item.getId());
        edited.setEndMonth(LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> model.update(edited)).isInstanceOf(RoadmapException.class);
        RoadmapItem farAway = model.editableCopy(item.getId());
        farAway.setEndMonth(LocalDate.of(20270, 5, 1));
        assertThatThrownBy(() -> model.update(farAway)).hasMessageContaining("1989年〜2100年");
        reopen();
        assertThat(model.item(item.getId()).end()).isEqualTo(YearMonth.of(2027, 9));
        assertThat(model.undoLabels().undo()).isEqualTo("取組を追加");
    }

    @Test
    void editsTypedInQuickSuccessionAreOneStepToUndo() {
        RoadmapItem item = model.addItem("研修", YearMonth.of(2027, 4));
        for (String t : List.of("研修会", "研修会の開", "研修会の開催")) {
            RoadmapItem edited = model.editableCopy(item.getId());
            edited.setTitle(t);
            model.update(edited);
            clock.advance(1_000);
        }
        clock.advance(UndoableModel.JOIN_MILLIS + 1);
        RoadmapItem edited = model.editableCopy(item.getId());
        edited.setIndicatorName("参加者数");
        edited.setIndicatorTarget("年60人");
        edited.setIndicatorLevel(OutcomeLevel.INITIAL);
        edited.setStatus(ItemStatus.IN_PROGRESS);
        edited.setOwners("高齢課、包括、社協");
        model.update(edited);
        reopen();
        assertThat(model.item(item.getId()).ownerList()).containsExactly("高齢課", "包括", "社協");
        assertThat(model.item(item.getId()).getIndicatorLevel()).isEqualTo(OutcomeLevel.INITIAL);
        model.undo(); // the indicator edit
        assertThat(model.item(item.getId()).getTitle()).isEqualTo("研修会の開催");
        assertThat(model.item(item.getId()).getIndicatorName()).isNull();
        model.undo(); // all three title edits at once
        assertThat(model.item(item.getId()).getTitle()).isEqualTo("研修");
        assertThat(model.undoLabels().undo()).isEqualTo("取組を追加");
    }

    @Test
    void milestonesReorderingAndDeletionWithEntriesAreUndoable() {
        RoadmapItem a = model.addItem("A", YearMonth.of(2027, 4));
        RoadmapItem b = model.addItem("B", YearMonth.of(2027, 4));
        RoadmapItem c = model.addItem("C", YearMonth.of(2027, 4));
        model.setMilestone(b.getId(), LocalDate.of(2027, 7, 15));
        model.reorder(c.getId(), 0);
        assertThat(model.items()).extracting(RoadmapItem::getTitle).containsExactly("C", "A", "B");
        model.addProgress(b.getId(), LocalDate.of(2027, 8, 1), "3か所", 30, "2か所で準備中", "高齢課");
        model.delete(List.of(b.getId()));
        assertThat(model.items()).extracting(RoadmapItem::getTitle).containsExactly("C", "A");
        assertThat(model.allEntries()).isEmpty();
        reopen();
        model.undo();
        assertThat(model.items()).extracting(RoadmapItem::getTitle).containsExactly("C", "A", "B");
        assertThat(model.item(b.getId()).getMilestone()).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(model.entries(b.getId())).extracting(ProgressEntry::getComment).containsExactly("2か所で準備中");
        reopen();
        assertThat(model.entries(b.getId())).hasSize(1);
        model.undo(); // the progress entry
        model.undo(); // the reordering
        assertThat(model.items()).extracting(RoadmapItem::getTitle).containsExactly("A", "B", "C");
    }

    @Test
    void theLatestProgressValueBecomesTheIndicatorsCurrentValue() {
        RoadmapItem item = model.addItem("通いの場", YearMonth.of(2026, 4));
        model.addProgress(item.getId(), LocalDate.of(2026, 9, 30), "5か所", 50, null, "府県");
        model.addProgress(item.getId(), LocalDate.of(2026, 6, 30), "2か所", null, "後から入力した古い記録", "府県");
        assertThat(model.item(item.getId()).getIndicatorCurrent()).isEqualTo("5か所");
        assertThat(model.entries(item.getId())).extracting(ProgressEntry::getIndicatorValue).containsExactly("5か所", "2か所");
        assertThatThrownBy(() -> model.addProgress(item.getId(), LocalDate.of(2026, 10, 1), null, 120, null, null))
                .hasMessageContaining("0〜100");
        assertThatThrownBy(() -> model.addProgress(item.getId(), LocalDate.of(2026, 10, 1), " ", null, "", null))
                .hasMessageContaining("どれかを入力");
        assertThat(model.entries(item.getId())).hasSize(2);
    }

    @Test
    void deletingALinkedIssueKeepsTheItemDropsTheLinkAndUndoBringsBothBack() {
        RoadmapItem item = model.addFromIssues(List.of(firstIssue.getId()), YearMonth.of(2027, 4)).get(0);
        assertThat(model.itemsLinkedTo(firstIssue.getId())).containsExactly(item);
        model.deleteIssue(firstIssue.getId());
        assertThat(model.item(item.getId()).getIssueId()).isNull();
        assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getId).containsExactly(secondIssue.getId());
        assertThat(store.roadmaps().item(item.getId())).isPresent();
        model.undo();
        assertThat(store.boards().issues(caseId)).extracting(CaseIssue::getStatement).contains("住民主体の通いの場が立ち上がらない");
        reopen();
        assertThat(model.item(item.getId()).getIssueId()).isEqualTo(firstIssue.getId());
        assertThat(model.issue(firstIssue.getId())).isPresent();
    }

    @Test
    void lateAndSilentItemsAreCalledOut() {
        RoadmapItem late = model.addItem("期限切れ", YearMonth.of(2026, 1)); // ended R8.6, still 未着手
        RoadmapItem silent = model.addItem("記録なし", YearMonth.of(2026, 3));
        model.setPeriod(silent.getId(), YearMonth.of(2026, 3), YearMonth.of(2027, 3));
        RoadmapItem followed = model.addItem("記録あり", YearMonth.of(2026, 3));
        model.setPeriod(followed.getId(), YearMonth.of(2026, 3), YearMonth.of(2027, 3));
        model.addProgress(followed.getId(), LocalDate.of(2026, 10, 1), null, 40, "順調", "府県");
        RoadmapItem done = model.addItem("完了済み", YearMonth.of(2025, 4));
        RoadmapItem doneEdit = model.editableCopy(done.getId());
        doneEdit.setStatus(ItemStatus.DONE);
        model.update(doneEdit);
        model.addItem("これから", YearMonth.of(2027, 4));

        List<RoadmapFollowUp.Attention> attention = model.attention();
        assertThat(attention).extracting(a -> a.item().getTitle()).containsExactly("期限切れ", "記録なし");
        assertThat(attention.get(0).reason()).isEqualTo(RoadmapFollowUp.Reason.LATE);
        assertThat(attention.get(0).message()).contains("終了予定（2026年6月）");
        assertThat(attention.get(1).reason()).isEqualTo(RoadmapFollowUp.Reason.SILENT);
        assertThat(late.getStatus()).isEqualTo(ItemStatus.NOT_STARTED);
    }

    @Test
    void itemsOutsideTheYearsShownAreFound() {
        model.addItem("令和8年度", YearMonth.of(2026, 4));
        model.addItem("令和13年度", YearMonth.of(2031, 4));
        assertThat(model.outside(2026, 3)).extracting(RoadmapItem::getTitle).containsExactly("令和13年度");
        assertThat(model.outside(2026, 5)).extracting(RoadmapItem::getTitle).containsExactly("令和13年度");
        assertThat(model.outside(2026, 6)).isEmpty();
        assertThat(model.fiscalYearSpan()).hasValueSatisfying(span -> assertThat(span).containsExactly(2026, 2031));
    }
}
