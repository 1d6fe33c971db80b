/**
 * The registry's Merkle log in storage: tiles, entry bundles and signed checkpoints in the registry
 * database, the background integrator that extends the tree, the log key, and the proofs and
 * evidence bundles served to readers. The Merkle arithmetic itself is {@code pacta-log}'s; this
 * package only reads and writes what it computes.
 */
package org.pacta.core.tlog;
