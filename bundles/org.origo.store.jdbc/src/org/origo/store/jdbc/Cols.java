package org.origo.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The attribute columns of one model class: which attribute goes to which column and how its value
 * is written (times as ISO-8601 text, enumerations by literal name, booleans as 0/1, lists of
 * strings as JSON arrays). Built from the class's features by name, so a renamed attribute fails
 * at once rather than silently dropping data.
 */
final class Cols {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    final EClass eClass;
    final EAttribute[] attributes;
    final String[] names;

    /** Each spec is an attribute name, or {@code attribute=column}; the column defaults to the name in snake case. */
    Cols(EClass eClass, String... specs) {
        this.eClass = eClass;
        this.attributes = new EAttribute[specs.length];
        this.names = new String[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String s = specs[i];
            int eq = s.indexOf('=');
            String feature = eq < 0 ? s : s.substring(0, eq);
            EStructuralFeature f = eClass.getEStructuralFeature(feature);
            if (!(f instanceof EAttribute a)) {
                throw new IllegalStateException(eClass.getName() + " has no attribute " + feature);
            }
            attributes[i] = a;
            names[i] = eq < 0 ? snake(feature) : s.substring(eq + 1);
        }
    }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The column names, comma-separated. */
    String list() {
        return String.join(", ", names);
    }

    /** {@code a = ?, b = ?} for an update. */
    String assignments() {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : ", ").append(n).append(" = ?");
        }
        return b.toString();
    }

    int size() {
        return names.length;
    }

    /** Binds the object's values from parameter {@code index} on; returns the next free index. */
    int bind(PreparedStatement ps, int index, EObject o) throws SQLException {
        for (EAttribute a : attributes) {
            bindValue(ps, index++, a, o.eGet(a));
        }
        return index;
    }

    /** Sets the object's attributes from the row, from column {@code index} on; returns the next index. */
    int read(ResultSet rs, int index, EObject o) throws SQLException {
        for (EAttribute a : attributes) {
            readValue(rs, index++, a, o);
        }
        return index;
    }

    @SuppressWarnings("unchecked")
    private static void bindValue(PreparedStatement ps, int i, EAttribute a, Object v) throws SQLException {
        if (a.isMany()) {
            List<?> list = (List<?>) v;
            if (list == null || list.isEmpty()) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                try {
                    ps.setString(i, JSON.writeValueAsString(list));
                } catch (JsonProcessingException e) {
                    throw new SQLException(e);
                }
            }
            return;
        }
        if (v == null) {
            ps.setNull(i, sqlType(a.getEAttributeType()));
            return;
        }
        if (v instanceof Enumerator e) {
            ps.setString(i, e.getName());
        } else if (v instanceof Date d) {
            ps.setString(i, d.toInstant().toString());
        } else if (v instanceof Boolean b) {
            ps.setInt(i, b ? 1 : 0);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Float d) {
            ps.setDouble(i, d);
        } else {
            ps.setString(i, v.toString());
        }
    }

    private static int sqlType(EDataType t) {
        Class<?> c = t.getInstanceClass();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == boolean.class || c == Boolean.class) {
            return Types.BIGINT;
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Types.DOUBLE;
        }
        return Types.VARCHAR;
    }

    @SuppressWarnings("unchecked")
    private static void readValue(ResultSet rs, int i, EAttribute a, EObject o) throws SQLException {
        EDataType t = a.getEAttributeType();
        if (a.isMany()) {
            String s = rs.getString(i);
            if (s != null) {
                try {
                    ((EList<Object>) o.eGet(a)).addAll(JSON.readValue(s, STRINGS));
                } catch (JsonProcessingException e) {
                    throw new SQLException("column " + i + " of " + a.getEContainingClass().getName() + "." + a.getName() + ": " + e.getOriginalMessage(), e);
                }
            }
            return;
        }
        Class<?> c = t.getInstanceClass();
        Object v;
        if (t instanceof EEnum e) {
            String s = rs.getString(i);
            if (s == null) {
                return;
            }
            var lit = e.getEEnumLiteral(s);
            if (lit == null) {
                throw new SQLException(a.getEContainingClass().getName() + "." + a.getName() + ": unknown value " + s);
            }
            v = lit.getInstance();
        } else if (c == Date.class) {
            String s = rs.getString(i);
            if (s == null) {
                return;
            }
            v = Date.from(Instant.parse(s));
        } else if (c == boolean.class || c == Boolean.class) {
            v = rs.getInt(i) != 0;
            if (rs.wasNull()) {
                return;
            }
        } else if (c == int.class || c == Integer.class) {
            v = rs.getInt(i);
            if (rs.wasNull()) {
                return;
            }
        } else if (c == long.class || c == Long.class) {
            v = rs.getLong(i);
            if (rs.wasNull()) {
                return;
            }
        } else if (c == double.class || c == Double.class) {
            v = rs.getDouble(i);
            if (rs.wasNull()) {
                return;
            }
        } else if (c == String.class) {
            v = rs.getString(i);
            if (v == null) {
                return;
            }
        } else {
            String s = rs.getString(i);
            if (s == null) {
                return;
            }
            v = t.getEPackage().getEFactoryInstance().createFromString(t, s);
        }
        o.eSet(a, v);
    }

    /** The attributes covered, for the completeness check. */
    List<EAttribute> covered() {
        return new ArrayList<>(List.of(attributes));
    }
}
