/**
 * Who may write: bearer tokens stored as digests, roles, and the admin token made on first start.
 * Depends on storage only; the HTTP layer turns a token into a {@link org.pacta.core.access.Principal}.
 */
package org.pacta.core.access;
