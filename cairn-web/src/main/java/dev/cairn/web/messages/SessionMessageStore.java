package dev.cairn.web.messages;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import dev.cairn.web.SessionValues;
import java.util.List;

/**
 * Keeps messages in the visitor's session under {@code _messages}, as Django's {@code SessionStorage}: no size
 * limit but the session's, and nothing for the client to hold. A session middleware must run before
 * {@link MessagesMiddleware} (see {@link SessionValues}).
 */
public final class SessionMessageStore implements MessageStore {

    /** The session key, Django's. */
    public static final String KEY = "_messages";

    private static final String FEATURE = "MESSAGE_STORAGE=session";

    /** A store in the request's session. */
    public SessionMessageStore() {}

    @Override
    public List<Message> load(Request request) {
        Object stored = SessionValues.of(request, FEATURE).get(KEY);
        List<Message> messages = stored == null ? List.of() : MessageCodec.decode(stored.toString());
        return messages == null ? List.of() : messages;
    }

    @Override
    public void save(Request request, Response response, List<Message> messages) {
        SessionValues session = SessionValues.of(request, FEATURE);
        if (!messages.isEmpty()) {
            session.put(KEY, MessageCodec.encode(messages));
        } else if (session.get(KEY) != null) {
            session.remove(KEY);
        }
    }

    @Override
    public String describe() {
        return "session";
    }
}
