package dev.cairn.web;

import dev.cairn.gateway.Application;
import dev.cairn.http.MultipartParser;
import dev.cairn.journey.Journey;
import dev.cairn.web.checks.Check;
import dev.cairn.web.checks.CheckContext;
import dev.cairn.web.checks.CheckMessage;
import dev.cairn.web.checks.SystemChecks;
import dev.cairn.web.errors.ErrorPages;
import dev.cairn.web.routing.Converter;
import dev.cairn.web.routing.Resolution;
import dev.cairn.web.routing.Resolver;
import dev.cairn.web.routing.Route;
import dev.cairn.web.settings.Settings;
import dev.cairn.web.settings.SettingsException;
import dev.cairn.web.signing.Signer;
import dev.cairn.web.signing.SigningKeys;
import dev.cairn.web.templates.Templates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cairn site as a gateway {@link Application}: it builds a {@link Request} from each exchange, runs it through
 * the middleware onion to the URL resolver and the view, and hands the {@link Response} back to the server.
 *
 * <pre>{@code
 * WebApp app = WebApp.builder()
 *         .settings(Settings.load(Map.of()))
 *         .middleware(Defaults.middleware(settings))
 *         .routes(Routes.path("", home, "home"), Routes.path("posts/<int:pk>/", post, "post"))
 *         .build();
 * Server.builder().application(app).port(8000).build().start();
 * }</pre>
 *
 * <p>
 * It is immutable once built and serves any number of requests at once. Building it runs the system checks
 * ({@link SystemChecks}): a site with an error, such as no {@code SECRET_KEY} while {@code DEBUG} is off, is
 * refused.
 */
public final class WebApp implements Application {

    private final Settings settings;
    private final Resolver<View> resolver;
    private final Onion onion;
    private final Templates templates;
    private final ErrorPages errors;
    private final MultipartParser multipart;
    private final AllowedHosts hosts;
    private final boolean forwardedHost;
    private final String secretKey;
    private final List<String> fallbackKeys;
    private final List<Check> checks;
    private final ConcurrentHashMap<String, Signer> cookieSigners = new ConcurrentHashMap<>();

    private WebApp(Builder builder) {
        this.settings = builder.settings;
        Resolver.Builder<View> routes = Resolver.<View>builder().routes(builder.routes);
        builder.converters.forEach(c -> routes.converter(c.name(), c.converter()));
        this.resolver = routes.build();
        this.onion = new Onion(builder.layers, this);
        boolean debug = debug(settings);
        this.templates = builder.templateSetup != null
                ? TemplateSetup.finish(builder.templateSetup, settings, debug, resolver)
                : builder.templates;
        this.errors = builder.errors != null
                ? builder.errors
                : ErrorPages.builder().debug(debug).templates(templates).build();
        this.multipart = builder.multipart != null ? builder.multipart : MultipartParser.builder().build();
        this.hosts = AllowedHosts.of(settings.allowedHosts(), debug);
        this.forwardedHost = forwardedHost(settings);
        this.secretKey = secretKey(settings, debug);
        this.fallbackKeys = settings.list(Settings.SECRET_KEY_FALLBACKS);
        this.checks = List.copyOf(builder.checks);
    }

    /** Whether X-Forwarded-Host names the host; unreadable counts as off here, and settings.E002 refuses it. */
    private static boolean forwardedHost(Settings settings) {
        try {
            return settings.bool(Settings.USE_X_FORWARDED_HOST, false);
        } catch (SettingsException e) {
            return false;
        }
    }

    /** Whether debug is on; an unreadable DEBUG counts as off here, and the check settings.E002 refuses it. */
    private static boolean debug(Settings settings) {
        try {
            return settings.debug();
        } catch (SettingsException e) {
            return false;
        }
    }

