package jp.banso.domain;

import java.time.Instant;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;

/** One row of the case list: what people scan, filter and sort by. */
public record CaseSummary(
        UUID id,
        String prefecture,
        String municipality,
        List<Integer> fiscalYears,
        String programme,
        CaseState state,
        Stage stage,
        boolean archived,
        String applicationTheme,
        int openActionItems,
        Instant updatedAt) {

    /** 令和4年度 / 令和4・5年度 / 平成31・令和2年度: the era is named again only when it changes. */
    public String fiscalYearsLabel() {
        return fiscalYearsLabel(fiscalYears);
    }

    /** The label of any ascending list of 年度 (a case's, or a town's over all its cases). */
    public static String fiscalYearsLabel(List<Integer> fiscalYears) {
        StringBuilder b = new StringBuilder();
        JapaneseEra previousEra = null;
        for (int fiscalYear : fiscalYears) {
            JapaneseDate start = JapaneseDate.from(JapaneseDates.fiscalYearStart(fiscalYear));
            int yearOfEra = start.get(ChronoField.YEAR_OF_ERA);
            if (previousEra != null) {
                b.append("・");
            }
            if (!start.getEra().equals(previousEra)) {
                b.append(JapaneseDates.eraName(start.getEra()));
            }
            b.append(yearOfEra == 1 ? "元" : String.valueOf(yearOfEra));
            previousEra = start.getEra();
        }
        return b.length() == 0 ? "" : b.append("年度").toString();
    }

    /** The lowercase text a free-text filter searches. */
    public String searchText() {
        return String.join(" ", Text.nullToEmpty(prefecture), Text.nullToEmpty(municipality),
                Text.nullToEmpty(programme), Text.nullToEmpty(applicationTheme), fiscalYearsLabel(),
                fiscalYears.stream().map(JapaneseDates::fiscalYearLabel).collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
    }
}
