package jp.banso.domain.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.banso.domain.ItemStatus;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;

class ChartBuildersTest {

    private static ProfileSnapshot snapshot(LocalDate asOf, Integer population, Integer elderly) {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setAsOf(asOf);
        s.setPopulation(population);
        s.setElderlyPopulation(elderly);
        return s;
    }

    @Test
    void severalTownsShareTheYearsAndAMissingValueIsAGapNotZero() {
        Map<String, List<ProfileSnapshot>> towns = new LinkedHashMap<>();
        towns.put("さくら市", List.of(snapshot(LocalDate.of(2022, 5, 1), 43_878, 11_883), snapshot(LocalDate.of(2024, 4, 1), 43_500, null)));
        towns.put("那須烏山市", List.of(snapshot(LocalDate.of(2023, 4, 1), 25_000, 9_000)));
        Chart c = ProfileCharts.compare(towns, ProfileCharts.Metric.AGING_RATE);
        assertThat(c.categories()).containsExactly("令和4年度", "令和5年度", "令和6年度");
        assertThat(c.series().get(0).values()).containsExactly(27.08, null, null);
        assertThat(c.series().get(1).values()).containsExactly(null, 36.0, null);
        assertThat(c.note()).isEqualTo(ProfileCharts.ONE_SNAPSHOT);
        assertThat(ProfileCharts.compare(towns, ProfileCharts.Metric.POPULATION).note()).isNull();
    }

    @Test
    void noSnapshotSaysSo() {
        Chart c = ProfileCharts.of("さくら市", List.of(), ProfileCharts.Metric.POPULATION);
        assertThat(c.hasValues()).isFalse();
        assertThat(c.note()).isEqualTo(ProfileCharts.NO_SNAPSHOT);
    }

    @Test
    void indicatorValuesAreReadAsPeopleTypeThemAndTheTargetIsAReferenceLine() {
        RoadmapItem item = new RoadmapItem();
        item.setTitle("通いの場の立ち上げ");
        item.setIndicatorName("参加者数");
        item.setIndicatorTarget("１，２００人");
        item.setIndicatorLevel(OutcomeLevel.INTERMEDIATE);
        item.setStatus(ItemStatus.IN_PROGRESS);
        List<ProgressEntry> entries = new ArrayList<>();
        for (String[] e : new String[][] {{"2023-03-31", "800人"}, {"2022-09-30", "650 人"}, {"2023-09-30", "記録なし"}}) {
            ProgressEntry p = new ProgressEntry();
            p.setItemId(item.getId());
            p.setRecordedOn(LocalDate.parse(e[0]));
            p.setIndicatorValue(e[1]);
            entries.add(p);
        }
        Chart c = IndicatorCharts.progress(item, entries);
        assertThat(c.title()).isEqualTo("【中間アウトカム】参加者数（通いの場の立ち上げ）");
        assertThat(c.categories()).containsExactly("R4.9.30", "R5.3.31", "R5.9.30");
        assertThat(c.series().get(0).values()).containsExactly(650.0, 800.0, null);
        assertThat(c.series().get(1).reference()).isTrue();
        assertThat(c.series().get(1).values()).containsOnly(1200.0);
        assertThat(c.valueTitle()).isEqualTo("人");
    }

    @Test
    void aHundredItemsAreOneChart() {
        List<RoadmapItem> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RoadmapItem item = new RoadmapItem();
            item.setTitle("取組" + i);
            item.setSortOrder(i);
            items.add(item);
        }
        Chart c = IndicatorCharts.achievements(items, List.of());
        assertThat(c.categories()).hasSize(100);
        assertThat(c.note()).isEqualTo(IndicatorCharts.NO_NUMBER);
        assertThat(Arrays.asList(IndicatorCharts.number("45.5％"), IndicatorCharts.number("なし"))).containsExactly(45.5, null);
    }
}
