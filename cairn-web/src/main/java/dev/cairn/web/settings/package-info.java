/** Settings read from code defaults, a settings file and the environment, each value knowing its origin. */
package dev.cairn.web.settings;
