/**
 * Allegations of breach between parties, with responses, counter-allegations and findings.
 */
package org.pacta.core.allegation;
