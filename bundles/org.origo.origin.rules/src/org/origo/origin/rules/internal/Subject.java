package org.origo.origin.rules.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.origo.api.Text;
import org.origo.model.OriginRole;
import org.origo.model.Party;
import org.origo.model.SoftwareCategory;
import org.origo.origin.knowledge.CpuInfo;
import org.origo.origin.knowledge.Knowledge;
import org.origo.origin.knowledge.OsInfo;
import org.origo.origin.knowledge.TitleInfo;

/**
 * What the engine knows about one recorded component or software title: the company it comes from
 * (brand owner, designer or publisher), that company's country, and for CPUs, systems and titles
 * what they were identified as. Shared by every component with the same recorded identity.
 */
public final class Subject {

    /** How well the inventory identified the component. */
    public enum Status {
        /** A known company. */
        IDENTIFIED,
        /** A value that names no company Origo knows. */
        UNRECOGNISED,
        /** A placeholder such as "To be filled by O.E.M.". */
        PLACEHOLDER,
        /** The component is recorded but its vendor is empty. */
        MISSING,
        /** The inventory does not record the component at all. */
        NOT_INVENTORIED
    }

    /** Kind name used for software titles (component kinds use their own names). */
    public static final String SOFTWARE = "SOFTWARE";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final int seq = SEQUENCE.incrementAndGet();
    final String key;
    /** The key as stored in {@code OriginFacts.key} (printable). */
    final String factsKey;
    final String kind;
    final Status status;
    final Party party;
    final OriginRole role;
    final String country;
    final String controllerCountry;
    final String product;
    final String raw;
    final CpuInfo cpu;
    final String abi;
    final OsInfo os;
    final TitleInfo title;
    final SoftwareCategory category;
    /** How the engine arrived at this subject when it is a technician's fallback (null when recorded as is). */
    final Text note;

    Subject(String key, String kind, Status status, Party party, OriginRole role, String product, String raw, CpuInfo cpu, String abi,
            OsInfo os, TitleInfo title, SoftwareCategory category) {
        this(key, kind, status, party, role, product, raw, cpu, abi, os, title, category, null);
    }

    Subject(String key, String kind, Status status, Party party, OriginRole role, String product, String raw, CpuInfo cpu, String abi,
            OsInfo os, TitleInfo title, SoftwareCategory category, Text note) {
        this.note = note;
        this.key = key;
        this.factsKey = key.replace('\u0001', '|');
        this.kind = kind;
        this.status = status;
        this.party = party;
        this.role = role;
        this.country = Knowledge.country(party);
        this.controllerCountry = Knowledge.controllerCountry(party);
        this.product = product;
        this.raw = raw;
        this.cpu = cpu;
        this.abi = abi;
        this.os = os;
        this.title = title;
        this.category = category;
    }

    public String key() {
        return key;
    }

    public String kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public Party party() {
        return party;
    }

    public String country() {
        return country;
    }

    /** Whether the company or its ultimate controller is headquartered in the United States. */
    public boolean usOrigin() {
        return "US".equals(country) || "US".equals(controllerCountry);
    }

    /** True when the party or one of its controllers has one of the ids. */
    boolean partyIn(java.util.Set<String> ids) {
        return isIn(party, ids);
    }

    static boolean isIn(Party p, java.util.Set<String> ids) {
        if (p == null) {
            return false;
        }
        if (ids.contains(p.getId())) {
            return true;
        }
        Party parent = p.getParent();
        if (parent != null && ids.contains(parent.getId())) {
            return true;
        }
        Party c = p.getUltimateController();
        return c != null && ids.contains(c.getId());
    }
}
