package org.origo.origin.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.origin.knowledge.internal.i18n.KnowledgeMessages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A JSON document read into a small tree that remembers where every value started, so that data
 * files (knowledge, rules, rule tests) can be validated with errors naming file, line and field.
 * Duplicate keys are refused.
 */
public final class JsonDoc {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonDoc() {
    }

    /** One value with its position: an object ({@link #fields()}), array ({@link #items()}), string, number, boolean or null. */
    public static final class Node {
        private final String file;
        private final int line;
        private final String path;
        private final Object value;

        Node(String file, int line, String path, Object value) {
            this.file = file;
            this.line = line;
            this.path = path;
            this.value = value;
        }

        public String file() {
            return file;
        }

        /** 1-based line where the value starts. */
        public int line() {
            return line;
        }

        /** Path of the value inside the document, e.g. {@code rules[3].when.kind}. */
        public String path() {
            return path;
        }

        public boolean isObject() {
            return value instanceof Map;
        }

        public boolean isArray() {
            return value instanceof List;
        }

        public boolean isString() {
            return value instanceof String;
        }

        public boolean isNull() {
            return value == null;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Node> fields() {
            return isObject() ? (Map<String, Node>) value : Map.of();
        }

        @SuppressWarnings("unchecked")
        public List<Node> items() {
            return isArray() ? (List<Node>) value : List.of();
        }

        public Object value() {
            return value;
        }

        public Node get(String key) {
            return fields().get(key);
        }

        public boolean has(String key) {
            return fields().containsKey(key);
        }

        /** An error at this value. */
        public OrigoException error(String key, Object... args) {
            return new OrigoException(KnowledgeMessages.get(key, args), file, line, path, null);
        }

        /** Fails when this is not an object or has keys outside {@code allowed}. */
        public Node requireObject(Set<String> allowed) throws OrigoException {
            if (!isObject()) {
                throw error("json.expected.object");
            }
            for (Map.Entry<String, Node> e : fields().entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw e.getValue().error("json.unknown.key", e.getKey(), String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
            return this;
        }

        /** The string value of a field; null when absent and not required. */
        public String string(String key, boolean required) throws OrigoException {
            Node n = get(key);
            if (n == null || n.isNull()) {
                if (required) {
                    throw new OrigoException(KnowledgeMessages.get("json.missing", key), file, line, childPath(key), null);
                }
                return null;
            }
            if (!n.isString()) {
                throw n.error("json.expected.string");
            }
            String s = ((String) n.value).trim();
            if (required && s.isEmpty()) {
                throw n.error("json.empty");
            }
            return s;
        }

        /** A string field or a list of strings, as a list (empty when absent). */
        public List<String> strings(String key) throws OrigoException {
            Node n = get(key);
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (n.isString()) {
                return List.of(((String) n.value).trim());
            }
            if (!n.isArray()) {
                throw n.error("json.expected.strings");
            }
            List<String> out = new ArrayList<>();
            for (Node i : n.items()) {
                if (!i.isString()) {
                    throw i.error("json.expected.string");
                }
                out.add(((String) i.value).trim());
            }
            return out;
        }

        public double number(String key, double defaultValue) throws OrigoException {
            Node n = get(key);
            if (n == null || n.isNull()) {
                return defaultValue;
            }
            if (!(n.value instanceof Number num)) {
                throw n.error("json.expected.number");
            }
            return num.doubleValue();
        }

        public Boolean bool(String key) throws OrigoException {
            Node n = get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!(n.value instanceof Boolean b)) {
                throw n.error("json.expected.boolean");
            }
            return b;
        }

        /** The array field (empty when absent and not required). */
        public List<Node> array(String key, boolean required) throws OrigoException {
            Node n = get(key);
            if (n == null || n.isNull()) {
                if (required) {
                    throw new OrigoException(KnowledgeMessages.get("json.missing", key), file, line, childPath(key), null);
                }
                return List.of();
            }
            if (!n.isArray()) {
                throw n.error("json.expected.array");
            }
            return n.items();
        }

        String childPath(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    /** Reads a whole document. Syntax errors name the file and line. */
    public static Node parse(String file, InputStream in) throws OrigoException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new OrigoException(KnowledgeMessages.get("json.empty.document"), file, 1, null, null);
            }
            Node root = read(file, p, "");
            if (p.nextToken() != null) {
                throw new OrigoException(KnowledgeMessages.get("json.trailing"), file, line(p.currentLocation()), null, null);
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new OrigoException(KnowledgeMessages.get("json.syntax", msg), file, loc == null ? -1 : loc.getLineNr(), null, null);
        } catch (IOException e) {
            throw new OrigoException(KnowledgeMessages.get("json.unreadable", String.valueOf(e.getMessage())), file, -1, null, e);
        }
    }

    private static int line(JsonLocation l) {
        return l == null ? -1 : l.getLineNr();
    }

    private static Node read(String file, JsonParser p, String path) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
        case START_OBJECT: {
            Map<String, Node> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, read(file, p, path.isEmpty() ? name : path + "." + name));
            }
            return new Node(file, line, path, Collections.unmodifiableMap(fields));
        }
        case START_ARRAY: {
            List<Node> items = new ArrayList<>();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(file, p, path + "[" + i++ + "]"));
            }
            return new Node(file, line, path, Collections.unmodifiableList(items));
        }
        case VALUE_STRING:
            return new Node(file, line, path, p.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
            return new Node(file, line, path, p.getNumberValue());
        case VALUE_TRUE:
            return new Node(file, line, path, Boolean.TRUE);
        case VALUE_FALSE:
            return new Node(file, line, path, Boolean.FALSE);
        case VALUE_NULL:
            return new Node(file, line, path, null);
        default:
            throw new JsonParseException(p, "unexpected " + t);
        }
    }
}
