package jp.banso.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Compares an entity's property with a column value as JDBC read it (a {@code Timestamp} for an {@code Instant}, a
 * {@code String} for an enum, an {@code Integer} for a {@code long}…): both are brought to one form first.
 */
final class ColumnValues {
    private ColumnValues() {
    }

    static boolean same(Object property, Object column) {
        Object a = normal(property);
        Object b = normal(column);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object normal(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime t) {
            return t.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof java.util.UUID u) {
            return u.toString();
        }
        if (v instanceof Instant i) {
            return i;
        }
        return v;
    }
}
