/**
 * Negotiation platforms: tracks, their sessions and typed messages, the concerns raised on them
 * and each addressed party's stance, and the view answering which concerns a party will discuss.
 */
package org.pacta.core.negotiation;