    /**
     * The key cookies are signed with: {@code SECRET_KEY}, or in debug without one a random key made once per
     * process, so that development works without setup (its signed cookies do not survive a restart).
     */
    private static String secretKey(Settings settings, boolean debug) {
        String key = settings.secretKey();
        if (key == null && debug) {
            System.getLogger("cairn.checks").log(System.Logger.Level.WARNING, "SECRET_KEY is not set; DEBUG is "
                    + "on, so a random key made for this process signs cookies, and signed cookies will not survive "
                    + "a restart. Set CAIRN_SECRET_KEY to keep them.");
            return SigningKeys.processKey();
        }
        return key;
    }

    /** Starts a site with settings from code defaults only, no routes and no middleware. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers one exchange. It never throws for anything a view or middleware did: errors become error pages.
     */
    @Override
    public dev.cairn.gateway.Response handle(dev.cairn.gateway.Request exchange) {
        Request request = new Request(exchange, this);
        Journey journey = Journey.current();
        if (journey != null) {
            journey.record("web", "request", "method", exchange.method(), "target", exchange.target(), "scheme",
                    exchange.scheme(), "client", exchange.client(), "host", request.rawHost());
        }
        try {
            Response response = onion.run(request);
            dev.cairn.gateway.Response out = Outgoing.toGateway(request, response, this);
            if (journey != null) {
                journey.record("web", "response", "status", out.status(), "headers", out.headers(), "template",
                        response.template());
            }
            return out;
        } finally {
            request.close();
        }
    }

    /**
     * The innermost step of the onion: calls the view the path resolves to ({@link Request#resolution()}, which a
     * middleware may have asked for already), or answers 404 or 405.
     *
     * @throws Exception whatever the view throws; the onion turns it into an error page
     */
    Response dispatch(Request request) throws Exception {
        return switch (request.resolution()) {
            case Resolution.Match<View> match -> {
                request.match(match);
                Journey journey = Journey.current();
                if (journey != null) {
                    journey.record("view", "called", "route", match.pattern(), "name", match.name(), "view",
                            viewName(match.view()));
                }
                yield match.view().handle(request);
            }
            case Resolution.NotFound<View> notFound -> errors.notFound(request, notFound.tried());
            case Resolution.MethodNotAllowed<View> notAllowed -> errors.methodNotAllowed(request, notAllowed.allowed());
        };
    }

    /** A view's class, or for a lambda the class it was written in. */
    private static String viewName(View view) {
        String name = view.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : name.substring(0, lambda) + " (lambda)";
    }

    /** The settings the site runs with. */
    public Settings settings() {
        return settings;
    }

    /** The URL resolver, for reversing names. */
    public Resolver<View> resolver() {
        return resolver;
    }

    /**
     * The template engine.
     *
     * @throws IllegalStateException when the site was built without templates
     */
    public Templates templates() {
        if (templates == null) {
            throw new IllegalStateException("This site has no templates; give WebApp.builder().templates(...) a "
                    + "Templates built from the project's template folders");
        }
        return templates;
    }

    /**
     * Runs the system checks, built-in and the project's, and returns what they found (less the silenced ids),
     * most serious first; {@link Builder#build()} has already refused any ERROR.
     */
    public List<CheckMessage> check() {
        return SystemChecks.run(CheckContext.of(this), checks);
    }

    /** The project's own system checks, given to the builder; {@code cairn check} runs them again. */
    public List<Check> checks() {
        return checks;
    }

    /** The error pages. */
    public ErrorPages errors() {
        return errors;
    }

    /** The middleware names, outermost first. */
    public List<String> middleware() {
        return onion.names();
    }

    /** The allowed hosts in force. */
    public AllowedHosts hosts() {
        return hosts;
    }

    /** Whether {@code USE_X_FORWARDED_HOST} is on, read once rather than on every request. */
    boolean forwardedHost() {
        return forwardedHost;
    }

    MultipartParser multipart() {
        return multipart;
    }

