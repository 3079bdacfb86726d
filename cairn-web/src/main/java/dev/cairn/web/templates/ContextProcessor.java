package dev.cairn.web.templates;

import java.util.Map;

/**
 * Contributes variables to the context of every template rendered for a request, like Django's context
 * processors (the current user, the CSRF token, messages).
 *
 * <p>
 * The framework passes its request object; the request type is not fixed here so that the template engine does
 * not depend on it, and an implementation casts to the type it expects. Processors run in registration order, a
 * later one overriding an earlier one's keys, and the view's own context overrides them all.
 */
@FunctionalInterface
public interface ContextProcessor {

    /**
     * Returns the variables to add for this request; never {@code null} (return an empty map to add nothing).
     *
     * @param request the request being answered, as passed to {@link Templates#render(String, Map, Object)}
     * @return variable names mapped to their values
     */
    Map<String, Object> contribute(Object request);
}
