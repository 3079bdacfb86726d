package dev.cairn.web;

import dev.cairn.web.csrf.Csrf;
import dev.cairn.web.messages.Messages;
import dev.cairn.web.auth.UserContext;
import dev.cairn.web.middleware.CspNonce;
import dev.cairn.web.routing.Resolver;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.staticfiles.Manifest;
import dev.cairn.web.staticfiles.StaticUrls;
import dev.cairn.web.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finishes a project's template engine for its site: {@code url()} reverses through the site's resolver,
 * {@code static()} writes URLs under {@code STATIC_URL} (content-hashed names from the collected manifest when
 * DEBUG is off and {@code STATIC_ROOT} holds one), templates reload in debug, and every page gets the standard
 * context: {@code request}, {@code debug}, {@code csp_nonce}, {@code csrf_token}, {@code csrf_input} and
 * {@code csrf_htmx} ({@link Csrf}), {@code messages} ({@link Messages}), and {@code user} and {@code perms}
 * ({@link UserContext}) where an authentication middleware gave the request a user.
 */
final class TemplateSetup {

    private TemplateSetup() {}

    static Templates finish(Templates.Builder templates, Settings settings, boolean debug, Resolver<View> resolver) {
        StaticUrls statics = staticUrls(settings, debug);
        return templates.debug(debug)
                .urls((name, args) -> resolver.reverse(name, args.toArray()))
                .staticUrls(statics::url)
                .contextProcessor(request -> {
                    Map<String, Object> standard = new HashMap<>(4);
                    standard.put("request", request);
                    standard.put("debug", debug);
                    return standard;
                })
                .contextProcessor(CspNonce.contextProcessor())
                .contextProcessor(Csrf.contextProcessor())
                .contextProcessor(Messages.contextProcessor())
                .contextProcessor(UserContext.processor())
                .build();
    }

    /**
     * Hashed names when the collected files are what is served (DEBUG off and a manifest in {@code STATIC_ROOT});
     * plain names otherwise, as the development server serves them from the finders.
     */
    private static StaticUrls staticUrls(Settings settings, boolean debug) {
        String prefix = settings.get(Settings.STATIC_URL, "/static/");
        String root = settings.get(Settings.STATIC_ROOT);
        if (!debug && root != null) {
            Path manifest = Path.of(root).resolve(Manifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                return StaticUrls.of(prefix, Manifest.load(manifest));
            }
        }
        return StaticUrls.debug(prefix);
    }
}
