package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.banso.cases.NewCase;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a case file: the municipality's code is its identity, whatever id the other laptop gave it. */
class MunicipalityMatchTest {
    @TempDir
    Path dir;

    /** A case file written before codes: さくら市 under a random id, without a code, with a case and a snapshot. */
    private Path fileFromBeforeCodes(UUID[] ids) {
        Path file = dir.resolve("old.banso");
        try (Store old = Store.open(dir.resolve("old"))) {
            UUID town = UUID.randomUUID();
            old.jdbi().useHandle(h -> h.createUpdate("insert into municipality (id, prefecture, name, code, created_at, updated_at) "
                    + "values (:id, '栃木県', 'さくら市', null, current_timestamp, current_timestamp)").bind("id", town).execute());
            Municipality m = old.cases().municipality(town).orElseThrow();
            SupportCase c = new SupportCase();
            c.setProgramme("老健局主導型");
            old.cases().create(m, c, List.of(2021));
            ProfileSnapshot p = new ProfileSnapshot();
            p.setMunicipalityId(town);
            p.setAsOf(java.time.LocalDate.of(2021, 4, 1));
            p.setPopulation(44_000);
            old.cases().save(p);
            BundleExport.export(old, List.of(c.getId()), file, x -> { });
            ids[0] = town;
            ids[1] = c.getId();
            ids[2] = p.getId();
        }
        return file;
    }

    @Test
    void aTownThisBansoHasUnderAnotherIdIsMappedOntoTheLocalRowByItsCode() {
        UUID[] old = new UUID[3];
        Path file = fileFromBeforeCodes(old);
        try (Store here = Store.open(dir.resolve("here"))) {
            SupportCase mine = new NewCase("栃木県", "さくら市", 2022, null, StartKind.ENTRY).create(here.cases());
            UUID sakura = MunicipalityMaster.idFor("092142");
            assertThat(mine.getMunicipalityId()).isEqualTo(sakura);

            ImportPlan plan = BundleImport.plan(here, BundleImport.read(here, file), ImportPlan.Prefer.THEIRS);
            assertThat(plan.counts().get(BundleKind.MUNICIPALITY)).isEqualTo(new ImportPlan.Counts(0, 1, 0, 0));
            assertThat(plan.conflicts()).isEmpty();
            assertThat(plan.notes()).anyMatch(n -> n.contains("全国地方公共団体コード"));
            BundleImport.apply(here, plan, x -> { });

            assertThat(here.cases().municipalities()).extracting(Municipality::getId).containsExactly(sakura);
            assertThat(here.cases().find(old[1]).orElseThrow().getMunicipalityId()).isEqualTo(sakura);
            assertThat(here.cases().snapshots(sakura)).extracting(ProfileSnapshot::getId).containsExactly(old[2]);
            assertThat(here.cases().municipality(old[0])).isEmpty();
        }
    }

    @Test
    void aTownNewHereGetsTheIdDerivedFromItsCode() {
        UUID[] old = new UUID[3];
        Path file = fileFromBeforeCodes(old);
        try (Store here = Store.open(dir.resolve("here"))) {
            ImportPlan plan = BundleImport.plan(here, BundleImport.read(here, file), ImportPlan.Prefer.THEIRS);
            assertThat(plan.counts().get(BundleKind.MUNICIPALITY)).isEqualTo(new ImportPlan.Counts(1, 0, 0, 0));
            BundleImport.apply(here, plan, x -> { });
            Municipality m = here.cases().find(old[1]).flatMap(c -> here.cases().municipality(c.getMunicipalityId())).orElseThrow();
            assertThat(m.getId()).isEqualTo(MunicipalityMaster.idFor("092142"));
            assertThat(m.getCode()).isEqualTo("092142");
            // and a case for the same town made here afterwards joins it
            SupportCase next = new NewCase("栃木県", "さくら市", 2023, null, StartKind.ENTRY).create(here.cases());
            assertThat(next.getMunicipalityId()).isEqualTo(m.getId());
        }
    }

    @Test
    void anUnlistedTownKeepsItsId() {
        Path file = dir.resolve("midori.banso");
        UUID town;
        try (Store other = Store.open(dir.resolve("other"))) {
            SupportCase c = new NewCase("長野県", "みどり町", 2022, null, StartKind.ENTRY).create(other.cases());
            town = c.getMunicipalityId();
            BundleExport.export(other, List.of(c.getId()), file, x -> { });
        }
        try (Store here = Store.open(dir.resolve("here"))) {
            ImportPlan plan = BundleImport.plan(here, BundleImport.read(here, file), ImportPlan.Prefer.THEIRS);
            assertThat(plan.notes()).noneMatch(n -> n.contains("全国地方公共団体コード"));
            BundleImport.apply(here, plan, x -> { });
            assertThat(here.cases().municipalities()).extracting(Municipality::getId).containsExactly(town);
            assertThat(here.cases().unmatchedMunicipalities()).hasSize(1);
        }
    }
}
