package org.origo.report.xlsx.tests;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an XLSX file back by parsing its parts, for the checks of the tests. */
final class XlsxReader implements AutoCloseable {

    /** One cell as stored: its type attribute, style index, value and whether it holds a formula. */
    record Cell(String ref, String type, String style, String value, boolean formula) {
    }

    private final ZipFile zip;
    final Map<String, String> sheets = new LinkedHashMap<>();

    XlsxReader(Path file) throws Exception {
        zip = new ZipFile(file.toFile());
        Document wb = parse("xl/workbook.xml");
        Document rels = parse("xl/_rels/workbook.xml.rels");
        Map<String, String> targets = new LinkedHashMap<>();
        NodeList r = rels.getElementsByTagName("Relationship");
        for (int i = 0; i < r.getLength(); i++) {
            Element e = (Element) r.item(i);
            targets.put(e.getAttribute("Id"), e.getAttribute("Target"));
        }
        NodeList s = wb.getElementsByTagName("sheet");
        for (int i = 0; i < s.getLength(); i++) {
            Element e = (Element) s.item(i);
            sheets.put(e.getAttribute("name"), "xl/" + targets.get(e.getAttribute("r:id")));
        }
    }

    Document parse(String entry) throws Exception {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new AssertionError("missing part " + entry);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        try (InputStream in = zip.getInputStream(e)) {
            return b.parse(in);
        }
    }

    Document sheet(String name) throws Exception {
        String part = sheets.get(name);
        if (part == null) {
            throw new AssertionError("no sheet '" + name + "' in " + sheets.keySet());
        }
        return parse(part);
    }

    /** The rows of a sheet, each a list of cells in order. */
    List<List<Cell>> rows(String name) throws Exception {
        Document d = sheet(name);
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rs = d.getElementsByTagName("row");
        for (int i = 0; i < rs.getLength(); i++) {
            Element row = (Element) rs.item(i);
            List<Cell> cells = new ArrayList<>();
            NodeList cs = row.getElementsByTagName("c");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                String value;
                if ("inlineStr".equals(c.getAttribute("t"))) {
                    value = c.getElementsByTagName("t").item(0).getTextContent();
                } else {
                    NodeList v = c.getElementsByTagName("v");
                    value = v.getLength() == 0 ? null : v.item(0).getTextContent();
                }
                cells.add(new Cell(c.getAttribute("r"), c.getAttribute("t"), c.getAttribute("s"), value,
                        c.getElementsByTagName("f").getLength() > 0));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The cell with a reference (e.g. "B2") in a row, or null. */
    static Cell cell(List<Cell> row, String ref) {
        for (Cell c : row) {
            if (c.ref().equals(ref)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        zip.close();
    }
}
