package jp.banso.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One municipality on a prefecture's portfolio (市町村一覧): what its support cases add up to, or nothing at all for a
 * town that was never supported (it is listed from the 全国地方公共団体コード so the gaps show).
 *
 * @param code             団体コード (six digits, with the check digit); null for a town not in the national list
 * @param prefecture       都道府県
 * @param municipality     市町村名
 * @param municipalityId   the town's row here, or null when no case ever named it
 * @param cases            the town's cases, oldest first
 * @param fiscalYears      every 年度 of support, ascending
 * @param state            the latest state (ms / mS / MS2 / MS1), or null
 * @param previousState    the state before it, or null
 * @param stateChangedOn   when the latest state was recorded
 * @param stage            the furthest stage any case reached
 * @param lastContact      the latest meeting held
 * @param nextMeeting      the next planned meeting, or null
 * @param openActionItems  宿題 not done
 * @param overdueActionItems 宿題 not done whose due date has passed
 * @param lateItems        roadmap items past their end month and not finished
 * @param silentItems      roadmap items under way without a progress entry for six months
 * @param followUp         why the town needs a follow-up (要フォロー), empty when it does not
 * @param stateHistory     every recorded state of the town's cases, oldest first (for the prefecture's charts)
 */
public record PortfolioRow(
        String code,
        String prefecture,
        String municipality,
        UUID municipalityId,
        List<CaseRef> cases,
        List<Integer> fiscalYears,
        CaseState state,
        CaseState previousState,
        LocalDate stateChangedOn,
        Stage stage,
        LocalDate lastContact,
        NextMeeting nextMeeting,
        int openActionItems,
        int overdueActionItems,
        int lateItems,
        int silentItems,
        List<String> followUp,
        List<StatePoint> stateHistory) {

    /** One support case of the town, enough to open it and say what it was. */
    public record CaseRef(UUID id, List<Integer> fiscalYears, String programme, boolean archived) {
    }

    /** A planned meeting: its date when fixed, else its month. */
    public record NextMeeting(UUID caseId, String title, LocalDate date, YearMonth month) {
        public String label() {
            String when = date != null ? JapaneseDates.warekiShort(date) : month != null ? JapaneseDates.warekiShort(month) + "月" : "";
            return (when + " " + Text.nullToEmpty(title)).strip();
        }

        /** The day it sorts by (the first of the month when only the month is planned). */
        public LocalDate sortDate() {
            return date != null ? date : month != null ? month.atDay(1) : LocalDate.MAX;
        }
    }

    /** A state recorded on a day. */
    public record StatePoint(LocalDate on, CaseState state) {
    }

    public PortfolioRow {
        cases = List.copyOf(cases);
        fiscalYears = List.copyOf(fiscalYears);
        followUp = List.copyOf(followUp);
        stateHistory = List.copyOf(stateHistory);
    }

    /** Whether any case was ever made for the town. */
    public boolean supported() {
        return !cases.isEmpty();
    }

    /** Whether the town is in the national list (a hand-typed name is not). */
    public boolean inMaster() {
        return code != null;
    }

    /** 要フォロー. */
    public boolean needsFollowUp() {
        return !followUp.isEmpty();
    }

    /** The case a click opens: the latest one. */
    public UUID latestCaseId() {
        return cases.isEmpty() ? null : cases.get(cases.size() - 1).id();
    }

    /** 令和4・5年度, the era named again only when it changes. */
    public String fiscalYearsLabel() {
        return CaseSummary.fiscalYearsLabel(fiscalYears);
    }

    /** 生活支援体制整備事業、総合事業: each programme once, oldest case first. */
    public String programmesLabel() {
        return cases.stream().map(CaseRef::programme).filter(p -> !Text.isBlank(p)).distinct().collect(Collectors.joining("、"));
    }

    /** "ms → mS", "MS2", or "" when no state was recorded. */
    public String stateLabel() {
        if (state == null) {
            return "";
        }
        return previousState == null || previousState == state ? state.label() : previousState.label() + " → " + state.label();
    }

    /** Whether the latest state is higher than the one before (true), lower (false), or neither (null). */
    public Boolean stateImproved() {
        if (state == null || previousState == null || state == previousState) {
            return null;
        }
        return state.ordinal() > previousState.ordinal();
    }

    /** The lowercase text a free-text search looks in. */
    public String searchText() {
        return String.join(" ", Text.nullToEmpty(code), Text.nullToEmpty(prefecture), Text.nullToEmpty(municipality),
                programmesLabel(), fiscalYearsLabel(), String.join(" ", followUp)).toLowerCase(Locale.ROOT);
    }
}
