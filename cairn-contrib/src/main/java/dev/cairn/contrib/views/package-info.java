/**
 * Generic model views, as Django's: {@link dev.cairn.contrib.views.ListView} (with a
 * {@link dev.cairn.contrib.views.Paginator} and its {@link dev.cairn.contrib.views.Page}s),
 * {@link dev.cairn.contrib.views.DetailView}, {@link dev.cairn.contrib.views.CreateView},
 * {@link dev.cairn.contrib.views.UpdateView} and {@link dev.cairn.contrib.views.DeleteView}. Each renders a template
 * named after its model ({@code shelf/book_list.html}, {@code _detail}, {@code _form}, {@code _confirm_delete}) with
 * Django's context names ({@code object_list}, {@code page_obj}, {@code object}, {@code form}), answers an htmx
 * fragment request with one block when given one, and a missing row or page with 404.
 */
package dev.cairn.contrib.views;
