package org.origo.generator.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a workbook back with the JDK's zip and a namespace-aware, validating-structure SAX parser. */
final class Workbooks {

    /** One cell: its text, its type attribute and its style. */
    record Cell(String text, String type, String style) {
    }

    private Workbooks() {
    }

    static SAXParser parser() throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newSAXParser();
    }

    /** Parses every XML part (proving it well formed) and returns the part names in zip order. */
    static List<String> parts(Path xlsx) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                names.add(e.getName());
                try (InputStream in = zip.getInputStream(e)) {
                    parser().parse(in, new DefaultHandler());
                }
            }
        }
        return names;
    }

    /** Sheet name to rows of cells, in order. */
    static Map<String, List<List<Cell>>> sheets(Path xlsx) throws Exception {
        Map<String, List<List<Cell>>> result = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> names = new ArrayList<>();
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
                parser().parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String q, Attributes a) {
                        if (local.equals("sheet")) {
                            names.add(a.getValue("name"));
                        }
                    }
                });
            }
            for (int i = 0; i < names.size(); i++) {
                ZipEntry e = zip.getEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                if (e == null) {
                    throw new IOException("missing sheet part " + (i + 1));
                }
                result.put(names.get(i), rows(zip, e));
            }
        }
        return result;
    }

    private static List<List<Cell>> rows(ZipFile zip, ZipEntry e) throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        try (InputStream in = zip.getInputStream(e)) {
            parser().parse(in, new DefaultHandler() {
                List<Cell> row;
                StringBuilder text;
                String type;
                String style;

                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    switch (local) {
                        case "row" -> row = new ArrayList<>();
                        case "c" -> {
                            text = new StringBuilder();
                            type = a.getValue("t");
                            style = a.getValue("s");
                        }
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (text != null) {
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    if (local.equals("c")) {
                        row.add(new Cell(text.toString(), type, style));
                        text = null;
                    } else if (local.equals("row")) {
                        rows.add(row);
                    }
                }
            });
        }
        return rows;
    }
}
