package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFilterTest {

    private static CaseSummary summary(String prefecture, String municipality, List<Integer> years,
            CaseState state, boolean archived, String theme) {
        return new CaseSummary(UUID.randomUUID(), prefecture, municipality, years, "老健局主導型", state,
                Stage.ISSUES, archived, theme, 0, Instant.parse("2023-01-01T00:00:00Z"));
    }

    private final CaseSummary hokuto = summary("山梨県", "北杜市", List.of(2022), CaseState.ms, false,
            "通いの場の担い手確保");
    private final CaseSummary kofu = summary("山梨県", "甲府市", List.of(2022, 2023), CaseState.mS, false,
            "生活支援体制整備事業の見直し");
    private final CaseSummary nagano = summary("長野県", "松本市", List.of(2023), CaseState.MS2, false,
            "Short-term Care C の活用");
    private final CaseSummary oldCase = summary("山梨県", "笛吹市", List.of(2021), CaseState.MS1, true,
            "通いの場の立ち上げ");

    private final List<CaseSummary> all = List.of(hokuto, kofu, nagano, oldCase);

    private List<CaseSummary> apply(CaseFilter f) {
        return all.stream().filter(f::matches).toList();
    }

    @Test
    void allShowsEverythingButArchived() {
        assertThat(apply(CaseFilter.ALL)).containsExactly(hokuto, kofu, nagano);
    }

    @Test
    void archivedShownOnRequest() {
        assertThat(apply(new CaseFilter(null, null, null, null, true))).containsExactly(hokuto, kofu, nagano, oldCase);
        assertThat(apply(new CaseFilter(2021, null, null, null, false))).isEmpty();
        assertThat(apply(new CaseFilter(2021, null, null, null, true))).containsExactly(oldCase);
    }

    @Test
    void byFiscalYearIncludingMultiYearCases() {
        assertThat(apply(new CaseFilter(2022, null, null, null, false))).containsExactly(hokuto, kofu);
        assertThat(apply(new CaseFilter(2023, null, null, null, false))).containsExactly(kofu, nagano);
        assertThat(apply(new CaseFilter(2024, null, null, null, false))).isEmpty();
    }

    @Test
    void byPrefecture() {
        assertThat(apply(new CaseFilter(null, "山梨県", null, null, false))).containsExactly(hokuto, kofu);
        assertThat(apply(new CaseFilter(null, "長野県", null, null, false))).containsExactly(nagano);
        assertThat(apply(new CaseFilter(null, " ", null, null, false))).containsExactly(hokuto, kofu, nagano);
    }

    @Test
    void byState() {
        assertThat(apply(new CaseFilter(null, null, CaseState.mS, null, false))).containsExactly(kofu);
        assertThat(apply(new CaseFilter(null, null, CaseState.MS1, null, true))).containsExactly(oldCase);
    }

    @Test
    void combined() {
        assertThat(apply(new CaseFilter(2023, "山梨県", CaseState.mS, null, false))).containsExactly(kofu);
        assertThat(apply(new CaseFilter(2023, "山梨県", CaseState.ms, null, false))).isEmpty();
    }

    @Test
    void textSearchesAllWordsAcrossFields() {
        assertThat(apply(new CaseFilter(null, null, null, "通いの場", true))).containsExactly(hokuto, oldCase);
        assertThat(apply(new CaseFilter(null, null, null, "山梨 通いの場", false))).containsExactly(hokuto);
        assertThat(apply(new CaseFilter(null, null, null, "山梨 長野", false))).isEmpty();
        assertThat(apply(new CaseFilter(null, null, null, "甲府", false))).containsExactly(kofu);
    }

    @Test
    void fullWidthSpaceSeparatesWordsToo() {
        assertThat(apply(new CaseFilter(null, null, null, "山梨県　担い手", false))).containsExactly(hokuto);
        assertThat(apply(new CaseFilter(null, null, null, "　北杜市　 担い手　", false))).containsExactly(hokuto);
        assertThat(apply(new CaseFilter(null, null, null, "北杜市　生活支援", false))).isEmpty();
    }

    @Test
    void textIsCaseInsensitive() {
        assertThat(apply(new CaseFilter(null, null, null, "short-term care", false))).containsExactly(nagano);
        assertThat(apply(new CaseFilter(null, null, null, "SHORT", false))).containsExactly(nagano);
    }

    @Test
    void textMatchesTheFiscalYearLabel() {
        // kofu (令和4・5年度) is a 令和5年度 case too, but its label only says "5": not asserted either way here.
        assertThat(apply(new CaseFilter(null, null, null, "令和5", false))).contains(nagano).doesNotContain(hokuto);
        assertThat(apply(new CaseFilter(null, null, null, "令和4", false))).containsExactly(hokuto, kofu);
    }

    @Test
    void blankTextMatchesEverything() {
        assertThat(apply(new CaseFilter(null, null, null, " 　", false))).containsExactly(hokuto, kofu, nagano);
    }

    @Test
    void fiscalYearsLabelOfOneYear() {
        assertThat(hokuto.fiscalYearsLabel()).isEqualTo("令和4年度");
        assertThat(summary("山梨県", "x", List.of(), CaseState.ms, false, null).fiscalYearsLabel()).isEmpty();
    }

    @Test
    void fiscalYearsLabelOfSeveralYearsInOneEra() {
        assertThat(kofu.fiscalYearsLabel()).isEqualTo("令和4・5年度");
        assertThat(summary("x", "x", List.of(2022, 2023, 2024), CaseState.ms, false, null).fiscalYearsLabel())
                .isEqualTo("令和4・5・6年度");
        assertThat(summary("x", "x", List.of(2017, 2018), CaseState.ms, false, null).fiscalYearsLabel())
                .isEqualTo("平成29・30年度");
    }

    @Test
    void fiscalYearsLabelAcrossAnEraChangeNamesBothEras() {
        // 2019年度 = 平成31年度, 2020年度 = 令和2年度: "平成31・2年度" would read as 平成2年度.
        assertThat(summary("x", "x", List.of(2019, 2020), CaseState.ms, false, null).fiscalYearsLabel())
                .isEqualTo("平成31・令和2年度");
        // 1988年度 = 昭和63年度, 1989年度 = 平成元年度.
        assertThat(summary("x", "x", List.of(1988, 1989), CaseState.ms, false, null).fiscalYearsLabel())
                .isEqualTo("昭和63・平成元年度");
    }
}
