package jp.banso.report.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ServiceOffer;
import jp.banso.domain.Stage;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/** ケース概要（カルテ）: the municipality's figures (latest and the snapshot before), team, state history, stage, schedule. */
public final class CaseSummaryForm extends ReportForm {

    public record Data(Headers.CaseInfo c, Profile profile, List<Member> team, List<State> states, List<Step> stages,
                       List<Visit> meetings, List<Item> openItems) {
    }

    /** {@code profile.latest}, {@code profile.previous} (the snapshot before it) and {@code profile.change} (latest − previous). */
    public record Profile(Figures latest, Figures previous, Figures change) {
    }

    public record Figures(LocalDate asOf, Integer population, Integer households, Integer elderlyPopulation, BigDecimal agingRate,
                          Integer lateElderlyPopulation, BigDecimal lateElderlyRate, BigDecimal areaKm2, Integer livingAreas,
                          BigDecimal careCertificationRate, Integer centresDirect, Integer centresOutsourced,
                          Integer coordinatorsLayer1, Integer coordinatorsLayer2, Integer councilsLayer1, Integer councilsLayer2,
                          String services, String overCap, String source) {
    }

    public record Member(String role, String name, String organisation) {
    }

    public record State(LocalDate date, String state, String description, String reason) {
    }

    /** One step of the ladder; {@code mark} is 到達済 below the case's stage, ◎ 現在 at it, empty above. */
    public record Step(String label, String mark) {
    }

    /** A meeting of the schedule: month, date, title, 形式, status, and 済 / 未 / 中止. */
    public record Visit(LocalDate month, LocalDate date, String title, String format, String status, String done) {
    }

    public record Item(String what, String who, LocalDate due, String meeting) {
    }

