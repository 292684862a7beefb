package org.origo.inventory.winreg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.spi.Encodings;
import org.origo.inventory.spi.Lines;
import org.origo.inventory.spi.Parts;
import org.origo.inventory.winreg.internal.i18n.WinregMessages;
import org.origo.model.Asset;
import org.origo.model.Severity;
import org.origo.model.SoftwareInstall;
import org.osgi.service.component.annotations.Component;

/**
 * Windows registry exports ({@code regedit /e}, UTF-16LE with BOM or REGEDIT4 ANSI) of the
 * programs installed on one machine: the three Uninstall locations
 * ({@code HKLM\SOFTWARE\...\Uninstall}, {@code HKLM\SOFTWARE\Wow6432Node\...\Uninstall},
 * {@code HKCU\Software\...\Uninstall} or {@code HKEY_USERS\<SID>\...}) and Office registration keys.
 * String, {@code hex(2):} (expandable), {@code hex(7):} (multi-string) and {@code dword:} values.
 */
@Component(service = InventoryImporter.class, property = { InventoryImporter.PROP_ID + "=winreg",
        InventoryImporter.PROP_LABEL + "=Windows registry export (.reg)", InventoryImporter.PROP_EXTENSIONS + "=reg" })
public class RegImporter implements InventoryImporter {

    private static final String UNINSTALL = "\\microsoft\\windows\\currentversion\\uninstall\\";
    private static final String OFFICE = "\\microsoft\\office\\";

    @Override
    public String id() {
        return "winreg";
    }

    @Override
    public Text label() {
        return WinregMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        byte[] h = source.head(256);
        Encodings.Detected d = Encodings.detect(h);
        String t = new String(h, d.bomLength(), h.length - d.bomLength(), d.charset()).stripLeading();
        return t.startsWith("Windows Registry Editor Version") || t.startsWith("REGEDIT4") ? 95 : 0;
    }

    /** One key's values read so far. */
    private static final class Key {
        final String path;
        final long line;
        final Map<String, String> values = new HashMap<>();

        Key(String path, long line) {
            this.path = path;
            this.line = line;
        }
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Asset a = Parts.asset(null);
        long line = 0;
        int hidden = 0;
        int programs = 0;
        try (InputStream in = source.open(); Lines lines = new Lines(Encodings.reader(in, Encodings.detect(source.head(4096))))) {
            String first = lines.next();
            line = 1;
            if (first == null || !(first.strip().startsWith("Windows Registry Editor Version") || first.strip().startsWith("REGEDIT4"))) {
                throw new OrigoException(WinregMessages.get("reg.header"), file, 1, null, null);
            }
            Key key = null;
            String l;
            while ((l = lines.next()) != null) {
                line = lines.lineNumber();
                long start = line;
                // a value continues on the next line after a trailing backslash
                if (l.endsWith("\\") && !l.startsWith("[")) {
                    StringBuilder joined = new StringBuilder(l.length() * 4);
                    joined.append(l, 0, l.length() - 1);
                    String more;
                    while ((more = lines.next()) != null) {
                        String m = more.strip();
                        if (m.endsWith("\\")) {
                            joined.append(m, 0, m.length() - 1);
                            if (joined.length() > Lines.MAX_LINE) {
                                throw new IOException("value longer than " + Lines.MAX_LINE + " characters");
                            }
                        } else {
                            joined.append(m);
                            break;
                        }
                    }
                    l = joined.toString();
                }
                // a string value may hold line breaks: regedit writes them as they are
                if (l.startsWith("\"") && openQuote(l)) {
                    StringBuilder joined = new StringBuilder(l);
                    String more;
                    while ((more = lines.next()) != null) {
                        joined.append('\n').append(more);
                        if (joined.length() > Lines.MAX_LINE) {
                            throw new IOException("value longer than " + Lines.MAX_LINE + " characters");
                        }
                        if (!openQuote(joined)) {
                            break;
                        }
                    }
                    l = joined.toString();
                }
                line = lines.lineNumber();
                String t = l.strip();
                if (t.isEmpty() || t.startsWith(";")) {
                    continue;
                }
                if (t.startsWith("[")) {
                    int r = flush(key, a, sink);
                    programs += Math.max(r, 0);
                    hidden += r < 0 ? 1 : 0;
                    key = new Key(t.endsWith("]") ? t.substring(1, t.length() - 1) : t.substring(1), start);
                    continue;
                }
                if (key == null) {
                    continue;
                }
                try {
                    value(t, key.values);
                } catch (IllegalArgumentException e) {
                    context.problem(Severity.WARNING, start, null, WinregMessages.get("reg.value.invalid", e.getMessage()));
                }
            }
            int r = flush(key, a, sink);
            programs += Math.max(r, 0);
            hidden += r < 0 ? 1 : 0;
        } catch (IOException e) {
            throw new OrigoException(WinregMessages.get("reg.unreadable", e.getMessage()), file, line, null, e);
        }
        if (hidden > 0) {
            context.problem(Severity.INFO, -1, null, WinregMessages.get("reg.hidden", hidden));
        }
        if (programs == 0) {
            context.problem(Severity.WARNING, -1, null, WinregMessages.get("reg.nothing"));
        }
        sink.accept(a, 1);
    }

