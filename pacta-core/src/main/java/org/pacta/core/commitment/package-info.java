/**
 * Commitments graded by form (oral, political, legal) and their dated status history.
 */
package org.pacta.core.commitment;
