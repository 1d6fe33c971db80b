/**
 * The C2SP tlog-tiles layout: tile and entry-bundle paths (encode and strict parse, for HTTP
 * routing), which tiles exist at a tree size and their partial widths, the entry-bundle
 * encoding, a {@link org.pacta.log.merkle.NodeReader} answered from hash tiles, and the
 * {@link org.pacta.log.tiles.Integrator} that appends leaves and returns the tiles that changed.
 * Storage is reached only through {@link org.pacta.log.tiles.TileReader}. Depends on the JDK,
 * the root package and {@code merkle}.
 */
package org.pacta.log.tiles;
