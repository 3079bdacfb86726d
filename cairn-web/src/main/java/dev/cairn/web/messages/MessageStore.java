package dev.cairn.web.messages;

import dev.cairn.web.Request;
import dev.cairn.web.Response;
import java.util.List;

/**
 * Where messages wait for the next page: a signed cookie ({@link CookieMessageStore}, the default) or the session
 * ({@link SessionMessageStore}, with {@code MESSAGE_STORAGE=session}).
 */
public interface MessageStore {

    /**
     * The messages waiting for this client, oldest first; empty when there are none, or when what the client sent
     * is not what the site stored (a tampered cookie is ignored, never an error).
     */
    List<Message> load(Request request);

    /** Keeps these messages for the client's next request, on the response that leaves; none clears them. */
    void save(Request request, Response response, List<Message> messages);

    /** What the store is, for the journey: {@code "cookie 'messages'"}, {@code "session"}. */
    String describe();
}
