package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A laptop upgraded from v5: its municipalities get their codes and derived ids when the store opens. */
class MunicipalityCodesTest {
    @TempDir
    Path dir;

    private UUID sakura;
    private UUID tatebayashi;
    private UUID tatebayashiAgain;
    private UUID midori;
    private UUID sakuraCase;
    private UUID tatebayashiCase;
    private UUID secondTatebayashiCase;

    /** Rows as v5 wrote them: random ids, no code; 館林市 twice (typed once as 「群馬」 and 「館林市　」 with a 全角 space). */
    private void writeLegacyRows() {
        try (Store store = Store.open(dir)) {
            Municipality s = legacyMunicipality(store, "栃木県", "さくら市");
            sakura = s.getId();
            sakuraCase = legacyCase(store, s, 2022);
            ProfileSnapshot p = new ProfileSnapshot();
            p.setMunicipalityId(sakura);
            p.setAsOf(LocalDate.of(2022, 4, 1));
            p.setPopulation(44000);
            store.cases().save(p);
            Municipality t = legacyMunicipality(store, "群馬県", "館林市");
            tatebayashi = t.getId();
            tatebayashiCase = legacyCase(store, t, 2023);
            Municipality again = legacyMunicipality(store, "群馬", "館林市　");
            tatebayashiAgain = again.getId();
            secondTatebayashiCase = legacyCase(store, again, 2024);
            Municipality m = legacyMunicipality(store, "長野県", "みどり町");
            midori = m.getId();
            legacyCase(store, m, 2026);
        }
    }

    /** A municipality row as v5 wrote it (today's CaseRepository.create would give a listed town its code). */
    private static Municipality legacyMunicipality(Store store, String prefecture, String name) {
        UUID id = UUID.randomUUID();
        store.jdbi().useHandle(h -> h.createUpdate("insert into municipality (id, prefecture, name, code, created_at, updated_at) "
                + "values (:id, :p, :n, null, current_timestamp, current_timestamp)").bind("id", id).bind("p", prefecture)
                .bind("n", name).execute());
        return store.cases().municipality(id).orElseThrow();
    }

    private static UUID legacyCase(Store store, Municipality m, int year) {
        SupportCase c = new SupportCase();
        store.cases().create(m, c, List.of(year));
        return c.getId();
    }

    @Test
    void legacyMunicipalitiesAreMatchedRekeyedMergedAndTheRestListed() {
        writeLegacyRows();
        try (Store store = Store.open(dir)) {
            UUID sakuraId = MunicipalityMaster.idFor("092142");
            UUID tatebayashiId = MunicipalityMaster.idFor("102075");
            Municipality s = store.cases().municipality(sakuraId).orElseThrow();
            assertThat(s.getCode()).isEqualTo("092142");
            assertThat(s.getPrefecture()).isEqualTo("栃木県");
            assertThat(store.cases().municipality(sakura)).isEmpty();
            assertThat(store.cases().find(sakuraCase).orElseThrow().getMunicipalityId()).isEqualTo(sakuraId);
            assertThat(store.cases().snapshots(sakuraId)).extracting(ProfileSnapshot::getPopulation).containsExactly(44000);

            // the two 館林市 rows became one, with both cases
            Municipality t = store.cases().municipality(tatebayashiId).orElseThrow();
            assertThat(t.getName()).isEqualTo("館林市");
            assertThat(t.getPrefecture()).isEqualTo("群馬県");
            assertThat(store.cases().municipality(tatebayashi)).isEmpty();
            assertThat(store.cases().municipality(tatebayashiAgain)).isEmpty();
            assertThat(store.cases().find(tatebayashiCase).orElseThrow().getMunicipalityId()).isEqualTo(tatebayashiId);
            assertThat(store.cases().find(secondTatebayashiCase).orElseThrow().getMunicipalityId()).isEqualTo(tatebayashiId);

            // みどり町 is in no prefecture's list: kept as it was, and listed
            assertThat(store.cases().unmatchedMunicipalities()).extracting(Municipality::getId).containsExactly(midori);
            assertThat(store.cases().municipalities()).hasSize(3);
            assertThat(store.cases().casesOfUnmatchedMunicipalities()).hasSize(1);
            // the old rows' deletion is in the change log, so it travels
            Integer logged = store.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from sync_change where table_name = 'municipality' and row_id in (:a, :b)")
                    .bind("a", sakura).bind("b", tatebayashiAgain).mapTo(Integer.class).one());
            assertThat(logged).isEqualTo(2);
        }
    }

    @Test
    void aSecondRunChangesNothing() {
        writeLegacyRows();
        try (Store store = Store.open(dir)) {
            Long before = lastChange(store);
            MunicipalityCodes.Result again = MunicipalityCodes.assign(store.jdbi());
            assertThat(again.coded()).isZero();
            assertThat(again.merged()).isZero();
            assertThat(again.unmatched()).isEqualTo(1);
            assertThat(lastChange(store)).isEqualTo(before);
        }
    }

    @Test
    void municipalitiesKeyedByTheirCodesNeedNothing() {
        try (Store store = Store.open(dir)) {
            assertThat(MunicipalityCodes.assign(store.jdbi())).isEqualTo(MunicipalityCodes.Result.NOTHING);
            Municipality town = new Municipality("栃木県", "さくら市");
            store.cases().create(town, new SupportCase(), List.of(2022));
            assertThat(town.getId()).isEqualTo(MunicipalityMaster.idFor("092142")); // created with its code's id
            assertThat(town.getCode()).isEqualTo("092142");
            assertThat(MunicipalityCodes.assign(store.jdbi())).isEqualTo(MunicipalityCodes.Result.NOTHING);
            assertThat(store.cases().unmatchedMunicipalities()).isEmpty();
        }
    }

    @Test
    void theStepReportsWhatItDid() {
        try (Store store = Store.open(dir)) {
            legacyCase(store, legacyMunicipality(store, "栃木県", "さくら市"), 2022);
            legacyCase(store, legacyMunicipality(store, "栃木", "さくら市　"), 2023); // the same town typed otherwise
            legacyCase(store, legacyMunicipality(store, "長野県", "みどり町"), 2023);
            assertThat(MunicipalityCodes.assign(store.jdbi())).isEqualTo(new MunicipalityCodes.Result(1, 1, 1));
            assertThat(MunicipalityCodes.assign(store.jdbi())).isEqualTo(new MunicipalityCodes.Result(0, 0, 1));
        }
    }

    private static Long lastChange(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("select max(seq) from sync_change").mapTo(Long.class).one());
    }
}
