package jp.banso.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.banso.domain.CaseSummary;

/**
 * A form's rows as one flat table, the way 総務省's rules for machine-readable tables (統計表における機械判読可能なデータの
 * 表記方法の統一ルール, 2020) want them: one header row, one value per cell, numbers as numbers, dates as dates, codes as
 * text, the unit in the header (「人口（人）」), never in the cell. A value is a {@link String}, a {@link Number}, a
 * {@link LocalDate} (a {@link YearMonth} is stored as its first day), or null (an empty cell); anything else is a
 * programming error and fails here, not in the user's Excel. {@link DataSheets} writes it.
 */
public record DataTable(List<String> headers, List<List<Object>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        Set<String> seen = new HashSet<>();
        for (String h : headers) {
            if (h == null || h.isBlank() || h.contains("\n") || h.contains("\r")) {
                throw new IllegalArgumentException("a header is one line of text: «" + h + "»");
            }
            if (!seen.add(h)) {
                throw new IllegalArgumentException("header «" + h + "» twice");
            }
        }
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(row.size() + " values for " + headers.size() + " headers: " + row);
            }
            List<Object> values = new ArrayList<>();
            for (Object v : row) {
                values.add(value(v));
            }
            copy.add(java.util.Collections.unmodifiableList(values)); // nulls allowed: empty cells
        }
        rows = List.copyOf(copy);
    }

    private static Object value(Object v) {
        if (v instanceof YearMonth m) {
            return m.atDay(1);
        }
        if (v instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (v == null || v instanceof Number || v instanceof LocalDate) {
            return v;
        }
        throw new IllegalArgumentException("not a cell value: " + v.getClass().getName());
    }

    /** Headers first, then one {@link Builder#row} per row. */
    public static Builder of(String... headers) {
        return new Builder(List.of(headers));
    }

    public static final class Builder {
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> headers) {
            this.headers = headers;
        }

        public Builder row(Object... values) {
            rows.add(Arrays.asList(values));
            return this;
        }

        /** A row whose first values are shared by several rows (e.g. a meeting's or an item's columns). */
        public Builder row(List<Object> leading, Object... rest) {
            List<Object> values = new ArrayList<>(leading);
            values.addAll(Arrays.asList(rest));
            rows.add(values);
            return this;
        }

        public DataTable build() {
            return new DataTable(headers, rows);
        }
    }

    /** The columns that say whose row it is, put in front of every row (so many towns' sheets can be stacked). */
    public record Key(List<String> headers, List<Object> values) {
    }

    /** The same table with {@code key}'s columns in front of every row. */
    public DataTable keyedBy(Key key) {
        List<String> h = new ArrayList<>(key.headers());
        h.addAll(headers);
        List<List<Object>> r = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> values = new ArrayList<>(key.values());
            values.addAll(row);
            r.add(values);
        }
        return new DataTable(h, r);
    }

    public static final String CODE = "団体コード";
    public static final String PREFECTURE = "都道府県";
    public static final String MUNICIPALITY = "市町村";

    /** A case's key: 団体コード (text, six digits with its check digit), 都道府県, 市町村, 支援開始年度 (the western year). */
    public static Key caseKey(CaseData d) {
        CaseSummary s = d.summary();
        return new Key(List.of(CODE, PREFECTURE, MUNICIPALITY, "支援開始年度"),
                Arrays.asList(d.municipality().getCode(), s.prefecture(), s.municipality(),
                        s.fiscalYears().isEmpty() ? null : s.fiscalYears().get(0)));
    }
}
