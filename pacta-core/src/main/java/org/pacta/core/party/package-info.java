/**
 * Parties (states, alliances, organisations), their memberships over time and their successors.
 */
package org.pacta.core.party;
