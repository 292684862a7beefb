package org.origo.origin.rules.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.origo.api.Text;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.OriginRole;
import org.origo.model.Party;
import org.origo.model.SoftwareCategory;
import org.origo.model.SoftwareTitle;
import org.origo.origin.knowledge.CpuInfo;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.knowledge.OsInfo;
import org.origo.origin.knowledge.TitleInfo;
import org.origo.origin.rules.internal.Subject.Status;
import org.origo.origin.rules.internal.i18n.RulesMessages;

/**
 * Turns recorded components and software titles into {@link Subject}s using the origin knowledge.
 * Results are cached by the recorded identity, so a million assets with the same few models
 * cost a few hundred look-ups.
 */
public final class SubjectResolver {

    private static final int CACHE_LIMIT = 500_000;
    private static final char SEP = '\u0001';
    private static final java.util.regex.Pattern WS = java.util.regex.Pattern.compile("\\s+");

    private final Knowledge knowledge;
    private final Map<String, Subject> cache = new ConcurrentHashMap<>();

    public SubjectResolver(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public Subject component(Component c) {
        ComponentKind kind = c.getKind() == null ? ComponentKind.OTHER : c.getKind();
        StringBuilder sb = new StringBuilder(96).append(kind.getName());
        for (String s : new String[] { c.getVendor(), c.getRawVendor(), c.getProduct(), c.getModel(), c.getVendorId(), c.getDeviceId(),
                c.getArchitecture(), c.getAbi() }) {
            sb.append(SEP);
            if (s != null) {
                sb.append(s);
            }
        }
        return cached(sb.toString(), k -> buildComponent(k, kind, c));
    }

    public Subject title(SoftwareTitle t) {
        String key = "SOFTWARE" + SEP + nz(t.getName()) + SEP + nz(t.getPublisher()) + SEP + nz(t.getRawPublisher()) + SEP
                + (t.getCategory() == null ? "" : t.getCategory().getName());
        return cached(key, k -> buildTitle(k, t));
    }

    /** A subject standing for a component kind the inventory does not record. */
    public Subject notInventoried(String kind) {
        return cached("NOT_INVENTORIED" + SEP + kind,
                k -> new Subject(k, kind, Status.NOT_INVENTORIED, null, null, null, null, null, null, null, null, null));
    }

    /**
     * The system brand read from the mainboard when the system maker is a placeholder or empty (or no
     * system is recorded) and the mainboard maker is known, as a technician would; null otherwise.
     * The subject carries a note saying so, which the explanation repeats.
     */
    public Subject boardFallback(Subject system, Subject board) {
        if (board == null || board.status != Status.IDENTIFIED || firmwareOnly(board.party)) {
            return null;
        }
        if (system != null && system.status != Status.PLACEHOLDER && system.status != Status.MISSING) {
            return null;
        }
        String key = "BOARD-AS-SYSTEM" + SEP + (system == null ? "" : system.key) + SEP + board.key;
        return cached(key, k -> {
            Text note = system == null ? RulesMessages.get("engine.brand.from.board.none")
                    : RulesMessages.get("engine.brand.from.board", system.raw == null ? "" : system.raw);
            String product = system != null && system.product != null ? system.product : board.product;
            return new Subject(k, ComponentKind.SYSTEM.getName(), Status.IDENTIFIED, board.party, OriginRole.BRAND_OWNER, product,
                    board.raw, null, null, null, null, null, note);
        });
    }

    /** A firmware kit maker (AMI, Insyde, Phoenix) in the mainboard field is a kit default, not the maker of the board. */
    private static boolean firmwareOnly(Party p) {
        return p == null || p.getRoles().isEmpty() || p.getRoles().stream().allMatch("firmware"::equals);
    }

    private Subject cached(String key, java.util.function.Function<String, Subject> build) {
        Subject s = cache.get(key);
        if (s != null) {
            return s;
        }
        s = build.apply(key);
        if (cache.size() < CACHE_LIMIT) {
            Subject prev = cache.putIfAbsent(key, s);
            if (prev != null) {
                return prev;
            }
        }
        return s;
    }

    private Subject buildComponent(String key, ComponentKind kind, Component c) {
        String raw = firstNonBlank(c.getRawVendor(), c.getVendor());
        Party vendor = party(c.getVendor()).or(() -> party(c.getRawVendor())).orElse(null);
        String product = clean(firstNonBlank(c.getProduct(), c.getModel()));
        if (product != null && knowledge.isPlaceholder(product)) {
            product = null;
        }
        String vendorId = vendor == null ? null : vendor.getId();
        CpuInfo cpu = null;
        OsInfo os = null;
        String abi = null;
        Party party;
        OriginRole role;
        switch (kind) {
        case CPU:
            cpu = knowledge.cpu(vendorId, product, c.getVendorId(), c.getDeviceId(), c.getArchitecture()).orElse(null);
            party = cpu != null ? cpu.designer() : vendor != null && vendor.getRoles().contains("cpu") ? vendor : null;
            if (cpu != null && "LoongArch".equals(cpu.isaFamily())) {
                abi = Knowledge.loongArchAbi(c.getAbi(), c.getArchitecture());
            }
            role = OriginRole.DESIGNER;
            break;
        case OS:
            os = knowledge.os(product == null ? c.getProduct() : product, vendorId).orElse(null);
            party = os != null ? os.publisher() : vendor;
            role = OriginRole.PUBLISHER;
            break;
        case HYPERVISOR:
            party = vendor != null ? vendor : product == null ? null : knowledge.party(product).orElse(null);
            role = OriginRole.BRAND_OWNER;
            break;
        case FIRMWARE:
            party = vendor;
            role = OriginRole.PUBLISHER;
            break;
        case SYSTEM:
        case BOARD:
        case CHASSIS:
        case DISPLAY:
            party = vendor;
            role = OriginRole.BRAND_OWNER;
            break;
        default:
            party = vendor;
            role = OriginRole.MANUFACTURER;
        }
        Status status;
        if (party != null) {
            status = Status.IDENTIFIED;
        } else {
            boolean cpuLike = kind == ComponentKind.CPU || kind == ComponentKind.OS || kind == ComponentKind.HYPERVISOR;
            status = status(raw, cpuLike ? c.getProduct() : null);
        }
        return new Subject(key, kind.getName(), status, party, role, product, clean(raw), cpu, abi, os, null, null);
    }

    private Subject buildTitle(String key, SoftwareTitle t) {
        TitleInfo info = knowledge.title(t.getName()).orElse(null);
        Party party = info != null ? info.publisher()
                : party(t.getPublisher()).or(() -> party(t.getRawPublisher())).orElse(null);
        SoftwareCategory category = info != null ? info.category() : t.getCategory() == null ? SoftwareCategory.OTHER : t.getCategory();
        String raw = firstNonBlank(t.getRawPublisher(), t.getPublisher());
        Status status = party != null ? Status.IDENTIFIED : status(raw, null);
        if (status == Status.MISSING && t.getName() != null && !t.getName().isBlank()) {
            status = Status.UNRECOGNISED;
        }
        String product = clean(info != null ? info.name() : t.getName());
        return new Subject(key, Subject.SOFTWARE, status, party, OriginRole.PUBLISHER, product, clean(raw), null, null, null, info,
                category);
    }

    private Status status(String raw, String product) {
        boolean placeholder = false;
        for (String v : new String[] { raw, product }) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (knowledge.isPlaceholder(v)) {
                placeholder = true;
            } else {
                return Status.UNRECOGNISED;
            }
        }
        return placeholder ? Status.PLACEHOLDER : Status.MISSING;
    }

    private Optional<Party> party(String raw) {
        return knowledge.party(raw);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = WS.matcher(s.trim()).replaceAll(" ");
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
