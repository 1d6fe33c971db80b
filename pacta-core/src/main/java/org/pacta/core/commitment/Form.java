package org.pacta.core.commitment;

/**
 * How binding a promise is, weakest first: spoken, written but political, legally binding. The
 * order is the point of the seed's complaint, so it is the enum order.
 */
public enum Form {
    ORAL, POLITICAL, LEGAL
}
