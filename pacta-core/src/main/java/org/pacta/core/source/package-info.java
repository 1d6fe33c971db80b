/**
 * Sources (press reports, transcripts, official texts, archive records) and the import of a
 * press report into a Source with its extracted Statements; report texts live in a content store
 * addressed by SHA-256.
 */
package org.pacta.core.source;
