package org.origo.report.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.origo.api.OrigoException;
import org.origo.report.pdf.internal.i18n.PdfMessages;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of the PDF: Noto Sans CJK (SIL Open Font Licence) loaded from the system and embedded
 * as subsets, so the PDF shows Chinese on any reader. The product does not ship the font (about
 * 20 MB per weight); {@value #PROPERTY} or the environment variable {@value #ENV} name a font file
 * (.ttc, .otf or .ttf) when it is elsewhere. Without a CJK font the renderer fails with a message
 * saying what to install, never with boxes in place of characters.
 */
final class CjkFonts {

    static final String PROPERTY = "origo.pdf.font";
    static final String ENV = "ORIGO_PDF_FONT";

    /** Where Linux distributions install Noto Sans CJK (Debian/Ubuntu, Fedora, Arch, openSUSE), regular weight. */
    private static final String[] REGULAR = { "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto/NotoSansCJK-Regular.ttc" };

    final BaseFont regular;
    final BaseFont bold;

    private CjkFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static CjkFonts load() throws OrigoException {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured.trim());
            if (!Files.isReadable(p)) {
                throw new OrigoException(PdfMessages.get("font.configured.missing", p));
            }
            candidates.add(p);
        }
        for (String s : REGULAR) {
            candidates.add(Path.of(s));
        }
        for (Path p : candidates) {
            if (!Files.isReadable(p)) {
                continue;
            }
            try {
                BaseFont regular = create(p);
                Path boldPath = p.resolveSibling(p.getFileName().toString().replace("Regular", "Bold"));
                BaseFont bold = !boldPath.equals(p) && Files.isReadable(boldPath) ? create(boldPath) : regular;
                return new CjkFonts(regular, bold);
            } catch (IOException | RuntimeException e) {
                throw new OrigoException(PdfMessages.get("font.unreadable", p, String.valueOf(e.getMessage())), p.toString(), -1, null, e);
            }
        }
        throw new OrigoException(PdfMessages.get("font.missing", ENV));
    }

    /** A font file as an embedded Unicode font; in a collection, the Simplified Chinese face. */
    private static BaseFont create(Path p) throws IOException {
        String name = p.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            String[] faces = BaseFont.enumerateTTCNames(name);
            int index = 0;
            for (int i = 0; i < faces.length; i++) {
                String f = faces[i].toLowerCase(Locale.ROOT);
                if (f.contains("cjksc") && !f.contains("mono")) {
                    index = i;
                    break;
                }
            }
            name = name + "," + index;
        }
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
}
