package org.origo.origin.knowledge.internal;

import java.util.Optional;

import org.origo.api.OrigoException;
import org.origo.model.Party;
import org.origo.origin.api.VendorDirectory;
import org.origo.origin.knowledge.Knowledge;
import org.osgi.service.component.annotations.Component;

/** The companies of the built-in origin knowledge as a {@link VendorDirectory} service. */
@Component(service = VendorDirectory.class, property = { "origo.directory.id=origo.knowledge" })
public class KnowledgeVendorDirectory implements VendorDirectory {

    private final Knowledge knowledge;

    public KnowledgeVendorDirectory() throws OrigoException {
        this.knowledge = Knowledge.builtIn();
    }

    @Override
    public Optional<Party> party(String raw) {
        return knowledge.party(raw);
    }

    @Override
    public Optional<Party> byId(String id) {
        return knowledge.byId(id);
    }
}
