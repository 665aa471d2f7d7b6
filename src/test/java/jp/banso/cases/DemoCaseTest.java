package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The さくら市 demo case carries seed 002's public figures and its real year. */
class DemoCaseTest {

    @TempDir
    Path dir;

    @Test
    void demoCaseHoldsTheSeedFigures() {
        try (Store store = Store.open(dir)) {
            SupportCase c = DemoCase.create(store);
            CaseSummary s = store.cases().summaries().get(0);
            assertThat(s.municipality()).isEqualTo("さくら市");
            assertThat(s.prefecture()).isEqualTo("栃木県");
            assertThat(store.cases().municipality(c.getMunicipalityId()).orElseThrow().getCode()).isEqualTo("092142");
            assertThat(c.getMunicipalityId()).isEqualTo(jp.banso.domain.MunicipalityMaster.idFor("092142"));
            assertThat(s.fiscalYearsLabel()).isEqualTo("令和4年度");
            assertThat(s.state()).isEqualTo(CaseState.MS2);
            assertThat(c.getApplicationTheme()).contains("通所型サービスＣの利用者が非常に少ない", "要介護認定率が右肩上がり", "上限超過");

            ProfileSnapshot p = store.cases().snapshots(c.getMunicipalityId()).get(0);
            assertThat(p.getAsOf()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(p.getPopulation()).isEqualTo(43_878);
            assertThat(p.getHouseholds()).isEqualTo(18_005);
            assertThat(p.getElderlyPopulation()).isEqualTo(11_883);
            assertThat(p.agingRate()).isEqualByComparingTo("27.08");
            assertThat(p.getLateElderlyPopulation()).isEqualTo(5_797);
            assertThat(p.lateElderlyRate()).isEqualByComparingTo("13.21");
            assertThat(p.getAreaKm2()).isEqualByComparingTo("125.63");
            assertThat(p.getLivingAreas()).isEqualTo(7);
            assertThat(p.validate()).isEmpty();

            List<Meeting> meetings = store.meetings().list(c.getId());
            assertThat(meetings).filteredOn(m -> m.getKind() == MeetingKind.VISIT).extracting(Meeting::getHeldOn)
                    .containsExactly(LocalDate.of(2022, 9, 20), LocalDate.of(2022, 12, 5), LocalDate.of(2023, 2, 13));
            assertThat(meetings).hasSizeGreaterThanOrEqualTo(10);
            assertThat(meetings).allSatisfy(m -> assertThat(m.validate()).isEmpty());
            assertThat(store.meetings().openActionItems(c.getId())).hasSize(3);
        }
    }
}
