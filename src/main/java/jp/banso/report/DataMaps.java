package jp.banso.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a form's data record into the maps JXLS reads ({@code ${meeting.title}} is a map lookup, so template authors
 * write field names, not Java method calls). The top map is a mutable {@link HashMap}: JXLS adds its loop variables to it.
 */
public final class DataMaps {
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String[]> NAMES = new ConcurrentHashMap<>();

    private DataMaps() {
    }

    public static Map<String, Object> toMap(Record data) {
        Map<String, Object> top = new HashMap<>();
        fill(data, top);
        return top;
    }

    private static void fill(Record r, Map<String, Object> into) {
        Class<?> type = r.getClass();
        Method[] accessors = ACCESSORS.computeIfAbsent(type, DataMaps::accessors);
        String[] names = NAMES.get(type);
        for (int i = 0; i < accessors.length; i++) {
            try {
                into.put(names[i], convert(accessors[i].invoke(r)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + names[i], e);
            }
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] m = new Method[components.length];
        String[] n = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            m[i] = components[i].getAccessor();
            m[i].setAccessible(true);
            n[i] = components[i].getName();
        }
        NAMES.put(type, n);
        return m;
    }

    private static Object convert(Object value) {
        if (value instanceof Record r) {
            Map<String, Object> m = new LinkedHashMap<>();
            fill(r, m);
            return m;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(convert(o));
            }
            return out;
        }
        return value;
    }
}
