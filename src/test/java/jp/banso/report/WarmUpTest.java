package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up goes through every case form (with its データ sheet and charts) and the deck, and ends early when an export starts. */
class WarmUpTest {

    @Test
    void everyFormAndTheDeckAreMadeFromTheMadeUpCase() throws Exception {
        List<String> expected = new ArrayList<>(FormRegistry.all().stream().map(ReportForm::id).toList());
        expected.add(ReportDeck.ID);

        assertThat(WarmUp.exercise(() -> false)).containsExactlyElementsOf(expected);
    }

    @Test
    void theMadeUpCaseGivesEveryFormRowsAndChartsWhereTheFormHasThem() {
        CaseData data = WarmUpCase.data();
        for (ReportForm f : FormRegistry.all()) {
            ReportInput input = new ReportInput(data, f.scope() == ReportForm.Scope.MEETING ? data.meetings().get(0) : null, WarmUpCase.TODAY,
                    BoardImages.NONE, new ArrayList<>());
            Record built = f.build(input);
            assertThat(f.table(input, built).rows()).as(f.id()).isNotEmpty();
        }
        assertThat(FormRegistry.all().stream().filter(f -> !f.charts(new ReportInput(data, null, WarmUpCase.TODAY, BoardImages.NONE,
                new ArrayList<>())).isEmpty())).hasSize(2); // ケース概要 (profile) and モニタリングシート (indicators)
    }

    @Test
    void anExportThatStartsEndsItAfterTheStepItIsIn() throws Exception {
        AtomicInteger asked = new AtomicInteger();

        List<String> made = WarmUp.exercise(() -> asked.incrementAndGet() > 2);

        assertThat(made).containsExactly(FormRegistry.all().get(0).id(), FormRegistry.all().get(1).id());
    }
}
