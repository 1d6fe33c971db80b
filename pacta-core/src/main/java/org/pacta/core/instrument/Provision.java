package org.pacta.core.instrument;

import static org.pacta.core.registry.Fields.optionalText;

import java.util.Optional;
import java.util.regex.Pattern;
import org.pacta.core.PactaException;
import org.pacta.core.registry.Fields;

/**
 * An article or paragraph of a version. {@code eid} is stable across versions (Akoma Ntoso style:
 * {@code art_4}, {@code art_4__para_2}) even when the article is renumbered.
 */
public record Provision(String eid, Optional<String> number, Optional<String> heading, String text) {

    public static final Pattern EID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*(__[a-z][a-z0-9]*(_[a-z0-9]+)*)*");

    public Provision {
        Fields.required("eid", eid);
        if (!EID.matcher(eid).matches() || eid.length() > 100) {
            throw new PactaException.InvalidInput("eid", "eid must look like art_4 or art_4__para_2, was: \"" + eid + "\"");
        }
        number = optionalText("number", number);
        heading = optionalText("heading", heading);
        text = Fields.text("text", text);
    }
}
