package org.pacta.core.instrument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacta.core.json.Json;

/**
 * What a party signs when it signs a version: the RFC 8785 canonical JSON of the version's text
 * (instrument, number, provisions with eid, number, heading, text — not notes or sources), its
 * SHA-256 digest, and the message over that digest which the party's Ed25519 key signs.
 */
public final class VersionText {

    public static final String MESSAGE_HEADER = "pacta-version-signature/v1";

    private VersionText() {
    }

    public static String canonical(Version version) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("instrument", version.instrument());
        text.put("number", version.number());
        List<Map<String, Object>> provisions = new ArrayList<>();
        for (Provision provision : version.provisions()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("eid", provision.eid());
            provision.number().ifPresent(n -> p.put("number", n));
            provision.heading().ifPresent(h -> p.put("heading", h));
            p.put("text", provision.text());
            provisions.add(p);
        }
        text.put("provisions", provisions);
        return Json.canonicalString(text);
    }

    /** The SHA-256 of the canonical text, in lowercase hex. */
    public static String digest(Version version) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(version).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes a party signs: a header, the instrument, the version number and the digest, one per line. */
    public static byte[] message(Version version) {
        return (MESSAGE_HEADER + "\n" + version.instrument() + "\n" + version.number() + "\n" + digest(version) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
