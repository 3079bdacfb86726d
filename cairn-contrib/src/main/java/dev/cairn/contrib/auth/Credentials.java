package dev.cairn.contrib.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What someone offered to prove who they are (Django's {@code authenticate(request, **credentials)}): a username and
 * password for {@link ModelBackend}, or any named values another backend reads (a token, a one-time code), and the
 * client's address for throttling. Its {@code toString} names the values but shows only the username's.
 *
 * <pre>{@code
 * Credentials.of("ada", "correct horse").from("203.0.113.9")
 * }</pre>
 */
public final class Credentials {

    /** The name of the username value. */
    public static final String USERNAME = "username";
    /** The name of the password value. */
    public static final String PASSWORD = "password";

    private final Map<String, String> values;
    private final String clientAddress;

    private Credentials(Map<String, String> values, String clientAddress) {
        this.values = Map.copyOf(values);
        this.clientAddress = clientAddress;
    }

    /** A username and password. */
    public static Credentials of(String username, String password) {
        Map<String, String> values = new LinkedHashMap<>();
        if (username != null) {
            values.put(USERNAME, username);
        }
        if (password != null) {
            values.put(PASSWORD, password);
        }
        return new Credentials(values, null);
    }

    /** Any named values (none null). */
    public static Credentials of(Map<String, String> values) {
        values.forEach((name, value) -> Objects.requireNonNull(value, name));
        return new Credentials(values, null);
    }

    /** The same credentials, offered from {@code address} (the client's, as the server or a trusted proxy saw it). */
    public Credentials from(String address) {
        return new Credentials(values, address);
    }

    /** The username, or null. */
    public String username() {
        return values.get(USERNAME);
    }

    /** The password, or null. */
    public String password() {
        return values.get(PASSWORD);
    }

    /** A value by name, or null. */
    public String get(String name) {
        return values.get(name);
    }

    /** The client's address, or null when not known. */
    public String clientAddress() {
        return clientAddress;
    }

    /** The names and the username, never another value. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Credentials[");
        values.keySet().stream().sorted().forEach(name -> text.append(name).append('=').append(name.equals(USERNAME)
                ? values.get(name)
                : "********").append(", "));
        return text.append("from=").append(clientAddress).append(']').toString();
    }
}
