package dev.cairn.server;

/** Placeholder until the server lands; removed with it. */
final class Placeholder {
    private Placeholder() {}
}
