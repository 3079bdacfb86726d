package dev.cairn.contrib.auth.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A console that answers from a script and keeps a transcript: prompts and answers, with passwords hidden. */
final class ScriptedConsole implements Console {

    private final Deque<String> answers;
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    private final PrintWriter out = new PrintWriter(outText, true);
    private final PrintWriter err = new PrintWriter(errText, true);

    ScriptedConsole(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        String answer = answers.poll();
        out.println(answer == null ? "<end of input>" : answer);
        return answer;
    }

    @Override
    public String readPassword(String prompt) {
        out.print(prompt);
        String answer = answers.poll();
        out.println(answer == null ? "<end of input>" : "");
        return answer;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public PrintWriter err() {
        return err;
    }

    /** What was written to standard output. */
    String printed() {
        return outText.toString();
    }

    /** What was written to standard error. */
    String errors() {
        return errText.toString();
    }

    /** Whether every answer was used. */
    boolean finished() {
        return answers.isEmpty();
    }
}
