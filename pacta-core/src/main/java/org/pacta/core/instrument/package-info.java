/**
 * Instruments and their texts: immutable versions of provisions with stable eids, redlines,
 * positions, dated actions and the status derived from them, party keys and verified signatures.
 * Depends on registry and on pacta-log for Ed25519 keys.
 */
package org.pacta.core.instrument;
