package dev.cairn.contrib.auth.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Where a command asks its questions and writes its answers: the terminal for a person, a script of answers in a
 * test.
 */
public interface Console {

    /** Shows {@code prompt} and reads a line, without its line end; null at the end of input. */
    String readLine(String prompt);

    /** Shows {@code prompt} and reads a line without showing what is typed, where the terminal allows; null at the end. */
    String readPassword(String prompt);

    /** Standard output. */
    PrintWriter out();

    /** Standard error. */
    PrintWriter err();

    /**
     * The process's terminal ({@link System#console()}), whose passwords are not echoed; when there is none (input
     * from a pipe), lines are read from standard input.
     */
    static Console system() {
        java.io.Console terminal = System.console();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (terminal != null) {
            return new Console() {
                @Override
                public String readLine(String prompt) {
                    return terminal.readLine("%s", prompt);
                }

                @Override
                public String readPassword(String prompt) {
                    char[] typed = terminal.readPassword("%s", prompt);
                    return typed == null ? null : new String(typed);
                }

                @Override
                public PrintWriter out() {
                    return out;
                }

                @Override
                public PrintWriter err() {
                    return err;
                }
            };
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        return new Console() {
            @Override
            public String readLine(String prompt) {
                out.print(prompt);
                out.flush();
                try {
                    return in.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String readPassword(String prompt) {
                return readLine(prompt);
            }

            @Override
            public PrintWriter out() {
                return out;
            }

            @Override
            public PrintWriter err() {
                return err;
            }
        };
    }
}
