package org.origo.catalog.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * A JSON document read into nodes that remember the line they start on, so that every problem
 * found later can name its line. Duplicate keys in an object are reported, not silently merged.
 */
public final class JsonTree {

    public enum Kind {
        OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
    }

    /** One value with the line (1-based) where it starts. */
    public static final class Node {
        public final Kind kind;
        public final int line;
        public final String text;
        public final Map<String, Node> fields;
        public final Map<String, Integer> keyLines;
        public final List<Node> items;
        public final boolean integral;

        Node(Kind kind, int line, String text, boolean integral) {
            this.kind = kind;
            this.line = line;
            this.text = text;
            this.integral = integral;
            this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
            this.keyLines = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
            this.items = kind == Kind.ARRAY ? new ArrayList<>() : List.of();
        }

        public Node get(String key) {
            return fields.get(key);
        }
    }

    /** A syntax problem: the line and column where the parser stopped, and its description. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;
        public final String detail;

        SyntaxError(int line, int column, String detail) {
            super(detail);
            this.line = line;
            this.column = column;
            this.detail = detail;
        }
    }

    /** A duplicate key found while reading: the key and the line of its second occurrence. */
    public record Duplicate(String path, int line) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
            .build();

    private JsonTree() {
    }

    /** Parses the bytes (UTF-8). Duplicate keys are collected into {@code duplicates}; the last one wins. */
    public static Node parse(byte[] bytes, List<Duplicate> duplicates) throws SyntaxError {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SyntaxError(1, 1, "empty document");
            }
            Node root = read(p, t, "", duplicates);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new SyntaxError(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
                        "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new SyntaxError(line, col, e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new SyntaxError(-1, -1, e.getOriginalMessage());
        } catch (IOException e) {
            throw new SyntaxError(-1, -1, String.valueOf(e.getMessage()));
        }
    }

    private static Node read(JsonParser p, JsonToken t, String path, List<Duplicate> duplicates) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
        case START_OBJECT: {
            Node n = new Node(Kind.OBJECT, line, null, false);
            JsonToken k;
            while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                JsonToken v = p.nextToken();
                String childPath = path.isEmpty() ? name : path + "." + name;
                Node child = read(p, v, childPath, duplicates);
                if (n.fields.containsKey(name)) {
                    duplicates.add(new Duplicate(childPath, keyLine));
                }
                n.fields.put(name, child);
                n.keyLines.put(name, keyLine);
            }
            return n;
        }
        case START_ARRAY: {
            Node n = new Node(Kind.ARRAY, line, null, false);
            JsonToken v;
            int i = 0;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                n.items.add(read(p, v, path + "[" + i++ + "]", duplicates));
            }
            return n;
        }
        case VALUE_STRING:
            return new Node(Kind.STRING, line, p.getText(), false);
        case VALUE_NUMBER_INT:
            return new Node(Kind.NUMBER, line, p.getText(), true);
        case VALUE_NUMBER_FLOAT:
            return new Node(Kind.NUMBER, line, p.getText(), false);
        case VALUE_TRUE:
        case VALUE_FALSE:
            return new Node(Kind.BOOLEAN, line, p.getText(), false);
        case VALUE_NULL:
            return new Node(Kind.NULL, line, null, false);
        default:
            throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
