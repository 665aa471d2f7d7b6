package jp.banso.domain;

/**
 * What the portfolio shows: 年度 (towns supported in it), state, only 要フォロー, only supported or only never
 * supported towns, and free text (name, 団体コード, programme, follow-up reason).
 */
public record PortfolioFilter(Integer fiscalYear, CaseState state, boolean followUpOnly, Coverage coverage, String text) {

    /** Which towns by support: all, those with a case, those never supported (the gaps). */
    public enum Coverage {
        ALL("すべての市町村"), SUPPORTED("支援した市町村"), NEVER("支援していない市町村");

        private final String label;

        Coverage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, false, Coverage.ALL, null);

    public PortfolioFilter {
        coverage = coverage == null ? Coverage.ALL : coverage;
    }

    public boolean matches(PortfolioRow r) {
        if (coverage == Coverage.SUPPORTED && !r.supported() || coverage == Coverage.NEVER && r.supported()) {
            return false;
        }
        if (fiscalYear != null && !r.fiscalYears().contains(fiscalYear)) {
            return false;
        }
        if (state != null && state != r.state()) {
            return false;
        }
        if (followUpOnly && !r.needsFollowUp()) {
            return false;
        }
        return Text.isBlank(text) || Text.containsEveryWord(r.searchText(), text);
    }
}
