/**
 * The one JSON configuration: strict reading that names the field at fault, output without
 * absent values, and RFC 8785 canonical bytes for what is hashed or signed. Depends on Jackson and
 * the EDTF type only.
 */
package org.pacta.core.json;
