/**
 * Opening the registry database (SQLite file or PostgreSQL server), connection pooling and schema
 * migration with Flyway. Knows nothing of the domain; everything else reaches SQL through
 * {@link org.jdbi.v3.core.Jdbi} handed out here.
 */
package org.pacta.core.storage;
