/**
 * Email (Django's {@code django.core.mail}): an {@link dev.cairn.web.mail.EmailMessage} is handed to an
 * {@link dev.cairn.web.mail.EmailBackend}: {@link dev.cairn.web.mail.SmtpEmailBackend} speaks SMTP to a mail server
 * (STARTTLS or TLS, PLAIN or LOGIN), {@link dev.cairn.web.mail.ConsoleEmailBackend} prints for development and
 * {@link dev.cairn.web.mail.InMemoryEmailBackend} keeps an outbox for tests; {@link dev.cairn.web.mail.Emails} picks
 * one from the settings.
 */
package dev.cairn.web.mail;
