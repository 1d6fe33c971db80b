/**
 * The Merkle log over HTTP (C2SP tlog-tiles, proofs, evidence bundles) and the witness server.
 * Depends on core's {@code tlog} and on {@code pacta-log}; holds no Merkle logic of its own.
 */
package org.pacta.app.log;
