package dev.cairn.web.csrf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a view class from the CSRF check, as Django's {@code @csrf_exempt} on a class-based view:
 *
 * <pre>{@code
 * @CsrfExempt
 * final class Webhook extends ClassView {
 *     @Override
 *     protected Response post(Request request) { ... }   // called by another service, which holds no CSRF token
 * }
 * }</pre>
 *
 * <p>
 * An exempt view must protect itself some other way (a signature, an API key): anything a browser can be made to
 * send reaches it. For a function view, or a view made by {@code ClassView.perRequest}, use
 * {@link Csrf#exempt(dev.cairn.web.View)}. Subclasses of an exempt class are exempt too.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CsrfExempt {
}
