/**
 * Statements: attributed utterances reported by sources, classified by what they do.
 */
package org.pacta.core.statement;
