/**
 * Origin knowledge for profiles: companies with aliases and headquarters countries
 * ({@link org.origo.origin.knowledge.Knowledge#party(String)}), CPU identification with designer and
 * instruction-set licensor, operating system lineages and well-known software titles. The data lives
 * in JSON files inside the bundle ({@code data/}), validated on load.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.origo.origin.knowledge;
