package org.pacta.app.page;

import org.pacta.core.allegation.Allegation.Finding;
import org.pacta.core.commitment.StatusChange.CommitmentStatus;
import org.pacta.core.instrument.InstrumentStatus;
import org.pacta.core.instrument.Position;
import org.pacta.core.instrument.Redline.Change;
import org.pacta.core.negotiation.Stance.StanceValue;

/**
 * The shape shown beside a status's words, so that a badge tells its meaning without colour (WCAG
 * 1.4.1). Plain text characters, not emoji, so they render alike everywhere; screen readers skip
 * them (the templates mark them aria-hidden) and read the words.
 */
public final class Symbols {

    private Symbols() {
    }

    public static String of(Enum<?> value) {
        if (value instanceof StanceValue stance) {
            return switch (stance) {
                case WILL_DISCUSS -> "✓";
                case WONT_DISCUSS -> "✗";
                case UNSTATED -> "?";
            };
        }
        if (value instanceof CommitmentStatus status) {
            return switch (status) {
                case ACTIVE -> "○";
                case KEPT -> "✓";
                case BROKEN -> "✗";
                case DISPUTED -> "!";
                case WITHDRAWN -> "↩";
                case SUPERSEDED -> "→";
                case EXPIRED -> "–";
            };
        }
        if (value instanceof InstrumentStatus.Code code) {
            return switch (code) {
                case DRAFT, PROPOSED -> "○";
                case SIGNED -> "✎";
                case ADOPTED, IN_FORCE -> "✓";
                case REJECTED, TERMINATED -> "✗";
                case SUSPENDED -> "‖";
            };
        }
        if (value instanceof Finding finding) {
            return switch (finding) {
                case UNRESOLVED -> "?";
                case SUBSTANTIATED -> "✓";
                case NOT_SUBSTANTIATED -> "✗";
                case DISPUTED -> "!";
            };
        }
        if (value instanceof Position.Stand stand) {
            return switch (stand) {
                case ACCEPT -> "✓";
                case REJECT -> "✗";
                case RESERVE -> "!";
                case COUNTER_PROPOSAL -> "↻";
            };
        }
        if (value instanceof Change change) {
            return switch (change) {
                case ADDED -> "+";
                case REMOVED -> "−";
                case CHANGED -> "~";
                case UNCHANGED -> "=";
            };
        }
        return "";
    }
}
