package org.pacta.log;

import java.util.HexFormat;
import java.util.Optional;

/**
 * A proof, signature or bundle that is well formed but does not verify. {@link #getMessage()} is
 * a one-line reason; when the failure is a root mismatch, {@link #expectedRoot()} holds the root
 * the caller trusted and {@link #computedRoot()} the root the proof led to, so that the evidence
 * of a misbehaving log can be kept.
 */
public final class VerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final byte[] expectedRoot;
    private final byte[] computedRoot;

    public VerificationException(String reason) {
        this(reason, null, null);
    }

    private VerificationException(String reason, byte[] expectedRoot, byte[] computedRoot) {
        super(reason);
        this.expectedRoot = expectedRoot;
        this.computedRoot = computedRoot;
    }

    /** A root mismatch; the message names both roots in hex after {@code what}. */
    public static VerificationException rootMismatch(String what, byte[] expectedRoot, byte[] computedRoot) {
        HexFormat hex = HexFormat.of();
        return new VerificationException(
                what + ": expected root " + hex.formatHex(expectedRoot) + ", computed " + hex.formatHex(computedRoot),
                expectedRoot.clone(),
                computedRoot.clone());
    }

    /** The root the verifier was asked to reach, when the failure is a root mismatch. */
    public Optional<byte[]> expectedRoot() {
        return Optional.ofNullable(expectedRoot).map(byte[]::clone);
    }

    /** The root the proof actually leads to, when the failure is a root mismatch. */
    public Optional<byte[]> computedRoot() {
        return Optional.ofNullable(computedRoot).map(byte[]::clone);
    }
}
