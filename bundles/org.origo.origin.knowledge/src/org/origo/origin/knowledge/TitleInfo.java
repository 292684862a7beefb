package org.origo.origin.knowledge;

import org.origo.model.Party;
import org.origo.model.SoftwareCategory;

/** A well-known software title: canonical name, publisher and category (office suite, database...). */
public record TitleInfo(String id, String name, Party publisher, SoftwareCategory category, String source, double confidence) {
}
