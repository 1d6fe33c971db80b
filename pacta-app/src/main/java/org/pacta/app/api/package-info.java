/**
 * The JSON API under /api/v1: collections and nested lists described as data, the route table
 * the OpenAPI document is generated from, accounts, signatures and redlines, press reports. Calls
 * core's services; holds no domain rule of its own.
 */
package org.pacta.app.api;
