package dev.cairn.web.errors;

import dev.cairn.web.Request;
import dev.cairn.web.templates.TemplateError;
import dev.cairn.web.templates.Templates;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The debug page for a server error, Django's "technical 500": the exception chain with each frame and, where the
 * source is found, the lines around it; the template at fault for a {@link TemplateError}; then the request, the
 * settings (secrets redacted) and the journey so far.
 *
 * <p>
 * Each section is built apart: one that fails says so in its place, and the rest of the page is still sent.
 */
final class TechnicalPage {

    /** Frames shown per exception; a stack overflow has a thousand alike. */
    private static final int MAX_FRAMES = 200;

    private final Request request;
    private final ErrorPages.Failure failure;
    private final SourceExcerpts sources;
    private final Templates templates;

    TechnicalPage(Request request, ErrorPages.Failure failure, SourceExcerpts sources, Templates templates) {
        this.request = request;
        this.failure = failure;
        this.sources = sources;
        this.templates = templates;
    }

    String html() {
        Throwable error = failure.error();
        String subtitle = error == null ? null : error.getClass().getName() + ": " + DebugPages.message(error);
        Html html = DebugPages.start(request, failure.status(), subtitle);
        if (error != null) {
            List<ExceptionChain.Link> chain = ExceptionChain.of(error);
            chain.stream().map(ExceptionChain.Link::error).filter(TemplateError.class::isInstance).findFirst()
                    .ifPresent(t -> section(html, "Template error", part -> templateError(part, (TemplateError) t)));
            section(html, "Traceback", part -> chain.forEach(link -> link(part, link)));
        }
        section(html, "Request", part -> RequestSection.write(part, request));
        section(html, "Settings",
                part -> part.table(request.settings().redacted(), "No settings are set."));
        section(html, "Journey", JourneySection::write);
        return DebugPages.finish(html, failure.status());
    }

    /** Adds a titled section built apart, or a line saying why it could not be built. */
    private static void section(Html html, String title, Consumer<Html> body) {
        Html part = Html.fragment();
        try {
            body.accept(part);
        } catch (RuntimeException e) {
            part = Html.fragment().element("p", "This section could not be shown: " + e);
        }
        html.element("h2", title).raw(part.toString());
    }

    private void templateError(Html html, TemplateError error) {
        html.element("p", "In template " + error.templateName()
                + (error.line().isPresent() ? ", line " + error.line().getAsInt() : "") + ":");
        html.open("pre", null).text(DebugPages.message(error)).close("pre");
        Optional<Templates> engine = Optional.ofNullable(templates).or(this::siteTemplates);
        if (engine.isPresent() && error.line().isPresent()) {
            engine.get().source(error.templateName())
                    .flatMap(text -> SourceExcerpts.Excerpt.around(text.lines().toList(), error.line().getAsInt()))
                    .ifPresent(excerpt -> excerpt.writeTo(html));
        }
    }

    private Optional<Templates> siteTemplates() {
        try {
            return Optional.of(request.app().templates());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private void link(Html html, ExceptionChain.Link link) {
        html.raw("<div style=\"margin-left:" + link.depth() * 24 + "px\">");
        String title = link.error().getClass().getName() + ": " + DebugPages.message(link.error());
        html.element("h3", link.relation().isEmpty() ? title : link.relation() + ": " + title);
        List<StackTraceElement> frames = link.frames();
        for (StackTraceElement frame : frames.subList(0, Math.min(frames.size(), MAX_FRAMES))) {
            html.open("div", "frame").open("pre", null).text("at " + describe(frame)).close("pre");
            sources.excerpt(frame).ifPresent(excerpt -> excerpt.writeTo(html));
            html.close("div");
        }
        if (frames.size() > MAX_FRAMES) {
            html.element("p", "... " + (frames.size() - MAX_FRAMES) + " more frames");
        }
        if (link.framesInCommon() > 0) {
            html.element("p", "... " + link.framesInCommon() + " frames in common with the exception above");
        }
        html.close("div");
    }

    /** A frame as class, method, file and line: {@code dev.cairn.blog.PostView.handle(PostView.java:42)}. */
    static String describe(StackTraceElement frame) {
        String where = frame.getFileName() == null
                ? "unknown source"
                : frame.getLineNumber() > 0 ? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
        return frame.getClassName() + "." + frame.getMethodName() + "(" + (frame.isNativeMethod()
                ? "native method"
                : where) + ")";
    }
}
