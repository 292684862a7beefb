package org.origo.report.pdf.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.model.Project;
import org.origo.report.api.ReportRenderer;
import org.origo.report.api.ReportRequest;
import org.origo.report.pdf.internal.i18n.PdfMessages;
import org.origo.report.tables.AtomicFiles;
import org.origo.report.tables.Formats;
import org.origo.report.tables.ReportData;
import org.origo.report.tables.SummaryDocument;
import org.osgi.service.component.annotations.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes {@code report.en.pdf} or {@code report.zh.pdf}: the leadership summary on a few A4 pages
 * (the same content as the first section of the HTML report), with the headings in both languages
 * and Noto Sans CJK embedded as a subset. The full report and its appendix stay in HTML and XLSX.
 */
@Component(service = ReportRenderer.class, property = { ReportRenderer.PROP_ID + "=pdf", ReportRenderer.PROP_FORMAT + "=pdf" })
public class PdfReportRenderer implements ReportRenderer {

    private static final Color FG = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x61, 0x6e, 0x7c);
    private static final Color LINE = new Color(0xd9, 0xe2, 0xec);
    private static final Color HEAD = new Color(0xf0, 0xf4, 0xf8);
    private static final Color ACCENT = new Color(0x2b, 0x6c, 0xb0);
    private static final Color WARN = new Color(0x8e, 0x2d, 0x2d);
    private static final Color OK = new Color(0x2e, 0x7d, 0x32);

    /** The PDF of one language. */
    public static String fileName(Locale locale) {
        return "report." + (Text.isChinese(locale) ? "zh" : "en") + ".pdf";
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Text label() {
        return PdfMessages.get("renderer.pdf");
    }

    @Override
    public List<Path> render(Project project, ReportRequest request) throws OrigoException {
        ReportData d = ReportData.of(project, request);
        CjkFonts fonts = CjkFonts.load();
        Path target = request.outputDirectory().resolve(fileName(d.locale()));
        AtomicFiles.write(target, out -> {
            try {
                new Writer(d, fonts).write(out);
            } catch (DocumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        return List.of(target);
    }

    /** One rendering. */
    private static final class Writer {
        private final ReportData d;
        private final Locale l;
        private final BaseFont regular;
        private final BaseFont bold;

        Writer(ReportData d, CjkFonts fonts) {
            this.d = d;
            this.l = d.locale();
            this.regular = fonts.regular;
            this.bold = fonts.bold;
        }

        private Font font(float size, boolean strong, Color colour) {
            Font f = new Font(strong ? bold : regular, size);
            f.setColor(colour);
            return f;
        }

        void write(java.io.OutputStream out) throws DocumentException {
            Document doc = new Document(PageSize.A4, 40, 40, 48, 44);
            PdfWriter w = PdfWriter.getInstance(doc, out);
            w.setCloseStream(false);
            // a chart that does not fit stays where it is in the text instead of floating past it
            w.setStrictImageSequence(true);
            String name = d.project().getName() == null ? "" : d.project().getName();
            String title = PdfMessages.get(l, "title", name);
            doc.addTitle(title);
            doc.addSubject(PdfMessages.get(l, "subject"));
            doc.addCreator("Origo");
            doc.setDocumentLanguage(Text.isChinese(l) ? "zh-CN" : "en");
            w.setPageEvent(new Frame(title));
            doc.open();
            Paragraph t = new Paragraph(title, font(17, true, FG));
            doc.add(t);
            Formats f = new Formats(l);
            String meta = PdfMessages.get(l, "meta", d.profileId() == null ? "-" : d.profileId(),
                    d.snapshot() == null || d.snapshot().getId() == null ? "-" : d.snapshot().getId(), f.date(new Date()));
            Paragraph mp = new Paragraph(meta, font(8.5f, false, MUTED));
            mp.setSpacingAfter(4);
            doc.add(mp);
            boolean first = true;
            for (SummaryDocument.Block b : SummaryDocument.of(d)) {
                if (b instanceof SummaryDocument.Heading h) {
                    heading(doc, h, first);
                    first = false;
                } else if (b instanceof SummaryDocument.Paragraph p) {
                    paragraph(doc, p);
                } else if (b instanceof SummaryDocument.Figures fs) {
                    figures(doc, fs);
                } else if (b instanceof SummaryDocument.TableBlock tb) {
                    table(doc, tb);
                } else if (b instanceof SummaryDocument.Curve c) {
                    curve(doc, w, c, f);
                }
            }
            Paragraph foot = new Paragraph(PdfMessages.get(l, "footer"), font(8, false, MUTED));
            foot.setSpacingBefore(10);
            doc.add(foot);
            doc.close();
        }

        private void heading(Document doc, SummaryDocument.Heading h, boolean first) throws DocumentException {
            Paragraph p = new Paragraph(h.text(), font(first ? 14 : 12, true, ACCENT));
            p.add(new com.lowagie.text.Chunk("  " + h.other(), font(first ? 10 : 9, false, MUTED)));
            p.setSpacingBefore(first ? 4 : 10);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            doc.add(p);
        }

        private void paragraph(Document doc, SummaryDocument.Paragraph p) throws DocumentException {
            Font font = switch (p.tone()) {
            case LEAD -> font(10.5f, false, FG);
            case OK -> font(9.5f, false, OK);
            case WARN -> font(9.5f, true, WARN);
            case NOTE -> font(8.5f, false, MUTED);
            case PLAIN -> font(9.5f, false, FG);
            };
            Paragraph para = new Paragraph(p.text(), font);
            para.setLeading(font.getSize() * 1.45f);
            para.setSpacingAfter(3);
            doc.add(para);
        }

        private Color figureColour(String style) {
            return switch (style) {
            case "replace" -> new Color(0xc0, 0x39, 0x2b);
            case "review" -> new Color(0xb7, 0x79, 0x1f);
            case "keep" -> new Color(0x2e, 0x8b, 0x57);
            case "us" -> WARN;
            case "cost" -> ACCENT;
            default -> FG;
            };
        }

        private void figures(Document doc, SummaryDocument.Figures fs) throws DocumentException {
            int cols = 3;
            PdfPTable t = new PdfPTable(cols);
            t.setWidthPercentage(100);
            t.setSpacingBefore(6);
            t.setSpacingAfter(6);
            for (SummaryDocument.Figure fg : fs.figures()) {
                PdfPCell c = new PdfPCell();
                c.setBorderColor(LINE);
                c.setPadding(6);
                c.addElement(new Paragraph(fg.label(), font(8, false, MUTED)));
                Paragraph v = new Paragraph(fg.value(), font(16, true, figureColour(fg.style())));
                v.setLeading(19);
                c.addElement(v);
                c.addElement(new Paragraph(fg.detail(), font(7.5f, false, MUTED)));
                t.addCell(c);
            }
            for (int i = fs.figures().size() % cols; i > 0 && i < cols; i++) {
                PdfPCell c = new PdfPCell(new Phrase("", font(8, false, MUTED)));
                c.setBorder(Rectangle.NO_BORDER);
                t.addCell(c);
            }
            doc.add(t);
        }

        private void table(Document doc, SummaryDocument.TableBlock tb) throws DocumentException {
            int n = tb.headers().size();
            PdfPTable t = new PdfPTable(n);
            t.setWidthPercentage(100);
            float[] widths = new float[n];
            for (int i = 0; i < n; i++) {
                widths[i] = tb.numeric()[i] ? 1.1f : n > 5 ? 2.4f : 3.2f;
            }
            t.setWidths(widths);
            t.setHeaderRows(1);
            t.setSpacingBefore(2);
            t.setSpacingAfter(6);
            float size = n > 7 ? 6.8f : 8;
            for (int i = 0; i < n; i++) {
                t.addCell(cell(tb.headers().get(i), font(size, true, FG), tb.numeric()[i], HEAD));
            }
            for (List<String> r : tb.rows()) {
                for (int i = 0; i < n; i++) {
                    t.addCell(cell(r.get(i), font(size, false, FG), tb.numeric()[i], null));
                }
            }
            if (tb.total() != null) {
                for (int i = 0; i < n; i++) {
                    PdfPCell c = cell(tb.total().get(i), font(size, true, FG), tb.numeric()[i], null);
                    c.setBorderWidthTop(1.2f);
                    c.setBorderColorTop(FG);
                    t.addCell(c);
                }
            }
            doc.add(t);
        }

        private static PdfPCell cell(String text, Font font, boolean numeric, Color background) {
            PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
            c.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(LINE);
            c.setPaddingTop(2.5f);
            c.setPaddingBottom(3.5f);
            if (background != null) {
                c.setBackgroundColor(background);
            }
            return c;
        }

        /** The cumulative share done per year: target outlined, planned blue, actual red where measured. */
        private void curve(Document doc, PdfWriter w, SummaryDocument.Curve c, Formats f) throws DocumentException {
            float width = 460, height = 130, left = 10, bottom = 18, top = 26;
            PdfTemplate tpl = w.getDirectContent().createTemplate(width, height);
            String[] names = { c.targetLabel(), c.plannedLabel(), c.actualLabel() };
            Color[] fills = { null, ACCENT, new Color(0xc0, 0x39, 0x2b) };
            for (int s = 0; s < 3; s++) {
                float x = left + s * 120;
                box(tpl, x, height - 12, 9, 9, fills[s]);
                text(tpl, names[s], x + 13, height - 11, 8, Element.ALIGN_LEFT);
            }
            int n = c.years().size();
            float slot = (width - left - 10) / Math.max(1, n);
            float plotH = height - top - bottom;
            tpl.setColorStroke(MUTED);
            tpl.moveTo(left, bottom);
            tpl.lineTo(width - 10, bottom);
            tpl.stroke();
            for (int i = 0; i < n; i++) {
                float bw = slot / 4.5f;
                float x0 = left + i * slot + slot / 8;
                Double[] v = { c.target()[i], c.planned()[i], c.actual()[i] };
                for (int s = 0; s < 3; s++) {
                    if (v[s] == null) {
                        continue;
                    }
                    float bh = (float) (plotH * Math.max(0, Math.min(1, v[s])));
                    float x = x0 + s * (bw + 3);
                    box(tpl, x, bottom, bw, bh, fills[s]);
                    text(tpl, f.percent(v[s]), x + bw / 2, bottom + bh + 3, 7, Element.ALIGN_CENTER);
                }
                text(tpl, String.valueOf(c.years().get(i)), x0 + 1.5f * bw + 3, bottom - 11, 8, Element.ALIGN_CENTER);
            }
            Image img = Image.getInstance(tpl);
            img.setAlignment(Element.ALIGN_LEFT);
            Paragraph cap = new Paragraph(c.caption(), font(8.5f, false, MUTED));
            cap.setKeepTogether(true);
            doc.add(cap);
            doc.add(img);
        }

        private static void box(PdfContentByte cb, float x, float y, float w, float h, Color fill) {
            if (fill == null) {
                cb.setLineDash(3, 2, 0);
                cb.setColorStroke(FG);
                cb.rectangle(x, y, w, h);
                cb.stroke();
                cb.setLineDash(0);
            } else {
                cb.setColorFill(fill);
                cb.rectangle(x, y, w, h);
                cb.fill();
            }
        }

        private void text(PdfContentByte cb, String s, float x, float y, float size, int align) {
            cb.beginText();
            cb.setFontAndSize(regular, size);
            cb.setColorFill(FG);
            cb.showTextAligned(align, s, x, y, 0);
            cb.endText();
        }

        /** Running title and page number on every page. */
        private final class Frame extends PdfPageEventHelper {
            private final String title;

            Frame(String title) {
                this.title = title;
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte cb = writer.getDirectContent();
                Rectangle page = document.getPageSize();
                cb.beginText();
                cb.setFontAndSize(regular, 7.5f);
                cb.setColorFill(MUTED);
                cb.showTextAligned(Element.ALIGN_LEFT, title, document.left(), page.getHeight() - 28, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, PdfMessages.get(l, "page", writer.getPageNumber()), document.right(), 24, 0);
                cb.endText();
                cb.setColorStroke(LINE);
                cb.moveTo(document.left(), page.getHeight() - 33);
                cb.lineTo(document.right(), page.getHeight() - 33);
                cb.stroke();
            }
        }
    }
}