    public CaseSummaryForm() {
        super("case-summary", "ケース概要",
                "カルテ：市町村プロフィール（前回との比較）、支援チーム、状態の履歴、到達段階、スケジュール",
                Scope.CASE, Data.class);
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        List<ProfileSnapshot> snaps = d.snapshots();
        ProfileSnapshot latest = snaps.isEmpty() ? null : snaps.get(snaps.size() - 1);
        ProfileSnapshot previous = snaps.size() < 2 ? null : snaps.get(snaps.size() - 2);
        Profile profile = new Profile(figures(latest), figures(previous), change(latest, previous));

        List<Member> team = d.team().stream().map(CaseSummaryForm::member).toList();
        List<State> states = d.states().stream().map(CaseSummaryForm::state).toList();
        SupportCase c = d.supportCase();
        List<Step> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            String mark = c.getStage() == null ? "" : s == c.getStage() ? "◎ 現在" : s.step() < c.getStage().step() ? "到達済" : "";
            stages.add(new Step(s.numberedLabel(), mark));
        }
        List<Visit> meetings = d.meetings().stream().map(CaseSummaryForm::visit).toList();
        Map<UUID, Meeting> byId = d.meetings().stream().collect(Collectors.toMap(Meeting::getId, Function.identity()));
        List<Item> open = d.openActionItems().stream().map(a -> item(a, byId.get(a.getMeetingId()))).toList();
        return new Data(Headers.caseInfo(in), profile, team, states, stages, meetings, open);
    }

    /** The municipality's profile over time: one row per snapshot (基準日), oldest first. */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        DataTable.Builder t = DataTable.of("基準日", "人口（人）", "世帯数（世帯）", "65歳以上人口（人）", "高齢化率（%）", "75歳以上人口（人）",
                "後期高齢化率（%）", "面積（km2）", "日常生活圏域数（圏域）", "要介護認定率（%）", "地域包括支援センター直営（か所）",
                "地域包括支援センター委託（か所）", "生活支援コーディネーター第1層（人）", "生活支援コーディネーター第2層（人）",
                "協議体第1層（数）", "協議体第2層（数）", "実施サービス", "上限超過", "出典");
        for (ProfileSnapshot s : in.data().snapshots()) {
            Figures f = figures(s);
            t.row(f.asOf(), f.population(), f.households(), f.elderlyPopulation(), f.agingRate(), f.lateElderlyPopulation(),
                    f.lateElderlyRate(), f.areaKm2(), f.livingAreas(), f.careCertificationRate(), f.centresDirect(), f.centresOutsourced(),
                    f.coordinatorsLayer1(), f.coordinatorsLayer2(), f.councilsLayer1(), f.councilsLayer2(), f.services(), f.overCap(), f.source());
        }
        return t.build();
    }

    /** 人口 and 高齢化率 over the years. */
    @Override
    public List<Chart> charts(ReportInput in) {
        String town = in.data().summary().municipality();
        return List.of(ProfileCharts.of(town, in.data().snapshots(), ProfileCharts.Metric.POPULATION),
                ProfileCharts.of(town, in.data().snapshots(), ProfileCharts.Metric.AGING_RATE));
    }

    static Figures figures(ProfileSnapshot p) {
        if (p == null) {
            return new Figures(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        String services = p.services().stream().map(ServiceOffer::label).collect(Collectors.joining("、"));
        return new Figures(p.getAsOf(), p.getPopulation(), p.getHouseholds(), p.getElderlyPopulation(), p.agingRate(),
                p.getLateElderlyPopulation(), p.lateElderlyRate(), p.getAreaKm2(), p.getLivingAreas(), p.getCareCertificationRate(),
                p.getCentresDirect(), p.getCentresOutsourced(), p.getCoordinatorsLayer1(), p.getCoordinatorsLayer2(),
                p.getCouncilsLayer1(), p.getCouncilsLayer2(), services.isEmpty() ? null : services, // blank, not 「（なし）」, which would read as "none offered" when nothing was entered
                p.getOverCap() == null ? null : p.getOverCap() ? "あり" : "なし", p.getSource());
    }

    /** Latest − previous for each figure both have; nothing when there is no earlier snapshot. */
    static Figures change(ProfileSnapshot a, ProfileSnapshot b) {
        if (a == null || b == null) {
            return figures(null);
        }
        return new Figures(null, minus(a.getPopulation(), b.getPopulation()), minus(a.getHouseholds(), b.getHouseholds()),
                minus(a.getElderlyPopulation(), b.getElderlyPopulation()), minus(a.agingRate(), b.agingRate()),
                minus(a.getLateElderlyPopulation(), b.getLateElderlyPopulation()), minus(a.lateElderlyRate(), b.lateElderlyRate()),
                minus(a.getAreaKm2(), b.getAreaKm2()), minus(a.getLivingAreas(), b.getLivingAreas()),
                minus(a.getCareCertificationRate(), b.getCareCertificationRate()), minus(a.getCentresDirect(), b.getCentresDirect()),
                minus(a.getCentresOutsourced(), b.getCentresOutsourced()), minus(a.getCoordinatorsLayer1(), b.getCoordinatorsLayer1()),
                minus(a.getCoordinatorsLayer2(), b.getCoordinatorsLayer2()), minus(a.getCouncilsLayer1(), b.getCouncilsLayer1()),
                minus(a.getCouncilsLayer2(), b.getCouncilsLayer2()), null, null, null);
    }

    private static Integer minus(Integer a, Integer b) {
        return a == null || b == null ? null : a - b;
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static Member member(TeamMember t) {
        return new Member(t.getRole(), t.getName(), t.getOrganisation());
    }

    private static State state(StateChange s) {
        return new State(s.getChangedOn(), s.getState().label(), s.getState().description(), s.getReason());
    }

    private static Visit visit(Meeting m) {
        String done = switch (m.getStatus()) {
            case DONE -> "済";
            case CANCELLED -> "中止";
            default -> "未";
        };
        return new Visit(m.month() == null ? null : m.month().atDay(1), m.getHeldOn(), m.displayTitle(),
                m.getFormat() == null ? null : m.getFormat().label(), m.getStatus() == MeetingStatus.PLANNED ? "予定" : m.getStatus().label(), done);
    }

    private static Item item(ActionItem a, Meeting m) {
        return new Item(a.getWhat(), a.getWho(), a.getDue(), m == null ? null : m.displayTitle());
    }
}
