package dev.cairn.examples.site;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a page complained of while a test drove it: console errors, uncaught exceptions, and Content-Security-Policy
 * violations. A test ends by asserting the list is empty.
 *
 * <p>
 * Chromium writes most violations to the console itself ("Refused to apply inline style…"), but not every kind,
 * and not in a form that is stable across versions; the page's own {@code securitypolicyviolation} events are
 * reported too, through a script Playwright runs in every document before the page's scripts. That script is not
 * subject to the page's policy.
 */
final class PageProblems {

    /** Marks the console line written for each {@code securitypolicyviolation} event. */
    static final String VIOLATION = "CSP violation:";

    private static final String REPORT_VIOLATIONS = """
            window.addEventListener('securitypolicyviolation', e => console.error('%s '
                + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile
                + ':' + e.lineNumber), true);
            """.formatted(VIOLATION);

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private PageProblems() {}

    /** Starts watching a page; call before its first navigation. */
    static PageProblems watch(Page page) {
        PageProblems watch = new PageProblems();
        page.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(watch::console);
        page.onPageError(error -> watch.problems.add("uncaught: " + error));
        return watch;
    }

    private void console(ConsoleMessage message) {
        if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
            problems.add(message.type() + ": " + message.text() + " (" + message.location() + ")");
        }
    }

    /** What went wrong so far, in order. */
    List<String> list() {
        return List.copyOf(problems);
    }

    /** Forgets what was seen, for a test that caused problems on purpose. */
    void clear() {
        problems.clear();
    }
}
