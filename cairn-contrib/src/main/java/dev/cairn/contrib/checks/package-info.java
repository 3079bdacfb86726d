/**
 * The {@code cairn check} command ({@link dev.cairn.contrib.checks.CheckCommand}), which runs a site's system checks
 * and, with {@code --deploy}, the deployment checks; and the deployment check of password hashing
 * ({@link dev.cairn.contrib.checks.PasswordHashingCheck}), which needs contrib's hashers.
 */
package dev.cairn.contrib.checks;