    /**
     * The signer for one cookie's value: salted with its name, keyed by {@code SECRET_KEY} (with its fallbacks).
     *
     * @throws IllegalStateException when no secret key is set
     */
    Signer cookieSigner(String cookie) {
        if (secretKey == null) {
            throw new IllegalStateException("Signed cookies need a secret key: set CAIRN_SECRET_KEY");
        }
        return cookieSigners.computeIfAbsent(cookie, name -> Signer.of(secretKey, "cookie:" + name, fallbackKeys));
    }

    /** A name and the converter it stands for in patterns. */
    private record NamedConverter(String name, Converter<?> converter) {}

    /** Collects a site's parts; {@link #build()} checks the routes and the system checks and refuses a broken site. */
    public static final class Builder {
        private Settings settings = Settings.builder().build();
        private final List<Route<View>> routes = new ArrayList<>();
        private final List<NamedConverter> converters = new ArrayList<>();
        private final List<Onion.Layer> layers = new ArrayList<>();
        private Templates templates;
        private Templates.Builder templateSetup;
        private ErrorPages errors;
        private MultipartParser multipart;
        private final List<Check> checks = new ArrayList<>();

        private Builder() {}

        /** The settings (default: Cairn's defaults, debug off). */
        public Builder settings(Settings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Adds routes, matched in the order given. */
        @SafeVarargs
        public final Builder routes(Route<View>... routes) {
            return routes(Arrays.asList(routes));
        }

        /** Adds routes, matched in the order given. */
        public Builder routes(List<Route<View>> routes) {
            this.routes.addAll(routes);
            return this;
        }

        /** Registers a custom path converter under a name, as in {@code <name:param>}. */
        public Builder converter(String name, Converter<?> converter) {
            converters.add(new NamedConverter(name, converter));
            return this;
        }

        /** Adds a middleware below those added before, named by its class. */
        public Builder middleware(Middleware middleware) {
            String name = middleware.getClass().getSimpleName();
            return middleware(name.contains("$$Lambda") ? "middleware #" + (layers.size() + 1) : name, middleware);
        }

        /** Adds a middleware below those added before, under a name for errors and the journey. */
        public Builder middleware(String name, Middleware middleware) {
            layers.add(new Onion.Layer(name, middleware));
            return this;
        }

        /** Adds middleware below those added before, in order. */
        public Builder middleware(List<? extends Middleware> middleware) {
            middleware.forEach(this::middleware);
            return this;
        }

        /** The template engine views render with. */
        public Builder templates(Templates templates) {
            this.templates = templates;
            this.templateSetup = null;
            return this;
        }

        /**
         * The project's template folders, which the site finishes: {@code url()} reverses through its routes,
         * {@code static()} writes URLs under {@code STATIC_URL} (hashed names once collected), templates reload in
         * debug, and every page gets {@code request}, {@code debug} and {@code csp_nonce} (and {@code user} and
         * {@code perms} behind an authentication middleware).
         */
        public Builder templates(Templates.Builder templates) {
            this.templateSetup = templates;
            this.templates = null;
            return this;
        }

        /**
         * The error pages (default: the built-in ones, debug as the settings say, and the project's
         * {@code 404.html}, {@code 500.html}, ... from {@link #templates(Templates)} when it holds them).
         */
        public Builder errors(ErrorPages errors) {
            this.errors = errors;
            return this;
        }

        /** The multipart limits for uploads (default: cairn-http's). */
        public Builder multipart(MultipartParser multipart) {
            this.multipart = multipart;
            return this;
        }

        /** Adds a project system check, run after the built-in ones when the site is built and by {@code check()}. */
        public Builder check(Check check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Builds the site and runs the system checks; warnings are logged on {@code cairn.checks}.
         *
         * @throws dev.cairn.web.routing.RoutingException for a malformed or conflicting route, with its check id
         * @throws dev.cairn.web.checks.SystemCheckError when a check reports an ERROR or CRITICAL, listing each
         */
        public WebApp build() {
            WebApp app = new WebApp(this);
            SystemChecks.enforce(app.check());
            return app;
        }
    }
}
