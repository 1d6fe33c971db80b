/**
 * The core's entry point: {@link org.pacta.core.Pacta} wires one open registry to its services,
 * and {@link org.pacta.core.PactaException} is the one root of the failures they report.
 */
package org.pacta.core;
