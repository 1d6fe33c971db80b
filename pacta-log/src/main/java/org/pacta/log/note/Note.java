package org.pacta.log.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pacta.log.LogFormatException;
import org.pacta.log.VerificationException;

/**
 * A C2SP signed note: a UTF-8 text ending in a newline, a blank line, then one or more signature
 * lines. The text may itself hold blank lines; the last blank line of a note is the separator.
 *
 * <p>Parsing follows Go's sumdb/note: no control characters but newline, every signature line
 * well formed, and at most {@value #MAX_SIGNATURES} signatures (the spec requires accepting 16;
 * the cap bounds the work an attacker can ask for).
 */
public record Note(String text, List<NoteSignature> signatures) {
    /** Most signature lines a parsed note may carry. */
    public static final int MAX_SIGNATURES = 100;

    public Note {
        Objects.requireNonNull(text, "text is null");
        String problem = textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("a note needs at least one signature");
        }
    }

    /** Signs {@code text} with every signer, in order. */
    public static Note sign(String text, List<NoteSigner> signers) {
        Objects.requireNonNull(text, "text is null");
        String problem = textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> signatures = new ArrayList<>();
        for (NoteSigner signer : signers) {
            signatures.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(bytes)));
        }
        return new Note(text, signatures);
    }

    /** This note with {@code more} signatures (a witness's cosignatures, say) after its own. */
    public Note withSignatures(List<NoteSignature> more) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.addAll(more);
        return new Note(text, all);
    }

    /**
     * Parses a note from its UTF-8 bytes.
     *
     * @throws LogFormatException if the bytes are not valid UTF-8 or not a well-formed note
     */
    public static Note parse(byte[] note) {
        Objects.requireNonNull(note, "note is null");
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(note))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new LogFormatException("note is not valid UTF-8", e);
        }
    }

    /**
     * Parses a note.
     *
     * @throws LogFormatException naming the first thing wrong with it
     */
    public static Note parse(String note) {
        Objects.requireNonNull(note, "note is null");
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c != '\n' && Character.isISOControl(c)) {
                throw new LogFormatException("note contains control character U+" + String.format("%04X", (int) c)
                        + " at offset " + i);
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < note.length()
                    && Character.isLowSurrogate(note.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(note.charAt(i - 1)))) {
                throw new LogFormatException("note contains an unpaired surrogate at offset " + i);
            }
        }
        if (!note.endsWith("\n")) {
            throw new LogFormatException("note must end with a newline");
        }
        int separator = note.lastIndexOf("\n\n");
        if (separator < 0) {
            throw new LogFormatException("note has no blank line before its signatures");
        }
        String text = note.substring(0, separator + 1);
        String block = note.substring(separator + 2);
        if (block.isEmpty()) {
            throw new LogFormatException("note has no signature lines after its blank line");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new LogFormatException("note has " + lines.length + " signatures, more than the " + MAX_SIGNATURES + " accepted");
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            signatures.add(parseSignatureLine(lines[i], i + 1));
        }
        return new Note(text, signatures);
    }

    /**
     * Parses signature lines alone, such as a witness's add-checkpoint response body.
     *
     * @throws LogFormatException naming the bad line
     */
    public static List<NoteSignature> parseSignatureLines(String lines) {
        Objects.requireNonNull(lines, "lines is null");
        if (!lines.endsWith("\n")) {
            throw new LogFormatException("signature lines must end with a newline");
        }
        String[] split = lines.substring(0, lines.length() - 1).split("\n", -1);
        if (split.length > MAX_SIGNATURES) {
            throw new LogFormatException(split.length + " signature lines, more than the " + MAX_SIGNATURES + " accepted");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (int i = 0; i < split.length; i++) {
            signatures.add(parseSignatureLine(split[i], i + 1));
        }
        return signatures;
    }

    /** The note as it is sent: text, blank line, signature lines. */
    public String format() {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSignature signature : signatures) {
            note.append(signature.line());
        }
        return note.toString();
    }

    /**
     * Verifies this note with the C2SP rules: signatures by keys not in {@code verifiers} (by name
     * and key id) are ignored; a signature by a known key must verify; at least one must.
     *
     * @return the signatures that verified, in note order, each key once
     * @throws VerificationException naming the key whose signature failed, or saying no known key signed
     */
    public List<NoteSignature> verify(Collection<NoteVerifier> verifiers) {
        List<NoteSignature> verified = verifiedBy(verifiers);
        if (verified.isEmpty()) {
            Set<String> signers = new LinkedHashSet<>();
            signatures.forEach(signature -> signers.add(signature.keyLabel()));
            throw new VerificationException("note has no signature by a known key; it is signed by " + String.join(", ", signers));
        }
        return verified;
    }

    /**
     * Like {@link #verify} but content with none: the signatures by keys in {@code verifiers}, each
     * key once, possibly none (how a checkpoint's cosignatures are counted).
     *
     * @throws VerificationException naming the known key whose signature does not verify
     */
    public List<NoteSignature> verifiedBy(Collection<NoteVerifier> verifiers) {
        Objects.requireNonNull(verifiers, "verifiers is null");
        Map<String, NoteVerifier> known = new HashMap<>();
        for (NoteVerifier verifier : verifiers) {
            known.put(verifier.name() + "+" + KeyNames.hex(verifier.keyId()), verifier);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new LinkedHashSet<>();
        List<NoteSignature> verified = new ArrayList<>();
        for (NoteSignature signature : signatures) {
            NoteVerifier verifier = known.get(signature.keyLabel());
            if (verifier == null) {
                continue;
            }
            if (!verifier.verify(bytes, signature.signature())) {
                throw new VerificationException("note signature by " + signature.keyLabel() + " does not verify");
            }
            if (seen.add(signature.keyLabel())) {
                verified.add(signature);
            }
        }
        return verified;
    }

    private static NoteSignature parseSignatureLine(String line, int number) {
        String where = "note signature line " + number;
        if (!line.startsWith("\u2014 ")) {
            throw new LogFormatException(where + " must start with an em dash and a space");
        }
        String rest = line.substring(2);
        int space = rest.indexOf(' ');
        if (space <= 0) {
            throw new LogFormatException(where + " must be \u2014 <name> <base64 signature>");
        }
        String name = rest.substring(0, space);
        String problem = KeyNames.problem(name);
        if (problem != null) {
            throw new LogFormatException(where + ": " + problem);
        }
        String encoded = rest.substring(space + 1);
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(where + " by " + name + " is not base64", e);
        }
        if (!Base64.getEncoder().encodeToString(payload).equals(encoded)) {
            throw new LogFormatException(where + " by " + name + " is not canonical base64");
        }
        if (payload.length < 5) {
            throw new LogFormatException(where + " by " + name + " is too short for a key id and a signature");
        }
        int keyId = ((payload[0] & 0xFF) << 24) | ((payload[1] & 0xFF) << 16) | ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF);
        return new NoteSignature(name, keyId, java.util.Arrays.copyOfRange(payload, 4, payload.length));
    }

    /** Why {@code text} cannot be a note text, or null when it can. */
    static String textProblem(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            return "note text must end with a newline";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Character.isISOControl(c)) {
                return "note text contains control character U+" + String.format("%04X", (int) c);
            }
        }
        return null;
    }
}
