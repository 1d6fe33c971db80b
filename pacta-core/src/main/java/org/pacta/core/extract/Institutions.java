package org.pacta.core.extract;

/**
 * Institutions and countries as speakers, named as fully as the report allows: an acronym ("US",
 * "UE") is spelled out when the report also names the same party in words whose initials are the
 * acronym ("the United States"). The report's party names are found once, on first need.
 */
final class Institutions {

    private final String text;
    private final java.util.Map<String, String> partyAliases = new java.util.LinkedHashMap<>();
    private boolean partyAliasesFound;

    Institutions(String text) {
        this.text = text;
    }

    /**
     * An institution's fullest name: an acronym ("US", "UE") is spelled out when the report also
     * names the same party with words whose initials are the acronym ("the United States").
     */
    Speaker named(String name) {
        String letters = name.replace(".", "");
        boolean acronym = letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
        if (!acronym) {
            return Speaker.of(name, false);
        }
        if (!partyAliasesFound) {
            // Found once per report, and only for reports with an acronym speaker.
            for (PartyMention mention : PartyMentions.standard().find(text)) {
                partyAliases.putIfAbsent(mention.text(), mention.partyId());
            }
            partyAliasesFound = true;
        }
        String party = partyAliases.get(name);
        String best = name;
        for (java.util.Map.Entry<String, String> alias : partyAliases.entrySet()) {
            if (alias.getValue().equals(party) && alias.getKey().length() > best.length() && initials(alias.getKey()).equals(letters)) {
                best = alias.getKey();
            }
        }
        return Speaker.of(best, false);
    }

    private static String initials(String words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
