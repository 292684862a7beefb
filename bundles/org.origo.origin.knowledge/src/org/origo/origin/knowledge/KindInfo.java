package org.origo.origin.knowledge;

import org.origo.model.AssetKind;

/**
 * What kind of asset a maker or product line stands for (a Pantum device is a printer, a TaiShan is a
 * server), used when the inventory does not record the kind.
 */
public record KindInfo(String id, AssetKind kind, String source) {
}
