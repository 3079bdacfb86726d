package dev.cairn.contrib.auth.validation;

/**
 * Why a password was refused: Django's code for it ({@code password_too_short}) and the message for the person
 * choosing it.
 *
 * @param code    a stable code, for code that reacts to one problem
 * @param message the message, in plain text
 */
public record PasswordProblem(String code, String message) {}
