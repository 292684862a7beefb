package org.origo.inventory.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small, read-only document tree built from JSON or XML: an element has a lower-case name, an
 * optional text and child elements. JSON objects become elements with one child per member,
 * arrays become repeated children of the same name. Lookups ignore case, so the GLPI JSON
 * vocabulary ({@code bios/smanufacturer}) and the OCS XML one ({@code BIOS/SMANUFACTURER}) read
 * alike.
 */
public final class Node {

    private final String name;
    private String text;
    private List<Node> children;
    private final long line;

    public Node(String name, long line) {
        this.name = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        this.line = line;
    }

    public String name() {
        return name;
    }

    /** The 1-based line the element started at, or -1. */
    public long line() {
        return line;
    }

    /** The element's own text, trimmed, or null when it has none. */
    public String text() {
        return text;
    }

    void text(String value) {
        if (value == null) {
            text = null;
            return;
        }
        String t = value.trim();
        text = t.isEmpty() ? null : t;
    }

    void add(Node child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    public List<Node> children() {
        return children == null ? Collections.emptyList() : Collections.unmodifiableList(children);
    }

    /** The first child of that name, or null. */
    public Node child(String childName) {
        if (children == null) {
            return null;
        }
        for (Node c : children) {
            if (c.name.equalsIgnoreCase(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child of that name (for a JSON array, its elements), in order. */
    public List<Node> all(String childName) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<Node> out = new ArrayList<>();
        for (Node c : children) {
            if (c.name.equalsIgnoreCase(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child with that name, or null. A slash-separated path descends. */
    public String get(String path) {
        Node n = this;
        int start = 0;
        while (n != null) {
            int slash = path.indexOf('/', start);
            String part = slash < 0 ? path.substring(start) : path.substring(start, slash);
            n = n.child(part);
            if (slash < 0) {
                return n == null ? null : n.text;
            }
            start = slash + 1;
        }
        return null;
    }

    /** The first non-null text among the paths. */
    public String first(String... paths) {
        for (String p : paths) {
            String v = get(p);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + (text == null ? "" : "=" + text) + (children == null ? "" : children.toString());
    }
}
