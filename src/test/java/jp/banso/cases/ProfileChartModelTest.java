package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.Municipality;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile's 推移 as the model builds it: the towns to compare are those with snapshots (not this one, not a town
 * without figures), this town's line comes first from the snapshots as edited, and two towns of the same name are told
 * apart by their prefecture.
 */
class ProfileChartModelTest {
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant(),
            ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private static void snapshot(Store store, UUID municipalityId, LocalDate asOf, int population) {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setMunicipalityId(municipalityId);
        s.setAsOf(asOf);
        s.setPopulation(population);
        store.cases().save(s);
    }

    @Test
    void comparedTownsAreThoseWithFiguresAndSameNamesShowTheirPrefecture() {
        try (Store store = Store.open(dir)) {
            SupportCase tokyo = new NewCase("東京都", "府中市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
            SupportCase hiroshima = new NewCase("広島県", "府中市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
            new NewCase("栃木県", "那須町", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases()); // no figures
            snapshot(store, tokyo.getMunicipalityId(), LocalDate.of(2023, 10, 1), 260_000);
            snapshot(store, hiroshima.getMunicipalityId(), LocalDate.of(2023, 10, 1), 37_000);
            snapshot(store, hiroshima.getMunicipalityId(), LocalDate.of(2024, 10, 1), 36_500);

            ProfileModel model = new ProfileModel(store.cases(), tokyo.getId(), CLOCK);
            List<Municipality> others = model.otherTownsWithSnapshots();
            assertThat(others).extracting(Municipality::getPrefecture).containsExactly("広島県");

            Chart alone = model.chart(ProfileCharts.Metric.POPULATION, List.of());
            assertThat(alone.title()).isEqualTo("人口の推移（府中市）");
            assertThat(alone.note()).isEqualTo(ProfileCharts.ONE_SNAPSHOT);

            // the form's edit counts before it is read back from the store
            model.snapshots().get(0).setPopulation(259_000);
            Chart both = model.chart(ProfileCharts.Metric.POPULATION, others);
            assertThat(both.series()).extracting(Chart.Series::name).containsExactly("東京都府中市", "広島県府中市");
            assertThat(both.categories()).containsExactly("令和5年度", "令和6年度");
            assertThat(both.series().get(0).values()).containsExactly(259_000.0, null);
            assertThat(both.series().get(1).values()).containsExactly(37_000.0, 36_500.0);
            assertThat(both.note()).isNull();
        }
    }
}
