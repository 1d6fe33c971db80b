/**
 * Pacta's transparency log, as pure functions over bytes: RFC 9162 Merkle hashing and proofs
 * ({@code merkle}), the C2SP tlog-tiles layout and tile-backed tree growth ({@code tiles}), C2SP
 * signed notes with Ed25519 keys and tlog-cosignature/v1 ({@code note}), tlog-checkpoints
 * ({@code checkpoint}), the tlog-witness decision rules ({@code witness}) and self-contained
 * evidence bundles ({@code evidence}). This root package owns only the two exception types every
 * sub-package reports with. The module depends on the JDK alone and never performs I/O: storage
 * is passed in as functions that read hashes or tiles.
 */
package org.pacta.log;
