package org.origo.inventory.spi;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.origo.inventory.api.AssetSink;
import org.origo.model.Asset;
import org.origo.model.AssetKind;
import org.origo.model.Component;
import org.origo.model.ComponentKind;
import org.origo.model.SoftwareInstall;

/**
 * The GLPI agent vocabulary, shared by GLPI native JSON ({@code content/bios/smanufacturer}) and
 * OCS / FusionInventory XML ({@code REQUEST/CONTENT/BIOS/SMANUFACTURER}): maps one inventory
 * document to assets. Computers and phones give one asset; network equipment and printers (SNMP
 * inventories, {@code DEVICE/INFO}) one asset; network discovery gives one asset per
 * {@code DEVICE}.
 */
public final class AgentContent {

    private AgentContent() {
    }

    /**
     * Maps a document whose root holds {@code content} (GLPI) or {@code CONTENT} (OCS).
     *
     * @return the assets, in document order (empty when the document describes none)
     */
    public static List<Asset> map(Node root, String file, AssetSink sink) {
        List<Asset> out = new ArrayList<>();
        Node content = root.child("content");
        if (content == null) {
            return out;
        }
        String itemtype = root.first("itemtype", "content/itemtype");
        List<Node> devices = content.all("device");
        Node netdev = content.child("network_device");
        if (netdev != null) {
            out.add(device(netdev, content, itemtype, file, root));
        } else if (!devices.isEmpty() && content.child("bios") == null && content.child("hardware") == null) {
            for (Node d : devices) {
                Node info = d.child("info");
                out.add(device(info != null ? info : d, d, itemtype, file, root));
            }
        } else if (content.child("bios") != null || content.child("hardware") != null
                || content.child("operatingsystem") != null || content.child("softwares") != null
                || content.child("cpus") != null) {
            out.add(computer(content, itemtype, file, sink, root));
        }
        boolean partial = "true".equalsIgnoreCase(root.get("partial"));
        for (Asset a : out) {
            if (partial) {
                Parts.property(a, "inventory.partial", "true");
            }
            String deviceId = root.first("deviceid");
            if (deviceId != null) {
                Parts.property(a, "agent.deviceid", deviceId);
            }
        }
        return out;
    }

