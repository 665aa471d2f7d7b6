package jp.banso.report;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form's data offers its template: the names a template may use, read from the form's data record.
 * A record becomes a group of named fields, a {@code List<R>} a list a {@code jx:each} can repeat, anything else a
 * value. The template check uses it to name a misspelt field before any file is written.
 */
public final class Schema {
    /** One name: a value, a record (fields), or a list (of records when {@code fields} is not empty). */
    public record Node(boolean list, Map<String, Node> fields) {
        public boolean isValue() {
            return !list && fields.isEmpty();
        }

        public boolean isRecord() {
            return !list && !fields.isEmpty();
        }
    }

    private static final Node VALUE = new Node(false, Map.of());
    private static final Map<Class<?>, Node> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Schema() {
    }

    /** The schema of a data record class (its components, recursively). */
    public static Node of(Class<?> type) {
        Node cached = CACHE.get(type);
        if (cached != null) {
            return cached;
        }
        if (!type.isRecord()) {
            return VALUE;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(c.getName(), nodeOf(c.getType(), c.getGenericType()));
        }
        Node n = new Node(false, Collections.unmodifiableMap(fields));
        CACHE.put(type, n);
        return n;
    }

    private static Node nodeOf(Class<?> type, Type generic) {
        if (List.class.isAssignableFrom(type)) {
            Class<?> element = Object.class;
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                element = c;
            }
            return new Node(true, element.isRecord() ? of(element).fields() : Map.of());
        }
        return type.isRecord() ? of(type) : VALUE;
    }

    /** Every path a template can write, e.g. {@code meeting.title}, {@code meeting.participants[].name}. */
    public static List<String> paths(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(Node node, String prefix, List<String> out) {
        for (Map.Entry<String, Node> e : node.fields().entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Node n = e.getValue();
            if (n.list()) {
                out.add(path + "[]");
                collect(n, path + "[]", out);
            } else if (n.isRecord()) {
                collect(n, path, out);
            } else {
                out.add(path);
            }
        }
    }
}
