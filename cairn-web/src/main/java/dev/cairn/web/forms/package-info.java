/**
 * Forms: typed fields, validation, errors per field and per form, bound from request data and files.
 *
 * <p>
 * A {@link dev.cairn.web.forms.Form} declares {@link dev.cairn.web.forms.Field}s made by
 * {@link dev.cairn.web.forms.Fields}, binds to a request's {@link dev.cairn.http.Params} and multipart
 * {@link dev.cairn.http.Part}s, and answers {@code isValid()}, typed cleaned values ({@code form.cleaned(title)}),
 * plain-text errors, and {@link dev.cairn.web.forms.BoundField}s that templates draw, showing the user's input back.
 * Cleaning follows Django: convert, then required, then validators, then the form's cross-field
 * {@code clean()}; the messages are Django's.
 */
package dev.cairn.web.forms;
