package jp.banso.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.Stage;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.Text;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Support cases with their municipality, profile snapshots, 年度, team and state history. */
public final class CaseRepository {
    private final Jdbi jdbi;
    private final EntityTable<Municipality> municipalities;
    private final EntityTable<ProfileSnapshot> snapshots;
    private final EntityTable<SupportCase> cases;
    private final EntityTable<TeamMember> team;
    private final EntityTable<StateChange> states;

    CaseRepository(Jdbi jdbi, PendingWrites writes) {
        this.jdbi = jdbi;
        municipalities = new EntityTable<>(jdbi, writes, Municipality.class, "municipality", "id", "prefecture, name",
                List.of("prefecture", "name", "code"));
        snapshots = new EntityTable<>(jdbi, writes, ProfileSnapshot.class, "profile_snapshot", "municipality_id", "as_of",
                List.of("municipality_id", "as_of", "population", "households", "elderly_population",
                        "late_elderly_population", "area_km2", "living_areas", "care_certification_rate",
                        "centres_direct", "centres_outsourced", "coordinators_layer1", "coordinators_layer2",
                        "councils_layer1", "councils_layer2", "services_code", "over_cap", "source"));
        cases = new EntityTable<>(jdbi, writes, SupportCase.class, "support_case", "municipality_id", "created_at",
                List.of("municipality_id", "programme", "start_kind", "application_theme", "redefined_issue",
                        "over_cap_consultation", "follows_case_id", "stage", "archived", "note", "team"));
        team = new EntityTable<>(jdbi, writes, TeamMember.class, "team_member", "case_id", "sort_order, created_at",
                List.of("case_id", "name", "organisation", "role", "sort_order"));
        states = new EntityTable<>(jdbi, writes, StateChange.class, "state_change", "case_id", "changed_on, created_at",
                List.of("case_id", "state", "changed_on", "reason"));
    }

    /**
     * Creates a case with its municipality (new or existing) and 年度 in one transaction. A new municipality that is in
     * the national list gets its 全国地方公共団体コード and the id derived from it (set on the object given), so two
     * laptops that create the same town create the same row; when this laptop has that town already, the case joins it.
     */
    public void create(Municipality municipality, SupportCase supportCase, Collection<Integer> fiscalYears) {
        if (Text.isBlank(municipality.getCode()) && municipalities.find(municipality.getId()).isEmpty()) {
            MunicipalityMaster.get().find(municipality.getPrefecture(), municipality.getName()).ifPresent(listed -> {
                municipality.setId(listed.id());
                municipality.setPrefecture(listed.prefecture());
                municipality.setName(listed.name());
                municipality.setCode(listed.code());
            });
        }
        supportCase.setMunicipalityId(municipality.getId());
        jdbi.useTransaction(h -> {
            if (municipalities.find(municipality.getId()).isEmpty()) {
                municipalities.save(h, municipality);
            }
            cases.save(h, supportCase);
            writeFiscalYears(h, supportCase.getId(), fiscalYears);
        });
    }

    public void save(SupportCase supportCase) {
        cases.save(supportCase);
    }

    public Optional<SupportCase> find(UUID caseId) {
        return cases.find(caseId);
    }

    public List<SupportCase> listAll() {
        return cases.listAll();
    }

    public void setArchived(UUID caseId, boolean archived) {
        find(caseId).ifPresent(c -> {
            c.setArchived(archived);
            save(c);
        });
    }

