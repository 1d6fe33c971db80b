package org.pacta.log.note;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 on the JDK's own provider, working with raw RFC 8032 keys: a 32-byte seed and a
 * 32-byte public key.
 *
 * <p>The JDK signs from a raw seed ({@link EdECPrivateKeySpec}) but has no public way to derive
 * the public key from it, which Go's private key strings require (they carry the seed alone). So
 * the public key is derived here by RFC 8032 §5.1.5 itself: hash the seed with SHA-512, clamp
 * the low half into a scalar and multiply the base point in extended twisted Edwards coordinates.
 * This runs only when a key is loaded or made; it is not constant-time, which is acceptable for
 * loading a key the process already holds, never for secret data chosen by an attacker.
 */
final class Ed25519 {
    static final int KEY_SIZE = 32;
    static final int SIGNATURE_SIZE = 64;

    /** DER SubjectPublicKeyInfo header of an Ed25519 key (RFC 8410), followed by the 32 key bytes. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger[] BASE = basePoint();

    private Ed25519() {
    }

    /** The RFC 8032 public key of {@code seed}. */
    static byte[] publicKey(byte[] seed) {
        checkLength(seed, "seed");
        byte[] digest = sha512(seed);
        byte[] scalar = new byte[KEY_SIZE];
        for (int i = 0; i < KEY_SIZE; i++) {
            scalar[i] = digest[KEY_SIZE - 1 - i];
        }
        scalar[KEY_SIZE - 1] &= (byte) 0xF8;
        scalar[0] &= 0x7F;
        scalar[0] |= 0x40;
        return encode(multiply(new BigInteger(1, scalar), BASE));
    }

    static PrivateKey privateKey(byte[] seed) {
        checkLength(seed, "seed");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected an Ed25519 seed", e);
        }
    }

    /** The JDK key for raw public key bytes. */
    static PublicKey jdkPublicKey(byte[] publicKey) throws GeneralSecurityException {
        checkLength(publicKey, "public key");
        byte[] encoded = new byte[SPKI_PREFIX.length + KEY_SIZE];
        System.arraycopy(SPKI_PREFIX, 0, encoded, 0, SPKI_PREFIX.length);
        System.arraycopy(publicKey, 0, encoded, SPKI_PREFIX.length, KEY_SIZE);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    static byte[] sign(PrivateKey key, byte[]... message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            for (byte[] part : message) {
                signature.update(part);
            }
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is valid; a malformed signature is simply invalid. */
    static boolean verify(PublicKey key, byte[] signature, byte[]... message) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            for (byte[] part : message) {
                verifier.update(part);
            }
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static BigInteger[] basePoint() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        BigInteger y2 = y.multiply(y);
        BigInteger x2 = y2.subtract(BigInteger.ONE).multiply(D.multiply(y2).add(BigInteger.ONE).modInverse(P)).mod(P);
        // p = 5 (mod 8): a square root is x2^((p+3)/8), possibly times sqrt(-1) = 2^((p-1)/4).
        BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).mod(P).equals(x2)) {
            x = x.multiply(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P)).mod(P);
        }
        if (x.testBit(0)) {
            x = P.subtract(x);
        }
        return new BigInteger[] {x, y, BigInteger.ONE, x.multiply(y).mod(P)};
    }

    private static BigInteger[] multiply(BigInteger scalar, BigInteger[] point) {
        BigInteger[] result = {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        for (int bit = scalar.bitLength() - 1; bit >= 0; bit--) {
            result = add(result, result);
            if (scalar.testBit(bit)) {
                result = add(result, point);
            }
        }
        return result;
    }

    /** RFC 8032 §5.1.4 addition; complete on this curve, so it also doubles. */
    private static BigInteger[] add(BigInteger[] p, BigInteger[] q) {
        BigInteger a = p[1].subtract(p[0]).multiply(q[1].subtract(q[0])).mod(P);
        BigInteger b = p[1].add(p[0]).multiply(q[1].add(q[0])).mod(P);
        BigInteger c = p[3].multiply(BigInteger.TWO).multiply(D).multiply(q[3]).mod(P);
        BigInteger d = p[2].multiply(BigInteger.TWO).multiply(q[2]).mod(P);
        BigInteger e = b.subtract(a);
        BigInteger f = d.subtract(c);
        BigInteger g = d.add(c);
        BigInteger h = b.add(a);
        return new BigInteger[] {e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P)};
    }

    private static byte[] encode(BigInteger[] point) {
        BigInteger inverse = point[2].modInverse(P);
        BigInteger x = point[0].multiply(inverse).mod(P);
        BigInteger y = point[1].multiply(inverse).mod(P);
        byte[] bigEndian = y.toByteArray();
        byte[] encoded = new byte[KEY_SIZE];
        for (int i = 0; i < KEY_SIZE && i < bigEndian.length; i++) {
            encoded[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (x.testBit(0)) {
            encoded[KEY_SIZE - 1] |= (byte) 0x80;
        }
        return encoded;
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no SHA-512", e);
        }
    }

    private static void checkLength(byte[] key, String what) {
        if (key.length != KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 " + what + " must be 32 bytes, is " + key.length);
        }
    }
}
