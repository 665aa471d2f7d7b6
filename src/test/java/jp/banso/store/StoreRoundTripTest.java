package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseState;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Municipality;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ServiceOffer;
import jp.banso.domain.Stage;
import jp.banso.domain.StartKind;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity written, the store closed, reopened on the same file, and read back equal. */
class StoreRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderToTheLatestSchema() {
        try (Store store = Store.open(dir)) {
            List<String> tables = store.jdbi().withHandle(h -> h.createQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' order by table_name")
                    .mapTo(String.class).list());
            assertThat(tables).contains("municipality", "profile_snapshot", "support_case", "case_fiscal_year",
                    "team_member", "state_change", "meeting", "meeting_part", "participant", "action_item",
                    "flyway_schema_history");
            assertThat(store.cases().count()).isZero();
        }
        // opening again does not migrate twice or fail
        try (Store store = Store.open(dir)) {
            assertThat(store.cases().count()).isZero();
        }
    }

    @Test
    void everyEntitySurvivesAReopen() {
        // as the app creates a listed town: its id derived from its code (a coded row with another id is re-keyed on opening)
        Municipality m = Municipality.of(jp.banso.domain.MunicipalityMaster.get().byCode("092142").orElseThrow());
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setStartKind(StartKind.ENTRY);
        c.setApplicationTheme("通所型サービスＣの利用者が少ない");
        c.setRedefinedIssue("循環型の通所Ｃ");
        c.setOverCapConsultation(true);
        c.setStage(Stage.DO);
        ProfileSnapshot p = new ProfileSnapshot();
        p.setMunicipalityId(m.getId());
        p.setAsOf(LocalDate.of(2022, 5, 1));
        p.setPopulation(43_878);
        p.setHouseholds(18_005);
        p.setElderlyPopulation(11_883);
        p.setLateElderlyPopulation(5_797);
        p.setAreaKm2(new BigDecimal("125.63"));
        p.setLivingAreas(7);
        p.setCareCertificationRate(new BigDecimal("16.50"));
        p.setOffers(ServiceOffer.DAY_C, true);
        p.setOffers(ServiceOffer.VISIT_B, true);
        p.setOverCap(true);
        p.setSource("報告会資料");
        TeamMember t = new TeamMember();
        t.setCaseId(c.getId());
        t.setName("山田");
        t.setOrganisation("栃木県 高齢対策課");
        t.setRole("府県");
        StateChange s = new StateChange();
        s.setCaseId(c.getId());
        s.setState(CaseState.mS);
        s.setChangedOn(LocalDate.of(2022, 6, 1));
        s.setReason("ヒアリング");
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        meeting.setSequence(1);
        meeting.setStatus(MeetingStatus.DONE);
        meeting.setHeldOn(LocalDate.of(2022, 9, 20));
        meeting.setEndsOn(LocalDate.of(2022, 9, 21)); // two days
        meeting.setPlannedMonth(LocalDate.of(2022, 9, 1));
        meeting.setStartTime(LocalTime.of(13, 30));
        meeting.setEndTime(LocalTime.of(16, 0));
        meeting.setFormat(MeetingFormat.ON_SITE);
        meeting.setPlace("さくら市役所");
        meeting.setTheme("テーマ");
        meeting.setSummary("まとめ\n二行目");
        MeetingPart part = new MeetingPart();
        part.setMeetingId(meeting.getId());
        part.setLabel("午後");
        part.setStartTime(LocalTime.of(13, 30));
        Participant who = new Participant();
        who.setMeetingId(meeting.getId());
        who.setName("佐藤");
        ActionItem item = new ActionItem();
        item.setMeetingId(meeting.getId());
        item.setWhat("仕様書案を作成");
        item.setDue(LocalDate.of(2022, 12, 16));

        try (Store store = Store.open(dir)) {
            store.cases().create(m, c, List.of(2023, 2022));
            store.cases().save(p);
            store.cases().save(t);
            store.cases().save(s);
            store.meetings().save(meeting);
            store.meetings().save(part);
            store.meetings().save(who);
            store.meetings().save(item);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.cases().municipality(m.getId())).get().usingRecursiveComparison().isEqualTo(m);
            assertThat(store.cases().find(c.getId())).get().usingRecursiveComparison().isEqualTo(c);
            assertThat(store.cases().fiscalYears(c.getId())).containsExactly(2022, 2023);
            ProfileSnapshot p2 = store.cases().snapshots(m.getId()).get(0);
            assertThat(p2).usingRecursiveComparison().isEqualTo(p);
            assertThat(p2.offers(ServiceOffer.DAY_C)).isTrue();
            assertThat(p2.agingRate()).isEqualByComparingTo("27.08");
            assertThat(store.cases().team(c.getId())).singleElement().usingRecursiveComparison().isEqualTo(t);
            assertThat(store.cases().stateHistory(c.getId())).singleElement().usingRecursiveComparison().isEqualTo(s);
            assertThat(store.meetings().list(c.getId())).singleElement().usingRecursiveComparison().isEqualTo(meeting);
            assertThat(store.meetings().parts(meeting.getId())).singleElement().usingRecursiveComparison().isEqualTo(part);
            assertThat(store.meetings().participants(meeting.getId())).singleElement().usingRecursiveComparison().isEqualTo(who);
            assertThat(store.meetings().actionItems(meeting.getId())).singleElement().usingRecursiveComparison().isEqualTo(item);
            assertThat(store.meetings().openActionItems(c.getId())).hasSize(1);
            var summary = store.cases().summaries().get(0);
            assertThat(summary.municipality()).isEqualTo("さくら市");
            assertThat(summary.state()).isEqualTo(CaseState.mS);
            assertThat(summary.fiscalYears()).containsExactly(2022, 2023);
            assertThat(summary.openActionItems()).isEqualTo(1);
        }
    }
}