    /**
     * Cases this laptop may no longer write (the user left the team that owns them; sync lists them), with the time
     * since when: kept and shown, every write refused (store.sync.ReadOnlyCases).
     */
    public Map<UUID, java.time.Instant> readOnlyCases() {
        Map<UUID, java.time.Instant> out = new java.util.LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select case_id, since from sync_case_access where access = 'READ_ONLY'")
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    // --- 年度 ---

    public void setFiscalYears(UUID caseId, Collection<Integer> fiscalYears) {
        jdbi.useTransaction(h -> {
            writeFiscalYears(h, caseId, fiscalYears);
            h.createUpdate("update support_case set updated_at = current_timestamp where id = :id").bind("id", caseId).execute();
        });
    }

    private static void writeFiscalYears(Handle h, UUID caseId, Collection<Integer> fiscalYears) {
        h.createUpdate("delete from case_fiscal_year where case_id = :c").bind("c", caseId).execute();
        for (Integer fy : new TreeSet<>(fiscalYears)) {
            h.createUpdate("insert into case_fiscal_year (case_id, fiscal_year) values (:c, :y)")
                    .bind("c", caseId).bind("y", fy).execute();
        }
    }

    public List<Integer> fiscalYears(UUID caseId) {
        return jdbi.withHandle(h -> h.createQuery("select fiscal_year from case_fiscal_year where case_id = :c order by fiscal_year")
                .bind("c", caseId).mapTo(Integer.class).list());
    }

    // --- municipality and profile ---

    public Optional<Municipality> municipality(UUID municipalityId) {
        return municipalities.find(municipalityId);
    }

    public List<Municipality> municipalities() {
        return municipalities.listAll();
    }

    public void save(Municipality municipality) {
        municipalities.save(municipality);
    }

    /**
     * After a municipality was given another town of the national list (its code changed): re-keys it to the id derived
     * from the code, with its cases and snapshots, merging it with that town's row if this laptop has one.
     */
    public void rekeyByCode() {
        MunicipalityCodes.assign(jdbi);
    }

    /**
     * The municipalities that are not in the national list (no valid 全国地方公共団体コード): typed by hand, or found
     * on upgrading without a match ({@link MunicipalityCodes}). Shown with a flag so people can pick the right town.
     */
    public List<Municipality> unmatchedMunicipalities() {
        return municipalities.listAll().stream().filter(m -> !MunicipalityMaster.isValidCode(m.getCode())).toList();
    }

    /** The cases whose municipality is not in the national list (the case list flags them). */
    public java.util.Set<UUID> casesOfUnmatchedMunicipalities() {
        List<UUID> unmatched = unmatchedMunicipalities().stream().map(Municipality::getId).toList();
        if (unmatched.isEmpty()) {
            return java.util.Set.of();
        }
        return jdbi.withHandle(h -> h.createQuery("select id from support_case where municipality_id in (<ids>)")
                .bindList("ids", unmatched).mapTo(UUID.class).set());
    }

    /** Oldest first. */
    public List<ProfileSnapshot> snapshots(UUID municipalityId) {
        return snapshots.listBy(municipalityId);
    }

    /** The municipalities that have at least one snapshot (whose figures a town can be compared with), by prefecture and name. */
    public List<Municipality> municipalitiesWithSnapshots() {
        return jdbi.withHandle(h -> h.createQuery("select * from municipality m where exists "
                        + "(select 1 from profile_snapshot s where s.municipality_id = m.id) order by prefecture, name")
                .mapTo(Municipality.class).list());
    }

    public void save(ProfileSnapshot snapshot) {
        snapshots.save(snapshot);
    }

    public void deleteSnapshot(UUID snapshotId) {
        snapshots.delete(snapshotId);
    }

    // --- team ---

    public List<TeamMember> team(UUID caseId) {
        return team.listBy(caseId);
    }

    public void save(TeamMember member) {
        team.save(member);
    }

    public void deleteTeamMember(UUID memberId) {
        team.delete(memberId);
    }

    // --- state history ---

    /** Oldest first; the last entry is the current state. */
    public List<StateChange> stateHistory(UUID caseId) {
        return states.listBy(caseId);
    }

    public void save(StateChange change) {
        states.save(change);
    }

    public void deleteStateChange(UUID changeId) {
        states.delete(changeId);
    }

    // --- the case list ---

    /** Every case as a list row. Three queries, joined in memory: fast enough for thousands of cases. */
    public List<CaseSummary> summaries() {
        return summaries(null);
    }

    /** One case's row (the open case's header), without reading every other case. */
    public Optional<CaseSummary> summary(UUID caseId) {
        return summaries(caseId).stream().findFirst();
    }

    private List<CaseSummary> summaries(UUID only) {
        String yearsWhere = only == null ? "" : " where case_id = :id";
        String itemsWhere = only == null ? "" : " and m.case_id = :id";
        String casesWhere = only == null ? "" : " where c.id = :id";
        return jdbi.withHandle(h -> {
            Map<UUID, List<Integer>> years = new HashMap<>();
            bindIf(h.createQuery("select case_id, fiscal_year from case_fiscal_year" + yearsWhere + " order by fiscal_year"), only)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                    .forEach(e -> years.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<UUID, Integer> openItems = new HashMap<>();
            bindIf(h.createQuery("select m.case_id, count(*) from action_item a join meeting m on m.id = a.meeting_id "
                            + "where not a.done" + itemsWhere + " group by m.case_id"), only)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                    .forEach(e -> openItems.put(e.getKey(), e.getValue()));
            return bindIf(h.createQuery("select c.id, m.prefecture, m.name, c.programme, c.stage, c.archived, c.application_theme, c.updated_at, "
                            + "(select s.state from state_change s where s.case_id = c.id order by s.changed_on desc, s.created_at desc limit 1) as state "
                            + "from support_case c join municipality m on m.id = c.municipality_id" + casesWhere), only)
                    .map((rs, ctx) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        String stage = rs.getString("stage");
                        String state = rs.getString("state");
                        return new CaseSummary(id, rs.getString("prefecture"), rs.getString("name"),
                                List.copyOf(years.getOrDefault(id, List.of())), rs.getString("programme"),
                                state == null ? null : CaseState.valueOf(state),
                                stage == null ? null : Stage.valueOf(stage),
                                rs.getBoolean("archived"), rs.getString("application_theme"),
                                openItems.getOrDefault(id, 0), rs.getTimestamp("updated_at").toInstant());
                    }).list();
        });
    }

    private static org.jdbi.v3.core.statement.Query bindIf(org.jdbi.v3.core.statement.Query q, UUID id) {
        return id == null ? q : q.bind("id", id);
    }

    public int count() {
        return cases.count();
    }

    // --- tables, for bulk writers in this package (imports, benchmarks) ---

    EntityTable<Municipality> municipalitiesTable() {
        return municipalities;
    }

    EntityTable<SupportCase> casesTable() {
        return cases;
    }

    EntityTable<StateChange> statesTable() {
        return states;
    }
}
