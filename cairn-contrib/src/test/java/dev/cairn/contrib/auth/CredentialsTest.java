package dev.cairn.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a login offers, and what of it may be shown. */
class CredentialsTest {

    @Test
    void aUsernameAndPasswordAreReadBackByName() {
        Credentials credentials = Credentials.of("ada", "pw").from("2001:db8::1");
        assertEquals("ada", credentials.username());
        assertEquals("pw", credentials.password());
        assertEquals("pw", credentials.get(Credentials.PASSWORD));
        assertEquals("2001:db8::1", credentials.clientAddress());
        assertNull(credentials.get("token"));
    }

    @Test
    void missingValuesAreNull() {
        Credentials credentials = Credentials.of(null, null);
        assertNull(credentials.username());
        assertNull(credentials.password());
        assertNull(credentials.clientAddress());
        assertEquals("Credentials[from=null]", credentials.toString());
    }

    @Test
    void anyNamedValuesButNoNullOnes() {
        Map<String, String> values = new HashMap<>();
        values.put("token", null);
        assertEquals("token", assertThrows(NullPointerException.class, () -> Credentials.of(values)).getMessage());
        assertEquals("Credentials[code=********, username=ada, from=10.0.0.1]", Credentials.of(Map.of("username",
                "ada", "code", "123456")).from("10.0.0.1").toString());
    }
}
