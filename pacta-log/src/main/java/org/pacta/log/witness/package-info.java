/**
 * The C2SP tlog-witness protocol without I/O: the {@code add-checkpoint} request body (parse and
 * format) and the witness's decision for a request given its stored state, with the status code
 * the spec assigns to each outcome and the cosignature lines to send back. The server that uses
 * it owns persistence and must make the read-check-update atomic. Depends on the JDK, the root
 * package, {@code merkle}, {@code note} and {@code checkpoint}.
 */
package org.pacta.log.witness;
