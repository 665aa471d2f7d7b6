package jp.banso.bundle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.banso.domain.Entity;

/** The bean properties of an entity table (getter and setter by column), for checks and clean-up of any entity. */
final class EntityProperties {
    /** One column's property. */
    record Property(String name, String column, Class<?> type, Method getter, Method setter) {
        Object get(Entity e) {
            try {
                return getter.invoke(e);
            } catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException(ex);
            }
        }

        void set(Entity e, Object value) {
            try {
                setter.invoke(e, value);
            } catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static final Map<BundleKind, List<Property>> CACHE = new ConcurrentHashMap<>();

    private EntityProperties() {
    }

    static List<Property> of(BundleKind kind) {
        return CACHE.computeIfAbsent(kind, EntityProperties::find);
    }

    private static List<Property> find(BundleKind kind) {
        List<Property> out = new ArrayList<>();
        Class<?> type = kind.table().type();
        List<String> columns = kind.table().allColumns();
        List<String> names = kind.table().properties();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
            Method getter = method(type, "get" + cap);
            if (getter == null) {
                getter = method(type, "is" + cap);
            }
            if (getter == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no getter for " + n);
            }
            Method setter;
            try {
                setter = type.getMethod("set" + cap, getter.getReturnType());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no setter for " + n, e);
            }
            out.add(new Property(n, columns.get(i), getter.getReturnType(), getter, setter));
        }
        return List.copyOf(out);
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
