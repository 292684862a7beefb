package org.origo.inventory.packages.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

import org.origo.api.OrigoException;
import org.origo.api.Text;
import org.origo.inventory.api.AssetSink;
import org.origo.inventory.api.ImportContext;
import org.origo.inventory.api.ImportSource;
import org.origo.inventory.api.InventoryImporter;
import org.origo.inventory.packages.internal.i18n.PackagesMessages;
import org.origo.inventory.spi.Encodings;
import org.origo.inventory.spi.Lines;
import org.origo.inventory.spi.Parts;
import org.origo.model.Asset;
import org.origo.model.Severity;
import org.origo.model.SoftwareInstall;
import org.osgi.service.component.annotations.Component;

/**
 * Package lists as the GLPI agent collects them on Linux, one machine per file:
 * {@code dpkg-query -W -f='${Package}\t${Architecture}\t${Version}\t${Installed-Size}\t${Section}\t${Status}\n'}
 * (the status column is missing in older agents) and
 * {@code rpm -qa --queryformat '%{NAME}\t%{ARCH}\t%{VERSION}-%{RELEASE}\t%{INSTALLTIME}\t%{SIZE}\t%{VENDOR}\t%{SUMMARY}\t%{GROUP}\n'}.
 * rpm's vendor becomes the title's publisher; dpkg lists carry none.
 */
@Component(service = InventoryImporter.class, property = { InventoryImporter.PROP_ID + "=packages",
        InventoryImporter.PROP_LABEL + "=Linux package list (dpkg-query, rpm -qa)", InventoryImporter.PROP_EXTENSIONS + "=txt",
        InventoryImporter.PROP_EXTENSIONS + "=lst" })
public class PackagesImporter implements InventoryImporter {

    static final Set<String> ARCHS = Set.of("all", "any", "amd64", "i386", "arm64", "armhf", "armel", "mips64el", "mipsel",
            "loong64", "loongarch64", "ppc64el", "ppc64le", "s390x", "riscv64", "sw64", "sw_64", "x86_64", "noarch", "i586",
            "i686", "aarch64", "(none)");

    @Override
    public String id() {
        return "packages";
    }

    @Override
    public Text label() {
        return PackagesMessages.get("importer.label");
    }

    @Override
    public int sniff(ImportSource source) throws IOException {
        String head = new String(source.head(8192), StandardCharsets.UTF_8);
        String[] lines = head.split("\n", 12);
        int good = 0;
        int bad = 0;
        for (int i = 0; i < lines.length && i < 10; i++) {
            String l = lines[i];
            if (l.isBlank() || (i == lines.length - 1 && lines.length == 12)) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if ((f.length == 5 || f.length == 6 || f.length == 8) && ARCHS.contains(f[1].trim())) {
                good++;
            } else {
                bad++;
            }
        }
        if (good > 0 && bad == 0) {
            return 85;
        }
        if (good == 0 && bad == 0) {
            return 0;
        }
        String t = head.strip();
        return !t.isEmpty() && t.length() <= 12 && t.chars().allMatch(Character::isDigit) ? 60 : 0;
    }

    /** Seconds since 1970 from a number field, or -1. */
    /** Latest time a date can hold (9999-12-31T23:59:59Z); later "install times" are damage. */
    static final long MAX_EPOCH = 253_402_300_799L;

    /** Seconds since 1970 from rpm's install time, or -1 when it is not a time a machine can have. */
    static long epoch(String s) {
        try {
            long t = Long.parseLong(s.strip());
            return t > 0 && t <= MAX_EPOCH ? t : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void read(ImportSource source, AssetSink sink, ImportContext context) throws OrigoException {
        String file = source.name();
        Asset a = Parts.asset(null);
        long line = 0;
        int removed = 0;
        long lonelyNumber = -1;
        int lines = 0;
        try (InputStream in = source.open(); Lines r = new Lines(Encodings.reader(in, Encodings.detect(source.head(4096))))) {
            String l;
            while ((l = r.next()) != null) {
                line = r.lineNumber();
                if (l.isBlank()) {
                    continue;
                }
                lines++;
                String[] f = l.split("\t", -1);
                if (f.length == 1 && lines == 1 && l.strip().chars().allMatch(Character::isDigit) && l.strip().length() <= 12) {
                    lonelyNumber = epoch(l);
                    continue;
                }
                if (f.length == 8) {
                    String vendor = "(none)".equals(f[5]) ? null : f[5];
                    SoftwareInstall i = Parts.install(a, sink, f[0], vendor, f[2]);
                    if (i != null) {
                        long t = epoch(f[3]);
                        if (t > 0) {
                            i.setInstallDate(Date.from(Instant.ofEpochSecond(t)));
                        } else if (!f[3].isBlank() && !"(none)".equals(f[3].strip())) {
                            context.problem(Severity.WARNING, line, "installtime",
                                    PackagesMessages.get("pkg.installtime.invalid", f[3].strip()));
                        }
                    }
                } else if (f.length == 5 || f.length == 6) {
                    if (f.length == 6 && !f[5].isBlank() && !f[5].contains("installed")) {
                        removed++;
                        continue;
                    }
                    Parts.install(a, sink, f[0], null, f[2]);
                } else {
                    context.problem(Severity.WARNING, line, null, PackagesMessages.get("pkg.line.invalid", f.length));
                }
            }
        } catch (IOException e) {
            throw new OrigoException(PackagesMessages.get("pkg.unreadable", e.getMessage()), file, line, null, e);
        }
        if (removed > 0) {
            context.problem(Severity.INFO, -1, null, PackagesMessages.get("pkg.removed", removed));
        }
        if (lonelyNumber >= 0 && lines == 1) {
            context.problem(Severity.INFO, 1, null,
                    PackagesMessages.get("pkg.installtime", Instant.ofEpochSecond(lonelyNumber).toString()));
            return;
        }
        if (a.getSoftware().isEmpty()) {
            context.problem(Severity.WARNING, -1, null, PackagesMessages.get("pkg.empty"));
            return;
        }
        sink.accept(a, 1);
    }
}