    /** Adds the program a key describes: 1 when added, -1 when hidden, 0 when the key is no program. */
    private static int flush(Key key, Asset a, AssetSink sink) {
        if (key == null) {
            return 0;
        }
        String p = key.path.toLowerCase(Locale.ROOT);
        int u = p.indexOf(UNINSTALL);
        if (u >= 0 && p.indexOf('\\', u + UNINSTALL.length()) < 0 && (p.startsWith("hkey_local_machine\\")
                || p.startsWith("hkey_current_user\\") || p.startsWith("hkey_users\\"))) {
            String name = key.values.get("displayname");
            if (name == null || name.isBlank()) {
                return 0;
            }
            if ("1".equals(key.values.get("systemcomponent")) || key.values.containsKey("parentkeyname")) {
                return -1;
            }
            SoftwareInstall i = Parts.install(a, sink, name, key.values.get("publisher"), key.values.get("displayversion"));
            if (i != null) {
                i.setInstallDate(date(key.values.get("installdate")));
                return 1;
            }
            return 0;
        }
        int o = p.indexOf(OFFICE);
        if (o >= 0 && p.contains("\\registration\\")) {
            String found = key.values.get("productname");
            if (found == null) {
                found = key.values.get("converttoedition");
            }
            if (found == null) {
                found = key.values.get("productnamenonqualified");
            }
            String name = found;
            if (name != null && !name.isBlank()) {
                int v = o + OFFICE.length();
                int end = p.indexOf('\\', v);
                String version = end > v ? key.path.substring(v, end) : null;
                boolean known = a.getSoftware().stream().anyMatch(s -> name.equals(s.getTitle().getName()));
                if (!known) {
                    // the key lives under SOFTWARE\Microsoft: the publisher is Microsoft
                    Parts.install(a, sink, name, "Microsoft", version);
                    return 1;
                }
            }
        }
        return 0;
    }

    private static Date date(String s) {
        if (s == null || s.length() != 8) {
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            return Date.from(LocalDate.of(v / 10000, v / 100 % 100, v % 100).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the text ends inside a quoted string (backslash escapes honoured). */
    static boolean openQuote(CharSequence t) {
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (in && c == '\\') {
                i++;
            } else if (c == '"') {
                in = !in;
            }
        }
        return in;
    }

    /** Parses {@code "name"=value} or {@code @=value} into lower-case name → text. */
    static void value(String t, Map<String, String> into) {
        String name;
        int i;
        if (t.startsWith("@=")) {
            name = "";
            i = 2;
        } else if (t.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            i = quoted(t, 1, sb);
            if (i >= t.length() || t.charAt(i) != '=') {
                throw new IllegalArgumentException(shorten(t));
            }
            name = sb.toString();
            i++;
        } else {
            throw new IllegalArgumentException(shorten(t));
        }
        String v = t.substring(i);
        String text;
        if (v.startsWith("\"")) {
            StringBuilder sb = new StringBuilder();
            quoted(v, 1, sb);
            text = sb.toString();
        } else if (v.startsWith("dword:")) {
            try {
                text = String.valueOf(Long.parseLong(v.substring(6).trim(), 16));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(shorten(t));
            }
        } else if (v.startsWith("hex(2):") || v.startsWith("hex(7):") || v.startsWith("hex(1):")) {
            text = utf16(hex(v.substring(7), t));
        } else if (v.startsWith("hex")) {
            text = null; // binary values are not needed
        } else if (v.equals("-")) {
            text = null;
        } else {
            throw new IllegalArgumentException(shorten(t));
        }
        if (text != null) {
            into.put(name.toLowerCase(Locale.ROOT), text);
        }
    }

    private static int quoted(String s, int from, StringBuilder sb) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '"') {
                return i + 1;
            }
            sb.append(c);
            i++;
        }
        throw new IllegalArgumentException(shorten(s));
    }

    private static byte[] hex(String list, String whole) {
        String[] parts = list.split(",");
        byte[] b = new byte[parts.length];
        int n = 0;
        for (String p : parts) {
            String x = p.trim();
            if (x.isEmpty()) {
                continue;
            }
            try {
                b[n++] = (byte) Integer.parseInt(x, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(shorten(whole));
            }
        }
        return java.util.Arrays.copyOf(b, n);
    }

    /** UTF-16LE text up to the first NUL character; several strings (multi-string) joined with "; ". */
    static String utf16(byte[] b) {
        String s = StandardCharsets.UTF_16LE.decode(ByteBuffer.wrap(b, 0, b.length & ~1)).toString();
        StringBuilder out = new StringBuilder();
        for (String part : s.split("\u0000")) {
            if (!part.isEmpty()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
