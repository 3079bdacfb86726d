package dev.cairn.web.messages;

import dev.cairn.http.SetCookie;
import dev.cairn.journey.Journey;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps messages in a signed cookie, {@code messages}, as Django's {@code CookieStorage}: the client holds them, the
 * signature (the site's secret key, salted with the cookie's name) keeps it from changing them. A cookie whose
 * signature fails, or whose content is not messages, is ignored and recorded in the journey.
 *
 * <p>
 * The cookie lasts as long as the browser session, on path {@code /}, {@code HttpOnly}, {@code SameSite=Lax};
 * {@code Secure} and its {@code Domain} follow {@code SESSION_COOKIE_SECURE} and {@code SESSION_COOKIE_DOMAIN}, as in
 * Django. A browser keeps about 4 KB per cookie; past {@value #MAX_VALUE_SIZE} characters the oldest messages are
 * dropped (and the drop recorded), so that the newest reach the user. With no messages left, a cookie the client
 * holds is deleted; a client that holds none is sent nothing.
 */
public final class CookieMessageStore implements MessageStore {

    /** The cookie's name, Django's. */
    public static final String COOKIE_NAME = "messages";
    /** The longest signed value kept, Django's limit. */
    static final int MAX_VALUE_SIZE = 2048;
    /** What signing adds: a colon and 43 characters of unpadded base64url HMAC-SHA256. */
    private static final int SIGNATURE_SIZE = 1 + 43;

    private final SetCookie template;

    private CookieMessageStore(SetCookie template) {
        this.template = template;
    }

    /**
     * The store with the cookie attributes the settings give.
     *
     * @throws dev.cairn.web.settings.SettingsException when {@code SESSION_COOKIE_SECURE} is not a boolean
     */
    public static CookieMessageStore of(Settings settings) {
        String domain = settings.get("SESSION_COOKIE_DOMAIN");
        return new CookieMessageStore(SetCookie.builder(COOKIE_NAME, "x").path("/").httpOnly(true)
                .sameSite(SetCookie.SameSite.LAX).secure(settings.bool("SESSION_COOKIE_SECURE", false))
                .domain(domain == null || domain.isBlank() ? null : domain.strip()).build());
    }

    @Override
    public List<Message> load(Request request) {
        if (request.cookie(COOKIE_NAME) == null) {
            return List.of();
        }
        Optional<String> verified = request.signedCookie(COOKIE_NAME);
        List<Message> messages = verified.map(MessageCodec::decode).orElse(null);
        if (messages == null) {
            // A signature that fails is recorded by signedCookie; a good signature over garbage is recorded here.
            record("messages refused", "reason", verified.isPresent()
                    ? "the signed cookie holds no messages"
                    : "the signature does not match");
            return List.of();
        }
        return messages;
    }

    @Override
    public void save(Request request, Response response, List<Message> messages) {
        List<Message> kept = new ArrayList<>(messages);
        String value = MessageCodec.encode(kept);
        int dropped = 0;
        while (!kept.isEmpty() && value.length() + SIGNATURE_SIZE > MAX_VALUE_SIZE) {
            kept.removeFirst();
            dropped++;
            value = MessageCodec.encode(kept);
        }
        if (dropped > 0) {
            record("messages dropped", "reason", dropped + " oldest did not fit in the cookie's "
                    + MAX_VALUE_SIZE + " characters");
        }
        if (!kept.isEmpty()) {
            response.signedCookie(template.withValue(value));
        } else if (request.cookie(COOKIE_NAME) != null) {
            response.deleteCookie(COOKIE_NAME, template.path(), template.domain());
        }
    }

    @Override
    public String describe() {
        return "cookie '" + COOKIE_NAME + "'";
    }

    private static void record(String event, String key, Object value) {
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("middleware", event, "name", MessagesMiddleware.NAME, key, value);
        }
    }
}
