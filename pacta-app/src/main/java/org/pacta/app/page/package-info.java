/**
 * The web pages people read: server-rendered HTML (JTE templates precompiled into the jar, htmx only
 * for small in-page updates such as filters), in English and French. Routes here read the core
 * services and an in-memory {@link org.pacta.app.page.Snapshot} of the registry, rebuilt when the log
 * grows, so every page is a handful of map lookups rather than a query per row. This package may
 * depend on pacta-core and on {@code org.pacta.app.web} for the server; nothing depends on it but
 * {@code PactaServer}, which registers it through {@link org.pacta.app.page.Pages#register}.
 */
package org.pacta.app.page;
