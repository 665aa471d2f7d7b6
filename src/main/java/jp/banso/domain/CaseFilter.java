package jp.banso.domain;

/** What the case list shows: 年度, 都道府県, state and free text; archived cases only on request. */
public record CaseFilter(Integer fiscalYear, String prefecture, CaseState state, String text, boolean includeArchived) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, false);

    public boolean matches(CaseSummary c) {
        if (!includeArchived && c.archived()) {
            return false;
        }
        if (fiscalYear != null && !c.fiscalYears().contains(fiscalYear)) {
            return false;
        }
        if (!Text.isBlank(prefecture) && !prefecture.equals(c.prefecture())) {
            return false;
        }
        if (state != null && state != c.state()) {
            return false;
        }
        return Text.isBlank(text) || Text.containsEveryWord(c.searchText(), text);
    }
}
