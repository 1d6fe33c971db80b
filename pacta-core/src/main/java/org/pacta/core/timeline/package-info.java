/**
 * The merged, date-ordered view of every dated item, read through the registry's generic query.
 */
package org.pacta.core.timeline;
