package jp.banso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.store.CaseRepository;

/** State of the 市町村プロフィール page: the case's municipality and its snapshots by 基準日. No controls here. */
public final class ProfileModel {
    private final CaseRepository cases;
    private final UUID caseId;
    /** Read again when a town is picked from the list (its row is then re-keyed to the id derived from its code). */
    private Municipality municipality;
    /** A day of the case's 年度: the date a new snapshot gets and the date fields' example. */
    private final LocalDate example;
    private final List<ProfileSnapshot> snapshots = new ArrayList<>();

    public ProfileModel(CaseRepository cases, UUID caseId, Clock clock) {
        this.cases = cases;
        this.caseId = caseId;
        this.municipality = readMunicipality();
        this.example = JapaneseDates.exampleDate(cases.fiscalYears(caseId), LocalDate.now(clock));
        reload();
    }

    public Municipality municipality() {
        return municipality;
    }

    private Municipality readMunicipality() {
        SupportCase c = cases.find(caseId).orElseThrow();
        return cases.municipality(c.getMunicipalityId()).orElseThrow();
    }

    /**
     * The case's municipality is this town of the national list: its name, prefecture and code; the row is then keyed
     * by the code (merged with that town's row when this laptop has it). Snapshots are read again (they moved with it).
     */
    public void choose(MunicipalityMaster.Entry town) {
        if (town.code().equals(municipality.getCode())) {
            return;
        }
        municipality.setPrefecture(town.prefecture());
        municipality.setName(town.name());
        municipality.setCode(town.code());
        cases.save(municipality);
        cases.rekeyByCode();
        municipality = readMunicipality();
        reload();
    }

    /** A name the national list does not have, typed by hand with its prefecture; false when it is not valid. */
    public boolean typedByHand(String prefecture, String name) {
        Municipality m = Municipality.copyOf(municipality);
        m.setPrefecture(prefecture);
        m.setName(name);
        m.setCode(null);
        if (!m.validate().isEmpty()) {
            return false;
        }
        if (!(java.util.Objects.equals(m.getName(), municipality.getName())
                && java.util.Objects.equals(m.getPrefecture(), municipality.getPrefecture()) && municipality.getCode() == null)) {
            municipality = m;
            cases.save(m);
        }
        return true;
    }

    public LocalDate exampleDate() {
        return example;
    }

    /** Reads the snapshots again, oldest 基準日 first. */
    public List<ProfileSnapshot> reload() {
        snapshots.clear();
        snapshots.addAll(cases.snapshots(municipality.getId()));
        return snapshots();
    }

    /** The snapshots as last read (the same objects the forms edit). */
    public List<ProfileSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    /** Autosave of a snapshot's form. */
    public void save(ProfileSnapshot s) {
        cases.save(s);
    }

    /** A new snapshot dated in the case's 年度: a copy of the latest one's figures, or an empty one. */
    public ProfileSnapshot addSnapshot() {
        reload(); // a 基準日 changed since may have changed which is the latest
        ProfileSnapshot s;
        if (snapshots.isEmpty()) {
            s = new ProfileSnapshot();
            s.setMunicipalityId(municipality.getId());
            s.setAsOf(example);
        } else {
            s = snapshots.get(snapshots.size() - 1).copyForNewDate(example);
        }
        cases.save(s);
        reload();
        return s;
    }

    public void delete(ProfileSnapshot s) {
        cases.deleteSnapshot(s.getId());
        reload();
    }

    /** The snapshot before this one, which the page compares with; null for the first. */
    public ProfileSnapshot previousOf(ProfileSnapshot s) {
        ProfileSnapshot prev = null;
        for (ProfileSnapshot x : snapshots) {
            if (x.getId().equals(s.getId())) {
                return prev;
            }
            prev = x;
        }
        return null;
    }

    /** Other towns this one's figures can be compared with: those with snapshots on this laptop. */
    public List<Municipality> otherTownsWithSnapshots() {
        return cases.municipalitiesWithSnapshots().stream().filter(m -> !m.getId().equals(municipality.getId())).toList();
    }

    /**
     * The metric over the years: this town's snapshots as the forms hold them, then each town compared with it, one
     * line each. A town is named by its name, with its prefecture when another town on the chart has the same name.
     */
    public Chart chart(ProfileCharts.Metric metric, List<Municipality> compared) {
        List<Municipality> towns = new ArrayList<>();
        towns.add(municipality);
        compared.stream().filter(m -> !m.getId().equals(municipality.getId())).forEach(towns::add);
        Map<String, List<ProfileSnapshot>> byTown = new LinkedHashMap<>();
        for (Municipality m : towns) {
            boolean sameName = towns.stream().filter(o -> o.getName().equals(m.getName())).count() > 1;
            byTown.put(sameName ? m.getPrefecture() + m.getName() : m.getName(),
                    m == municipality ? snapshots() : cases.snapshots(m.getId()));
        }
        return ProfileCharts.compare(byTown, metric);
    }
}