    private static Asset computer(Node c, String itemtype, String file, AssetSink sink, Node root) {
        Asset a = Parts.asset(file);
        Node bios = c.child("bios");
        Node hw = c.child("hardware");
        if (hw != null) {
            a.setHostname(Parts.clean(hw.get("name")));
            a.setUuid(Parts.clean(hw.get("uuid")));
        }
        if (bios != null) {
            a.setSerial(Parts.clean(bios.get("ssn")));
            a.setAssetTag(Parts.clean(bios.get("assettag")));
            String sv = bios.get("smanufacturer");
            String sp = bios.get("smodel");
            if (sv != null || sp != null) {
                Component s = Parts.add(a, ComponentKind.SYSTEM, sv, sp);
                s.setModel(Parts.clean(bios.get("skunumber")));
                s.setSerial(Parts.clean(bios.get("ssn")));
            }
            String mv = bios.get("mmanufacturer");
            String mp = bios.get("mmodel");
            if (mv != null || mp != null) {
                Component b = Parts.add(a, ComponentKind.BOARD, mv, mp);
                b.setSerial(Parts.clean(bios.get("msn")));
            }
            String bv = bios.get("bmanufacturer");
            String bver = bios.get("bversion");
            if (bv != null || bver != null) {
                Component f = Parts.add(a, ComponentKind.FIRMWARE, bv, null);
                f.setVersion(Parts.clean(bver));
            }
        }
        // kind: the item type, else the chassis, else the virtual platform
        AssetKind kind = itemKind(itemtype);
        String vm = hw == null ? null : Kinds.vmSystem(hw.get("vmsystem"));
        Component sys = Parts.first(a, ComponentKind.SYSTEM);
        if (vm == null && sys != null) {
            vm = Kinds.virtualPlatform(sys.getVendor(), sys.getProduct());
        }
        if (vm != null) {
            kind = AssetKind.VIRTUAL_MACHINE;
            Parts.add(a, ComponentKind.HYPERVISOR, null, vm);
        } else if (kind == null || kind == AssetKind.OTHER) {
            AssetKind chassis = hw == null ? null : Kinds.of(hw.get("chassis_type"));
            if (chassis != null) {
                kind = chassis;
            }
        }
        a.setKind(kind == null ? AssetKind.UNKNOWN : kind);

        Node os = c.child("operatingsystem");
        if (os != null) {
            String full = os.first("full_name", "name");
            Component o = Parts.add(a, ComponentKind.OS, null, full);
            o.setVersion(Parts.clean(os.first("version", "kernel_version")));
            o.setArchitecture(Parts.architecture(os.get("arch")));
        } else if (hw != null && hw.get("osname") != null) {
            Component o = Parts.add(a, ComponentKind.OS, null, hw.get("osname"));
            o.setVersion(Parts.clean(hw.get("osversion")));
            o.setArchitecture(Parts.architecture(hw.get("archname")));
        }
        for (Node cpu : c.all("cpus")) {
            String name = cpu.first("name", "type");
            Component p = Parts.add(a, ComponentKind.CPU, cpu.get("manufacturer"), name);
            int cores = Parts.leadingInt(cpu.get("core"));
            if (cores > 0) {
                p.setCores(cores);
            }
            p.setArchitecture(Parts.architecture(cpu.get("arch")));
        }
        for (Node m : c.all("memories")) {
            long mb = Parts.megabytes(m.get("capacity"));
            if (mb <= 0) {
                continue;
            }
            Component mem = Parts.add(a, ComponentKind.MEMORY, m.get("manufacturer"), m.first("model", "description"));
            mem.setCapacityMb(mb);
            mem.setSerial(Parts.clean(m.get("serialnumber")));
        }
        for (Node s : c.all("storages")) {
            Component st = Parts.add(a, ComponentKind.STORAGE, s.get("manufacturer"), s.first("model", "name"));
            st.setSerial(Parts.clean(s.get("serial")));
            long mb = Parts.megabytes(s.get("disksize"));
            if (mb > 0) {
                st.setCapacityMb(mb);
            }
        }
        for (Node ctl : c.all("controllers")) {
            String type = ctl.get("type");
            boolean gpu = type != null && (type.contains("VGA") || type.contains("3D") || type.contains("Display"));
            Component k = Parts.add(a, gpu ? ComponentKind.GPU : ComponentKind.CONTROLLER, ctl.get("manufacturer"),
                    ctl.first("name", "caption"));
            k.setVendorId(Parts.hexId(ctl.get("vendorid") != null ? ctl.get("vendorid") : ctl.get("pciid")));
            String pci = ctl.get("pciid");
            if (pci != null && pci.indexOf(':') > 0) {
                k.setDeviceId(Parts.hexId(pci.substring(pci.indexOf(':') + 1)));
            } else {
                k.setDeviceId(Parts.hexId(ctl.get("productid")));
            }
        }
        for (Node v : c.all("videos")) {
            Parts.add(a, ComponentKind.GPU, null, v.first("chipset", "name"));
        }
        for (Node m : c.all("monitors")) {
            Component d = Parts.add(a, ComponentKind.DISPLAY, m.get("manufacturer"), m.first("caption", "description"));
            d.setSerial(Parts.clean(m.get("serial")));
        }
        for (Node n : c.all("networks")) {
            String mac = Parts.clean(n.get("macaddr") != null ? n.get("macaddr") : n.get("mac"));
            boolean virtual = "true".equalsIgnoreCase(n.get("virtualdev")) || "1".equals(n.get("virtualdev"));
            if (!virtual && mac != null && a.getMacAddress() == null && !mac.startsWith("00:00:00:00:00:00")) {
                a.setMacAddress(mac.toLowerCase(Locale.ROOT));
            }
            String pci = n.get("pciid");
            if (!virtual && (pci != null || n.get("manufacturer") != null)) {
                Component nic = Parts.add(a, ComponentKind.NIC, n.get("manufacturer"), n.first("model", "description"));
                nic.setVendorId(Parts.hexId(pci));
                if (pci != null && pci.indexOf(':') > 0) {
                    nic.setDeviceId(Parts.hexId(pci.substring(pci.indexOf(':') + 1)));
                }
            }
        }
        for (Node s : c.all("softwares")) {
            SoftwareInstall i = Parts.install(a, sink, s.get("name"), s.get("publisher"), s.get("version"));
            if (i != null) {
                i.setInstallDate(isoDate(s.first("install_date", "installdate")));
            }
        }
        for (Node acc : c.all("accountinfo")) {
            if ("TAG".equalsIgnoreCase(acc.get("keyname"))) {
                Parts.property(a, "agent.tag", Parts.clean(acc.get("keyvalue")));
            }
        }
        String tag = root.first("tag");
        if (tag != null) {
            Parts.property(a, "agent.tag", tag);
        }
        return a;
    }

