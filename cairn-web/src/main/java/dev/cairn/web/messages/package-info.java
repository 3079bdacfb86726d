/**
 * One-time messages carried to the user's next page, as Django's {@code contrib.messages}:
 * {@link dev.cairn.web.messages.Messages} adds and lists them, {@link dev.cairn.web.messages.MessagesMiddleware}
 * keeps them between requests in a signed cookie or the session, behind {@link dev.cairn.web.messages.MessageStore}.
 */
package dev.cairn.web.messages;
