package dev.cairn.web.messages;

import dev.cairn.web.Middleware;
import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import java.util.Locale;

/**
 * Gives each request its {@link RequestMessages} on the way in, and saves the messages still to show on the way
 * out, as Django's {@code MessageMiddleware}. It reads the store only when a view or template looks at the
 * messages, and writes it only when one was added or the messages were listed.
 *
 * <p>
 * Settings: {@code MESSAGE_LEVEL} ({@code INFO}: the lowest level kept; a name or a number) and
 * {@code MESSAGE_STORAGE} ({@code cookie}, a signed cookie, or {@code session}, which needs a session middleware
 * above this one).
 */
public final class MessagesMiddleware implements Middleware {

    /** The lowest level kept: {@code DEBUG}, {@code INFO} (default), ... or a number. */
    public static final String MESSAGE_LEVEL = "MESSAGE_LEVEL";
    /** Where messages wait: {@code cookie} (default) or {@code session}. */
    public static final String MESSAGE_STORAGE = "MESSAGE_STORAGE";

    static final String NAME = MessagesMiddleware.class.getSimpleName();

    private final MessageStore store;
    private final int minimum;

    /**
     * The middleware the settings describe.
     *
     * @throws SettingsException for a {@code MESSAGE_*} setting that cannot be used, naming it
     */
    public MessagesMiddleware(Settings settings) {
        this(settings, store(settings));
    }

    /**
     * The middleware with a store of the project's own, and {@code MESSAGE_LEVEL} from the settings.
     *
     * @throws SettingsException when {@code MESSAGE_LEVEL} cannot be read
     */
    public MessagesMiddleware(Settings settings, MessageStore store) {
        String level = settings.get(MESSAGE_LEVEL);
        this.minimum = level == null || level.isBlank() ? Level.INFO.value() : Level.parse(MESSAGE_LEVEL, level);
        this.store = store;
    }

    private static MessageStore store(Settings settings) {
        String storage = settings.get(MESSAGE_STORAGE, "cookie").strip().toLowerCase(Locale.ROOT);
        return switch (storage) {
            case "cookie" -> CookieMessageStore.of(settings);
            case "session" -> new SessionMessageStore();
            default -> throw new SettingsException(MESSAGE_STORAGE + " must be cookie or session, not '"
                    + settings.get(MESSAGE_STORAGE) + "'");
        };
    }

    @Override
    public Response handle(Request request, Chain next) {
        RequestMessages messages = new RequestMessages(store, request, minimum);
        request.attribute(Messages.ATTRIBUTE, messages);
        Response response = next.proceed(request);
        messages.update(response);
        return response;
    }
}
