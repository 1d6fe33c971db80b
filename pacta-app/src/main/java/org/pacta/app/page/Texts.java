package org.pacta.app.page;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of the pages in each language, from {@code i18n/messages_<code>.properties} (UTF-8).
 * A message names its arguments {@code {0}}, {@code {1}}...; they are replaced as given, without
 * {@link java.text.MessageFormat}, whose quoting rules would turn every French apostrophe into a trap.
 * Messages are plain text: the templates escape them and own all markup.
 */
public final class Texts {

    private final Map<Lang, Map<String, String>> messages;

    private Texts(Map<Lang, Map<String, String>> messages) {
        this.messages = messages;
    }

    /** Loads every language and fails when one lacks a key another has: a page must never show a key. */
    public static Texts load() {
        Map<Lang, Map<String, String>> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            all.put(lang, read("/i18n/messages_" + lang.code() + ".properties"));
        }
        Set<String> keys = new TreeSet<>();
        all.values().forEach(m -> keys.addAll(m.keySet()));
        for (Lang lang : Lang.values()) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(all.get(lang).keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("i18n/messages_" + lang.code() + ".properties lacks " + missing);
            }
        }
        return new Texts(all);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the message file " + resource + " is missing from the jar");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> out = new HashMap<>();
            properties.forEach((k, v) -> out.put((String) k, (String) v));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The message {@code key} in {@code lang}, its {@code {n}} replaced by the arguments. */
    public String get(Lang lang, String key, Object... arguments) {
        requireNonNull(key, "key is null");
        String message = messages.get(lang).get(key);
        if (message == null) {
            throw new IllegalArgumentException("no message \"" + key + "\"");
        }
        if (arguments.length == 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16);
        int i = 0;
        while (i < message.length()) {
            char ch = message.charAt(i);
            int close = message.indexOf('}', i);
            if (ch == '{' && close > i + 1 && close <= i + 3) {
                int index = Integer.parseInt(message.substring(i + 1, close));
                out.append(format(lang, arguments[index]));
                i = close + 1;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    public boolean has(Lang lang, String key) {
        return messages.get(lang).containsKey(key);
    }

    private static String format(Lang lang, Object argument) {
        if (argument instanceof Integer || argument instanceof Long) {
            return NumberFormat.getIntegerInstance(lang.locale()).format(((Number) argument).longValue());
        }
        return String.valueOf(argument);
    }
}
