/**
 * The HTTP server's plumbing: building the server, mapping every failure to an RFC 9457 problem,
 * bearer-token authentication and who may write what. Depends on core; knows no route but the home page.
 */
package org.pacta.app.web;
