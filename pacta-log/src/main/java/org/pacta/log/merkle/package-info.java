/**
 * RFC 9162 Merkle trees: the hasher holding both domain-separation prefixes, inclusion and
 * consistency proof generation from a {@link org.pacta.log.merkle.NodeReader} (storage is passed
 * in, never touched), strict verification of both proof kinds (RFC 9162 §2.1.3.2 and §2.1.4.2,
 * with the length and empty-tree rules of transparency-dev/merkle), and the compact range that
 * grows a tree with O(log n) state. Depends on the JDK and the root package only.
 */
package org.pacta.log.merkle;
