package org.origo.origin.knowledge;

import org.origo.model.Party;

/**
 * What a CPU is: its family, the company that designed it, the instruction set and, when the design
 * is licensed, the company that licensed the instruction set (for example Hygon: x86 under an AMD
 * licence). {@code licensor} is null when the designer owns the instruction set.
 */
public record CpuInfo(String id, String family, Party designer, String isa, String isaFamily, Party licensor, String licence,
        String source, double confidence) {
}
