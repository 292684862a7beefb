package org.origo.inventory.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.origo.api.OrigoException;
import org.origo.inventory.internal.i18n.EngineMessages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads JSON (Jackson streaming) or XML (StAX, without DTDs or external entities) into a
 * {@link Node} tree, refusing documents that nest deeper or hold more elements than the limits.
 */
public final class TreeReader {

    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;
    /** Most elements accepted in one document. */
    public static final int MAX_NODES = 2_000_000;
    /** Longest XML element text accepted, in characters (an inventory field is never near it). */
    public static final int MAX_XML_TEXT = 256 * 1024;
    /** Longest XML attribute value accepted, in characters. */
    public static final int MAX_XML_ATTRIBUTE = 64 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(16 * 1024 * 1024).maxNumberLength(100).build())
            .build();

    private TreeReader() {
    }

    /** A StAX factory that refuses DTDs and never resolves external entities. */
    public static XMLInputFactory secureXmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /** Reads a whole JSON document; the root is named {@code rootName}. */
    public static Node json(InputStream in, String file, String rootName) throws OrigoException {
        JsonParser p = null;
        try {
            p = JSON.createParser(in);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new OrigoException(EngineMessages.get("tree.empty"), file, 1, null, null);
            }
            int[] count = { 0 };
            Node root = readJson(p, rootName, t, file, count);
            return root;
        } catch (JsonProcessingException e) {
            // limit violations (nesting, number or string length) carry no location of their own
            JsonLocation l = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
            throw new OrigoException(EngineMessages.get("tree.json.invalid", e.getOriginalMessage()), file,
                    l == null ? -1 : l.getLineNr(), null, null);
        } catch (IOException e) {
            throw new OrigoException(EngineMessages.get("source.unreadable", e.getMessage()), file,
                    p == null ? -1 : p.currentLocation().getLineNr(), null, e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // nothing left to release
                }
            }
        }
    }

    private static Node readJson(JsonParser p, String name, JsonToken t, String file, int[] count)
            throws IOException, OrigoException {
        Node n = new Node(name, p.currentLocation().getLineNr());
        if (++count[0] > MAX_NODES) {
            throw new OrigoException(EngineMessages.get("tree.too.large", MAX_NODES), file,
                    p.currentLocation().getLineNr(), null, null);
        }
        switch (t) {
        case START_OBJECT:
            while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_ARRAY) {
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                        n.add(readJson(p, field, v, file, count));
                    }
                } else {
                    n.add(readJson(p, field, v, file, count));
                }
            }
            break;
        case START_ARRAY:
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                n.add(readJson(p, "item", t, file, count));
            }
            break;
        case VALUE_NULL:
            break;
        default:
            n.text(p.getText());
        }
        return n;
    }

    /** Reads a whole XML document into a tree rooted at its document element. */
    public static Node xml(InputStream in, String file) throws OrigoException {
        XMLStreamReader r = null;
        try {
            r = secureXmlFactory().createXMLStreamReader(in);
            Deque<Node> stack = new ArrayDeque<>();
            Deque<StringBuilder> texts = new ArrayDeque<>();
            Deque<String> names = new ArrayDeque<>(); // as written, for messages
            Node root = null;
            int count = 0;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                case XMLStreamConstants.START_ELEMENT: {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new OrigoException(EngineMessages.get("tree.too.deep", MAX_DEPTH), file,
                                r.getLocation().getLineNumber(), r.getLocalName(), null);
                    }
                    if (++count > MAX_NODES) {
                        throw new OrigoException(EngineMessages.get("tree.too.large", MAX_NODES), file,
                                r.getLocation().getLineNumber(), null, null);
                    }
                    Node n = new Node(r.getLocalName(), r.getLocation().getLineNumber());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String value = r.getAttributeValue(i);
                        if (value != null && value.length() > MAX_XML_ATTRIBUTE) {
                            throw new OrigoException(EngineMessages.get("tree.xml.attribute.long", r.getAttributeLocalName(i),
                                    r.getLocalName(), value.length(), MAX_XML_ATTRIBUTE), file, n.line(),
                                    r.getLocalName() + "@" + r.getAttributeLocalName(i), null);
                        }
                        Node a = new Node(r.getAttributeLocalName(i), n.line());
                        a.text(value);
                        n.add(a);
                    }
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        stack.peek().add(n);
                    }
                    stack.push(n);
                    texts.push(new StringBuilder());
                    names.push(r.getLocalName());
                    break;
                }
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                    if (!texts.isEmpty()) {
                        StringBuilder sb = texts.peek();
                        if (sb.length() + r.getTextLength() > MAX_XML_TEXT) {
                            throw new OrigoException(EngineMessages.get("tree.xml.text.long", names.peek(), MAX_XML_TEXT),
                                    file, r.getLocation().getLineNumber(), names.peek(), null);
                        }
                        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new OrigoException(EngineMessages.get("tree.xml.entity", r.getLocalName()), file,
                            r.getLocation().getLineNumber(), null, null);
                case XMLStreamConstants.DTD:
                    throw new OrigoException(EngineMessages.get("tree.xml.dtd"), file, r.getLocation().getLineNumber(),
                            null, null);
                case XMLStreamConstants.END_ELEMENT: {
                    Node n = stack.pop();
                    n.text(texts.pop().toString());
                    names.pop();
                    break;
                }
                default:
                    break;
                }
            }
            if (root == null) {
                throw new OrigoException(EngineMessages.get("tree.empty"), file, 1, null, null);
            }
            return root;
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new OrigoException(EngineMessages.get("tree.xml.invalid", cleanXmlMessage(e.getMessage())), file, line,
                    null, null);
        } catch (RuntimeException e) {
            // the JDK's parser lets some malformed input escape as unchecked exceptions
            long line = r == null || r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
            throw new OrigoException(EngineMessages.get("tree.xml.invalid", cleanXmlMessage(String.valueOf(e.getMessage()))),
                    file, line, null, null);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
    }

    private static String cleanXmlMessage(String m) {
        if (m == null) {
            return "";
        }
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9).trim() : m.trim();
    }
}
