package jp.banso.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A prefecture's (or several prefectures') municipalities, each with what its support adds up to, as of {@code today}.
 * The store gathers one {@link CaseFacts} per case; {@link #assemble} makes one row per town of the national list in
 * the chosen prefectures, plus towns typed by hand that the list does not know.
 */
public record Portfolio(LocalDate today, List<String> prefectures, List<PortfolioRow> rows) {

    /** After this long without a meeting, a town whose support has ended is due a follow-up. */
    public static final int QUIET_MONTHS = 12;

    public Portfolio {
        prefectures = List.copyOf(prefectures);
        rows = List.copyOf(rows);
    }

    /** A town known here (a municipality row): its id, prefecture, name and code (null when typed by hand). */
    public record Town(UUID id, String prefecture, String name, String code) {
    }

    /** What the store reads about one case. */
    public record CaseFacts(UUID caseId, UUID municipalityId, String programme, Stage stage, boolean archived,
                            List<Integer> fiscalYears, List<PortfolioRow.StatePoint> states, LocalDate lastContact,
                            PortfolioRow.NextMeeting nextMeeting, int openActionItems, int overdueActionItems,
                            int lateItems, int silentItems) {
    }

    /**
     * One row per municipality of {@code prefectures} in the national list (北方領土 left out, as 総務省 counts 1,741),
     * then the hand-typed towns of those prefectures, each with its cases' facts; list order (団体コード) within a
     * prefecture, prefectures in the order given.
     */
    public static Portfolio assemble(LocalDate today, List<String> prefectures, Collection<Town> towns, Collection<CaseFacts> cases) {
        Map<UUID, List<CaseFacts>> byTown = new HashMap<>();
        for (CaseFacts c : cases) {
            byTown.computeIfAbsent(c.municipalityId(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Town> knownByCode = new HashMap<>();
        List<Town> handTyped = new ArrayList<>();
        for (Town t : towns) {
            if (t.code() != null && MunicipalityMaster.get().byCode(t.code()).isPresent()) {
                knownByCode.put(t.code(), t);
            } else {
                handTyped.add(t);
            }
        }
        List<PortfolioRow> rows = new ArrayList<>();
        for (String prefecture : prefectures) {
            for (MunicipalityMaster.Entry e : MunicipalityMaster.get().municipalitiesOf(prefecture)) {
                Town t = knownByCode.get(e.code());
                UUID id = t != null ? t.id() : null;
                rows.add(row(today, e.code(), e.prefecture(), e.name(), id, id == null ? List.of() : byTown.getOrDefault(id, List.of())));
            }
            handTyped.stream().filter(t -> prefecture.equals(t.prefecture()))
                    .sorted(Comparator.comparing(Town::name))
                    .forEach(t -> rows.add(row(today, null, t.prefecture(), t.name(), t.id(), byTown.getOrDefault(t.id(), List.of()))));
        }
        return new Portfolio(today, prefectures, rows);
    }

    static PortfolioRow row(LocalDate today, String code, String prefecture, String name, UUID municipalityId, List<CaseFacts> facts) {
        List<CaseFacts> ordered = facts.stream()
                .sorted(Comparator.comparing((CaseFacts c) -> c.fiscalYears().isEmpty() ? Integer.MAX_VALUE : c.fiscalYears().get(0))
                        .thenComparing(c -> c.caseId().toString()))
                .toList();
        TreeSet<Integer> years = new TreeSet<>();
        List<PortfolioRow.StatePoint> history = new ArrayList<>();
        Stage stage = null;
        LocalDate lastContact = null;
        PortfolioRow.NextMeeting next = null;
        int open = 0;
        int overdue = 0;
        int late = 0;
        int silent = 0;
        List<PortfolioRow.CaseRef> refs = new ArrayList<>();
        for (CaseFacts c : ordered) {
            refs.add(new PortfolioRow.CaseRef(c.caseId(), c.fiscalYears(), c.programme(), c.archived()));
            years.addAll(c.fiscalYears());
            history.addAll(c.states());
            if (c.stage() != null && (stage == null || c.stage().step() > stage.step())) {
                stage = c.stage();
            }
            if (c.lastContact() != null && (lastContact == null || c.lastContact().isAfter(lastContact))) {
                lastContact = c.lastContact();
            }
            if (c.nextMeeting() != null && (next == null || c.nextMeeting().sortDate().isBefore(next.sortDate()))) {
                next = c.nextMeeting();
            }
            open += c.openActionItems();
            overdue += c.overdueActionItems();
            late += c.lateItems();
            silent += c.silentItems();
        }
        history.sort(Comparator.comparing(PortfolioRow.StatePoint::on));
        PortfolioRow.StatePoint latest = history.isEmpty() ? null : history.get(history.size() - 1);
        PortfolioRow.StatePoint before = null;
        LocalDate changed = null;
        if (latest != null) {
            // the day the town reached its present state (not the day it was last confirmed), and the state before
            int i = history.size() - 1;
            while (i >= 0 && history.get(i).state() == latest.state()) {
                changed = history.get(i).on();
                i--;
            }
            before = i >= 0 ? history.get(i) : null;
        }
        List<String> followUp = followUp(today, years, lastContact, next, overdue, late, silent, !ordered.isEmpty());
        return new PortfolioRow(code, prefecture, name, municipalityId, refs, List.copyOf(years),
                latest == null ? null : latest.state(), before == null ? null : before.state(), changed, stage,
                lastContact, next, open, overdue, late, silent, followUp, history);
    }

    /**
     * Why a town is 要フォロー: roadmap items late or silent, 宿題 past their due date, or support that ended in an
     * earlier 年度 with no meeting for {@value #QUIET_MONTHS} months and none planned.
     */
    static List<String> followUp(LocalDate today, TreeSet<Integer> years, LocalDate lastContact, PortfolioRow.NextMeeting next,
                                 int overdue, int late, int silent, boolean supported) {
        List<String> reasons = new ArrayList<>();
        if (late > 0) {
            reasons.add("終了予定を過ぎた取組 " + late + "件");
        }
        if (silent > 0) {
            reasons.add(RoadmapFollowUp.SILENT_MONTHS + "か月進捗の記録がない取組 " + silent + "件");
        }
        if (overdue > 0) {
            reasons.add("期限を過ぎた宿題 " + overdue + "件");
        }
        boolean ended = supported && !years.isEmpty() && years.last() < JapaneseDates.fiscalYearOf(today);
        if (ended && next == null && (lastContact == null || lastContact.isBefore(today.minusMonths(QUIET_MONTHS)))) {
            reasons.add("支援終了後" + QUIET_MONTHS + "か月以上、会議の記録がありません");
        }
        return reasons;
    }

    /** The rows a filter keeps, in list order. */
    public List<PortfolioRow> filtered(PortfolioFilter filter) {
        return rows.stream().filter(filter::matches).toList();
    }

    /** Every 年度 any town was supported in, ascending (the 年度 filter's choices). */
    public List<Integer> fiscalYears() {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.addAll(r.fiscalYears()));
        return List.copyOf(years);
    }

    /** Rows by prefecture, in the chosen order (for per-prefecture charts and sheets). */
    public Map<String, List<PortfolioRow>> byPrefecture() {
        Map<String, List<PortfolioRow>> m = new LinkedHashMap<>();
        prefectures.forEach(p -> m.put(p, new ArrayList<>()));
        rows.forEach(r -> m.computeIfAbsent(r.prefecture(), k -> new ArrayList<>()).add(r));
        return m;
    }

    /** How many towns are supported, and how many need a follow-up. */
    public long supportedCount() {
        return rows.stream().filter(PortfolioRow::supported).count();
    }

    public long followUpCount() {
        return rows.stream().filter(PortfolioRow::needsFollowUp).count();
    }
}
