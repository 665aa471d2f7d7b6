package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseState;
import jp.banso.domain.Municipality;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioFilter;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.PrefectureCharts;

/** The portfolio lists every town of the prefecture, supported or not, with what the demo case adds up to. */
class PortfolioRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void everyTownOfTheChosenPrefectureIsARowAndTheDemoCaseFillsSakura() {
        try (Store store = Store.open(dir)) {
            SupportCase demo = DemoCase.create(store);
            Portfolio p = store.portfolio().load(List.of("栃木県"), LocalDate.of(2026, 12, 1));

            assertThat(p.rows()).hasSize(25); // 栃木県: 14 市 + 11 町
            assertThat(p.rows()).extracting(PortfolioRow::code).doesNotContainNull().startsWith("092011");
            PortfolioRow sakura = p.rows().stream().filter(r -> r.municipality().equals("さくら市")).findFirst().orElseThrow();
            assertThat(sakura.code()).isEqualTo("092142");
            assertThat(sakura.latestCaseId()).isEqualTo(demo.getId());
            assertThat(sakura.fiscalYearsLabel()).isEqualTo("令和4年度");
            assertThat(sakura.state()).isEqualTo(CaseState.MS2);
            assertThat(sakura.previousState()).isEqualTo(CaseState.mS);
            assertThat(sakura.stateLabel()).isEqualTo("mS → MS2");
            assertThat(sakura.stateImproved()).isTrue();
            assertThat(sakura.lastContact()).isNotNull();
            // support ended in 令和4年度 and nothing since: due a follow-up
            assertThat(sakura.needsFollowUp()).isTrue();
            assertThat(sakura.followUp()).anyMatch(s -> s.contains("支援終了後"));

            assertThat(p.supportedCount()).isEqualTo(1);
            assertThat(p.filtered(new PortfolioFilter(null, null, true, null, null))).containsExactly(sakura);
            assertThat(p.filtered(new PortfolioFilter(null, null, false, PortfolioFilter.Coverage.NEVER, null))).hasSize(24);
            assertThat(p.filtered(new PortfolioFilter(2022, CaseState.MS2, false, null, "さくら"))).containsExactly(sakura);
            assertThat(p.filtered(new PortfolioFilter(2023, null, false, null, null))).isEmpty();

            Chart states = PrefectureCharts.statesByYear("栃木県", p.rows());
            assertThat(states.categories()).containsExactly("令和4年度");
            assertThat(states.series()).filteredOn(s -> s.name().equals("MS2")).singleElement()
                    .satisfies(s -> assertThat(s.values()).containsExactly(1.0));
            Chart moves = PrefectureCharts.transitions("栃木県", p.rows());
            assertThat(moves.categories()).containsExactly("mS → MS2");
        }
    }

    @Test
    void aTownTypedByHandIsListedAfterTheNationalListAndOtherPrefecturesStayOut() {
        try (Store store = Store.open(dir)) {
            store.cases().create(new Municipality("栃木県", "架空町"), new SupportCase(), List.of(2025));
            store.cases().create(new Municipality("群馬県", "架空村"), new SupportCase(), List.of(2025));
            Portfolio p = store.portfolio().load(List.of("栃木県"), LocalDate.of(2026, 12, 1));
            assertThat(p.rows()).hasSize(26);
            PortfolioRow last = p.rows().get(25);
            assertThat(last.municipality()).isEqualTo("架空町");
            assertThat(last.inMaster()).isFalse();
            assertThat(last.supported()).isTrue();
            assertThat(p.filtered(new PortfolioFilter(null, null, false, PortfolioFilter.Coverage.SUPPORTED, null))).containsExactly(last);
        }
    }
}
