package org.pacta.core.extract;

/**
 * One unit of a report's surface outside its quotations: a word, a punctuation mark, a paragraph
 * break, or a whole outermost quotation collapsed to one token so that the rules around it see
 * {@code « … », a-t-il dit} as three tokens plus the verb. {@code quote} indexes the quotation for
 * {@link Type#QUOTE} tokens and is -1 otherwise; {@code lower} is the lowercase form used for lexicon
 * look-ups.
 */
record Token(int start, int end, String text, String lower, Type type, int quote) {

    enum Type { WORD, PUNCT, QUOTE, BREAK }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isPunct(char c) {
        return type == Type.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    boolean isQuote() {
        return type == Type.QUOTE;
    }

    /** A word whose first letter is upper case: a candidate for a name. */
    boolean capitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A word of two or more letters all in upper case, such as {@code NATO} or {@code FM}. */
    boolean acronym() {
        if (type != Type.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** True for dashes and commas that separate a quotation from its attribution. */
    boolean separator() {
        return type == Type.PUNCT && ",—–-:".indexOf(text.charAt(0)) >= 0;
    }
}
