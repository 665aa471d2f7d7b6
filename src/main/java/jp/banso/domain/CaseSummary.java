package jp.banso.domain;

import java.time.Instant;
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

    /** 令和4年度 / 令和4・5年度. */
    public String fiscalYearsLabel() {
        if (fiscalYears.isEmpty()) {
            return "";
        }
        if (fiscalYears.size() == 1) {
            return JapaneseDates.fiscalYearLabel(fiscalYears.get(0));
        }
        StringBuilder b = new StringBuilder(JapaneseDates.fiscalYearLabel(fiscalYears.get(0)).replace("年度", ""));
        for (int i = 1; i < fiscalYears.size(); i++) {
            String label = JapaneseDates.fiscalYearLabel(fiscalYears.get(i)).replace("年度", "");
            b.append("・").append(label.replaceAll("^\\D+", ""));
        }
        return b.append("年度").toString();
    }

    /** The lowercase text a free-text filter searches. */
    public String searchText() {
        return String.join(" ", Text.nullToEmpty(prefecture), Text.nullToEmpty(municipality),
                Text.nullToEmpty(programme), Text.nullToEmpty(applicationTheme), fiscalYearsLabel()).toLowerCase();
    }
}
