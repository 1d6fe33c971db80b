/**
 * Evidence bundles: one self-contained text file proving that an entry is in the log (the entry,
 * its index, its inclusion proof and a signed, possibly cosigned, checkpoint), with its format,
 * its strict parser and the offline verification behind {@code pacta verify}. Depends on the JDK
 * and every other package of this module.
 */
package org.pacta.log.evidence;
