package jp.banso.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.store.EntityJson;
import org.jdbi.v3.core.Handle;

/**
 * A synced row in its one travelling form: column name → canonical text (null for null), the same whether it was read
 * here from H2 or on the server from PostgreSQL's {@code to_jsonb}: numbers without trailing zeros, dates
 * {@code 2026-04-01}, times {@code 09:30:00}, timestamps with six fraction digits. Equal rows give equal maps, which is
 * what three-way merges compare. PostgreSQL reads such text into any column type ({@code jsonb_populate_record}).
 */
final class RowCodec {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Per synced table: its columns on this laptop and their SQL types (from the schema, in table order). */
    private final Map<String, LinkedHashMap<String, String>> columns = new HashMap<>();

    RowCodec(Handle h) {
        for (Map<String, Object> c : h.createQuery("select table_name, column_name, data_type from information_schema.columns "
                + "where table_schema = 'public' order by table_name, ordinal_position").mapToMap().list()) {
            String table = String.valueOf(c.get("table_name")).toLowerCase(java.util.Locale.ROOT);
            if (SyncTables.isSynced(table)) {
                columns.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .put(String.valueOf(c.get("column_name")).toLowerCase(java.util.Locale.ROOT),
                                String.valueOf(c.get("data_type")).toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    List<String> columns(String table) {
        return new ArrayList<>(columns.get(table).keySet());
    }

    /** The row as it is here now, null when there is none. */
    Map<String, String> read(Handle h, String table, UUID id) {
        return readWhere(h, table, "id = '" + id + "'", false).get(id); // a UUID's text is a safe literal
    }

    /** The rows of a table that are marked in the change log, as they are now, by id (deleted ones are absent). */
    Map<UUID, Map<String, String>> readMarked(Handle h, String table) {
        return readWhere(h, table, "id in (select row_id from sync_change where table_name = :t)", false);
    }

    /** The rows of a table whose ids the condition (:t, if it has it, is the table's name) selects, by id; locked if asked. */
    Map<UUID, Map<String, String>> readWhere(Handle h, String table, String condition, boolean lock) {
        Map<UUID, Map<String, String>> out = new HashMap<>();
        var query = h.createQuery("select * from " + table + " where " + condition + (lock ? " for update" : ""));
        if (condition.contains(":t")) {
            query.bind("t", table);
        }
        for (Map<String, Object> raw : query.mapToMap().list()) {
            Map<String, String> row = new TreeMap<>();
            for (Map.Entry<String, Object> e : raw.entrySet()) {
                row.put(e.getKey().toLowerCase(java.util.Locale.ROOT), canonical(e.getValue()));
            }
            out.put(UUID.fromString(row.get("id")), row);
        }
        if (table.equals("support_case")) {
            for (Map.Entry<UUID, Map<String, String>> e : out.entrySet()) {
                e.getValue().put(SyncTables.FISCAL_YEARS, fiscalYears(h, e.getKey()));
            }
        }
        return out;
    }

    private static String fiscalYears(Handle h, UUID caseId) {
        return h.createQuery("select fiscal_year from case_fiscal_year where case_id = :id order by fiscal_year")
                .bind("id", caseId).mapTo(Integer.class).list().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** A row from the server ({@code to_jsonb} of it), reduced to this laptop's columns, in canonical text. */
    Map<String, String> fromServer(String table, JsonNode json) {
        Map<String, String> row = new TreeMap<>();
        for (Map.Entry<String, String> c : columns.get(table).entrySet()) {
            JsonNode v = json.get(c.getKey());
            row.put(c.getKey(), v == null || v.isNull() ? null : canonical(c.getValue(), v.asText()));
        }
        if (table.equals("support_case")) {
            JsonNode years = json.get(SyncTables.FISCAL_YEARS);
            row.put(SyncTables.FISCAL_YEARS, years == null || years.isNull() ? "" : years.asText());
        }
        return row;
    }

    /** Writes the row here (insert or replace by id); a case's 年度 are replaced with the row's. */
    void write(Handle h, String table, Map<String, String> row) {
        List<String> cols = columns(table);
        String sql = "merge into " + table + " (" + String.join(", ", cols) + ") key (id) values ("
                + cols.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        var update = h.createUpdate(sql);
        for (int i = 0; i < cols.size(); i++) {
            update.bind(i, value(columns.get(table).get(cols.get(i)), row.get(cols.get(i))));
        }
        update.execute();
        if (table.equals("support_case")) {
            UUID id = UUID.fromString(row.get("id"));
            h.createUpdate("delete from case_fiscal_year where case_id = :id").bind("id", id).execute();
            String years = row.get(SyncTables.FISCAL_YEARS);
            if (years != null && !years.isBlank()) {
                for (String y : years.split(",")) {
                    h.createUpdate("insert into case_fiscal_year (case_id, fiscal_year) values (:id, :y)")
                            .bind("id", id).bind("y", Integer.parseInt(y.trim())).execute();
                }
            }
        }
    }

    /**
     * The row with the values JDBC gives for this laptop's columns (UUID, Integer, BigDecimal, Boolean, Timestamp, Date,
     * Time, String…), as screens and the store compare them; the case's 年度 stay text.
     */
    Map<String, Object> typed(String table, Map<String, String> row) {
        if (row == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> types = columns.get(table);
        for (Map.Entry<String, String> e : row.entrySet()) {
            String type = types.get(e.getKey());
            Object v = type == null ? e.getValue() : value(type, e.getValue());
            if (v instanceof LocalDateTime t) {
                v = Timestamp.valueOf(t);
            } else if (v instanceof LocalDate d) {
                v = Date.valueOf(d);
            } else if (v instanceof LocalTime t) {
                v = Time.valueOf(t);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    static String canonical(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().format(TIMESTAMP);
        }
        if (v instanceof LocalDateTime t) {
            return t.format(TIMESTAMP);
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Time t) {
            return t.toLocalTime().format(TIME);
        }
        if (v instanceof LocalTime t) {
            return t.format(TIME);
        }
        if (v instanceof Number n) {
            return number(n.toString());
        }
        if (v instanceof java.sql.Clob c) {
            try {
                return c.getSubString(1, (int) c.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return v.toString();
    }

    /** Text of a value of the given SQL type, as the laptop writes it (PostgreSQL's forms differ a little). */
    static String canonical(String type, String text) {
        if (type.startsWith("TIMESTAMP")) {
            return text.length() > 19 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))
                    ? OffsetDateTime.parse(text).toLocalDateTime().format(TIMESTAMP)
                    : LocalDateTime.parse(text.replace(' ', 'T')).format(TIMESTAMP);
        }
        if (type.equals("TIME")) {
            return LocalTime.parse(text).format(TIME);
        }
        if (type.equals("DATE")) {
            return LocalDate.parse(text).toString();
        }
        if (type.equals("INTEGER") || type.equals("BIGINT") || type.equals("NUMERIC") || type.startsWith("DOUBLE")
                || type.equals("REAL") || type.equals("SMALLINT") || type.equals("DECIMAL")) {
            return number(text);
        }
        return text;
    }

    private static String number(String text) {
        BigDecimal d = new BigDecimal(text).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static Object value(String type, String text) {
        if (text == null) {
            return null;
        }
        switch (type) {
            case "UUID":
                return UUID.fromString(text);
            case "INTEGER":
            case "SMALLINT":
                return Integer.valueOf(text);
            case "BIGINT":
                return Long.valueOf(text);
            case "BOOLEAN":
                return Boolean.valueOf(text);
            case "NUMERIC":
            case "DECIMAL":
                return new BigDecimal(text);
            case "DATE":
                return LocalDate.parse(text);
            case "TIME":
                return LocalTime.parse(text);
            default:
                if (type.startsWith("DOUBLE") || type.equals("REAL")) {
                    return Double.valueOf(text);
                }
                if (type.startsWith("TIMESTAMP")) {
                    return LocalDateTime.parse(text);
                }
                return text;
        }
    }

    static String json(Map<String, String> row) {
        try {
            return row == null ? null : EntityJson.MAPPER.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> row(String json) {
        try {
            return json == null ? null : EntityJson.MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
