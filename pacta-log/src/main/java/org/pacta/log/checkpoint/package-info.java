/**
 * C2SP tlog-checkpoint: the checkpoint record (origin, size, root hash, extension lines) with its
 * strict parser, and signed checkpoints, that is checkpoints inside signed notes carrying the
 * log's signature and witnesses' tlog-cosignature/v1 cosignatures. Depends on the JDK, the root
 * package, {@code merkle} (hash size, empty root) and {@code note}.
 */
package org.pacta.log.checkpoint;
