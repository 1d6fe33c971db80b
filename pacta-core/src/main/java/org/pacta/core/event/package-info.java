/**
 * Dated timeline events, optionally coded with CAMEO and PLOVER for exchange with event datasets.
 */
package org.pacta.core.event;
