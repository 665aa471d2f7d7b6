package jp.banso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.store.CaseRepository;
import jp.banso.store.MeetingRepository;
import jp.banso.store.RoadmapRepository;

/**
 * State of the 概要 page: the case itself, its 年度, state history and team, the open 宿題 of its meetings and what the
 * roadmap needs followed up. No controls here.
 */
public final class OverviewModel {
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final RoadmapRepository roadmaps;
    private final UUID caseId;
    private final Clock clock;
    private final SupportCase supportCase;

    /** Roadmap items by status, and those that are late or have had no progress for a while. */
    public record RoadmapGlance(int items, long inProgress, long done, List<RoadmapFollowUp.Attention> attention) {
    }

    /** An open 宿題 and the meeting it was given at (null when that meeting is gone). */
    public record OpenItem(ActionItem item, Meeting meeting) {
    }

    public OverviewModel(CaseRepository cases, MeetingRepository meetings, RoadmapRepository roadmaps, UUID caseId, Clock clock) {
        this.cases = cases;
        this.meetings = meetings;
        this.roadmaps = roadmaps;
        this.caseId = caseId;
        this.clock = clock;
        this.supportCase = cases.find(caseId).orElseThrow();
    }

    public SupportCase supportCase() {
        return supportCase;
    }

    /** Autosave of the case's form. */
    public void save(SupportCase c) {
        cases.save(c);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A day of the case's 年度 (today when it is one): what a new state change gets and the date fields show. */
    public LocalDate exampleDate() {
        return JapaneseDates.exampleDate(fiscalYears(), today());
    }

    // --- 年度 and the case followed ---

    public List<Integer> fiscalYears() {
        return cases.fiscalYears(caseId);
    }

    /** Any 年度 from 平成元年度 to three years ahead, and those the case has (past cases are entered too). */
    public List<Integer> fiscalYearChoices() {
        TreeSet<Integer> choices = new TreeSet<>(fiscalYears());
        int now = JapaneseDates.fiscalYearOf(today());
        for (int y = NewCase.FIRST_FISCAL_YEAR; y <= now + 3; y++) {
            choices.add(y);
        }
        return List.copyOf(choices);
    }

    /** Stores the chosen 年度; false (and nothing stored) when none is chosen: a case has at least one. */
    public boolean setFiscalYears(List<Integer> years) {
        if (years.isEmpty()) {
            return false;
        }
        cases.setFiscalYears(caseId, years);
        return true;
    }

    /** Whether the case's municipality is not in the national list (typed by hand, or unmatched on upgrading). */
    public boolean municipalityUnlisted() {
        return cases.casesOfUnmatchedMunicipalities().contains(caseId);
    }

    /** Cases this one may follow: not itself, nor one that already follows it (directly or through others). */
    public List<CaseSummary> followCandidates() {
        Map<UUID, UUID> follows = new HashMap<>();
        cases.listAll().forEach(c -> follows.put(c.getId(), c.getFollowsCaseId()));
        return cases.summaries().stream()
                .filter(s -> !s.id().equals(caseId) && !SupportCase.followUpCycle(caseId, s.id(), follows::get)).toList();
    }

    // --- state history ---

    public List<StateChange> stateHistory() {
        return cases.stateHistory(caseId);
    }

    /** A new entry of the state history: the state the case is in now, dated in its 年度. */
    public StateChange newStateChange() {
        StateChange s = new StateChange();
        s.setCaseId(caseId);
        List<StateChange> history = stateHistory();
        s.setState(history.isEmpty() ? CaseState.mS : history.get(history.size() - 1).getState());
        s.setChangedOn(exampleDate());
        return s;
    }

    public void save(StateChange s) {
        cases.save(s);
    }

    public void delete(StateChange s) {
        cases.deleteStateChange(s.getId());
    }

    // --- team ---

    public List<TeamMember> team() {
        return cases.team(caseId);
    }

    public TeamMember newTeamMember() {
        TeamMember t = new TeamMember();
        t.setCaseId(caseId);
        t.setSortOrder(team().size());
        return t;
    }

    public void save(TeamMember t) {
        cases.save(t);
    }

    public void delete(TeamMember t) {
        cases.deleteTeamMember(t.getId());
    }

    // --- what needs following up ---

    /** Empty when the case has no roadmap yet. */
    public Optional<RoadmapGlance> roadmap() {
        List<RoadmapItem> items = roadmaps.items(caseId);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<ItemStatus, Long> counts = items.stream().collect(Collectors.groupingBy(RoadmapItem::getStatus, Collectors.counting()));
        return Optional.of(new RoadmapGlance(items.size(), counts.getOrDefault(ItemStatus.IN_PROGRESS, 0L),
                counts.getOrDefault(ItemStatus.DONE, 0L), RoadmapFollowUp.check(items, roadmaps.entries(caseId), today())));
    }

    /** Every 宿題 not yet done, of all the case's meetings. */
    public List<OpenItem> openActionItems() {
        Map<UUID, Meeting> byId = meetings.list(caseId).stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        return meetings.openActionItems(caseId).stream().map(a -> new OpenItem(a, byId.get(a.getMeetingId()))).toList();
    }

    /** Ticks a 宿題 done (or not) from the overview. */
    public void setDone(ActionItem item, boolean done) {
        item.setDone(done);
        meetings.save(item);
    }
}
