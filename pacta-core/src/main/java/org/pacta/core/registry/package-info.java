/**
 * The registry's storage model: every recorded thing is an immutable {@link org.pacta.core.registry.Item},
 * written together with the log entry that records it, and read back through generic, paged,
 * filtered queries. Depends on storage and JSON only; the feature packages define the items.
 */
package org.pacta.core.registry;