    private static Asset device(Node d, Node outer, String itemtype, String file, Node root) {
        Asset a = Parts.asset(file);
        a.setHostname(Parts.clean(d.first("name", "snmphostname", "dnshostname", "netbiosname")));
        if (a.getHostname() == null && outer != d) {
            a.setHostname(Parts.clean(outer.first("snmphostname", "dnshostname", "netbiosname")));
        }
        a.setSerial(Parts.clean(d.get("serial")));
        a.setAssetTag(Parts.clean(d.get("assettag")));
        String mac = Parts.clean(d.get("mac"));
        if (mac == null && outer != d) {
            mac = Parts.clean(outer.get("mac"));
        }
        a.setMacAddress(mac == null ? null : mac.toLowerCase(Locale.ROOT));
        a.setSite(Parts.clean(d.get("location")));
        AssetKind kind = Kinds.of(d.get("type"));
        if (kind == null) {
            kind = itemKind(itemtype);
        }
        a.setKind(kind == null ? AssetKind.UNKNOWN : kind);
        String vendor = d.get("manufacturer");
        String model = d.get("model");
        if (vendor != null || model != null) {
            Parts.add(a, ComponentKind.SYSTEM, vendor, model);
        }
        List<Node> fws = new ArrayList<>(outer.all("firmwares"));
        if (outer != d) {
            fws.addAll(d.all("firmwares"));
        }
        boolean fw = false;
        for (Node f : fws) {
            Component c = Parts.add(a, ComponentKind.FIRMWARE, f.get("manufacturer"), f.get("name"));
            c.setVersion(Parts.clean(f.get("version")));
            fw = true;
        }
        if (!fw && d.get("firmware") != null) {
            Component c = Parts.add(a, ComponentKind.FIRMWARE, vendor, null);
            c.setVersion(Parts.clean(d.get("firmware")));
        }
        String cpu = d.get("cpu");
        if (cpu != null && !cpu.chars().allMatch(Character::isDigit)) {
            Parts.add(a, ComponentKind.CPU, null, cpu);
        }
        return a;
    }

    private static AssetKind itemKind(String itemtype) {
        if (itemtype == null) {
            return null;
        }
        switch (itemtype.trim().toLowerCase(Locale.ROOT)) {
        case "networkequipment":
            return AssetKind.NETWORK;
        case "printer":
            return AssetKind.PRINTER;
        case "phone":
            return AssetKind.PHONE;
        case "computer":
            return null;
        default:
            return Kinds.of(itemtype);
        }
    }

    /** A date written {@code yyyy-MM-dd} or {@code yyyy/MM/dd} (time ignored), or null. */
    public static Date isoDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        char s1 = s.charAt(4);
        char s2 = s.charAt(7);
        if ((s1 != '-' && s1 != '/') || s2 != s1) {
            return null;
        }
        try {
            int y = Integer.parseInt(s.substring(0, 4));
            int m = Integer.parseInt(s.substring(5, 7));
            int d = Integer.parseInt(s.substring(8, 10));
            return Date.from(LocalDate.of(y, m, d).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
