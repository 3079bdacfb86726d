/** Error pages: what the client sees when a request fails, plain in production and telling in debug. */
package dev.cairn.web.errors;
