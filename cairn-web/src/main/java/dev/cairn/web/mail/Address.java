package dev.cairn.web.mail;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One email address as a message names it: {@code user@example.com} or {@code Ada Lovelace <user@example.com>},
 * checked (RFC 5321's dot-atom local part, a domain whose Unicode labels are written in punycode) and never holding
 * a line break.
 *
 * @param text    the address as given
 * @param name    the display name, or empty
 * @param mailbox the bare address the mail server is told, its domain in ASCII
 */
record Address(String text, String name, String mailbox) {

    private static final Pattern NAMED = Pattern.compile("^\\s*(.*?)\\s*<([^<>]*)>\\s*$");
    private static final Pattern LOCAL_PART = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+"
            + "/=?^_`{|}~-]+)*$");
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

    /**
     * The address {@code text} names.
     *
     * @param field the message's field, for the error
     * @throws IllegalArgumentException for a line break, or what is not an address
     */
    static Address parse(String field, String text) {
        noLineBreak(field, text);
        Matcher named = NAMED.matcher(text);
        String name = "";
        String bare = text.strip();
        if (named.matches()) {
            name = unquote(named.group(1));
            bare = named.group(2).strip();
        }
        int at = bare.lastIndexOf('@');
        if (at <= 0 || at == bare.length() - 1 || !LOCAL_PART.matcher(bare.substring(0, at)).matches()) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not an email address (user@example.com, or "
                    + "Name <user@example.com>; a local part in ASCII)");
        }
        String domain;
        try {
            domain = IDN.toASCII(bare.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            domain = "";
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException(field + ": '" + text + "' has no valid domain");
        }
        return new Address(text, name, bare.substring(0, at) + "@" + domain);
    }

    /** Each of {@code texts}, parsed. */
    static List<Address> parseAll(String field, List<String> texts) {
        List<Address> addresses = new ArrayList<>();
        for (String text : texts) {
            addresses.add(parse(field, text));
        }
        return List.copyOf(addresses);
    }

    /**
     * {@code value}, refused when it holds a line break: in a header, a line break starts a header of the sender's
     * choosing.
     */
    static String noLineBreak(String field, String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Header values can't contain newlines (got a line break in " + field
                    + ")");
        }
        return value;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return name;
    }
}
