package org.vademecum.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code vademecum --help} and of {@code vademecum COMMAND --help}. */
final class Help {
    private static final int WIDTH = 100;

    private Help() {}

    static String main(List<Command> commands) {
        StringBuilder out = new StringBuilder();
        out.append("Usage: vademecum COMMAND [OPTIONS]\n").append(Main.DESCRIPTION).append("\n\nCommands:\n");
        List<String[]> rows = new ArrayList<>();
        for (Command c : commands) rows.add(new String[] {c.spec().name(), c.spec().description().get(0)});
        rows.add(new String[] {"help", "Shows the help of a command: vademecum help COMMAND."});
        table(out, rows);
        out.append("\nOptions:\n");
        table(out, standardOptions());
        exitCodes(out, Main.EXIT_CODES);
        out.append("\nRun vademecum COMMAND --help for the options of a command.\n");
        return out.toString();
    }

    static String command(Command.Spec command) {
        StringBuilder out = new StringBuilder("Usage: vademecum ").append(command.name()).append(" [OPTIONS]");
        command.parameters().forEach(p -> out.append(' ').append(p.label()));
        out.append('\n');
        for (int i = 0; i < command.description().size(); i++) {
            if (i > 0) out.append('\n');
            wrap(out, command.description().get(i), 0);
        }
        if (!command.parameters().isEmpty()) {
            out.append("\nParameters:\n");
            table(out, command.parameters().stream().map(p -> new String[] {p.label(), p.description()}).toList());
        }
        out.append("\nOptions:\n");
        List<String[]> rows = new ArrayList<>();
        for (Option o : command.options()) rows.add(new String[] {o.synopsis(), o.description()});
        rows.addAll(standardOptions());
        table(out, rows);
        if (!command.exitCodes().isEmpty()) exitCodes(out, command.exitCodes());
        return out.toString();
    }

    private static List<String[]> standardOptions() {
        return List.of(new String[] {"-h, --help", "Shows this help and exits."},
                new String[] {"-V, --version", "Prints the version and exits."});
    }

    private static void exitCodes(StringBuilder out, List<String> codes) {
        out.append("\nExit codes:\n");
        table(out, codes.stream().map(c -> c.split(":", 2)).toList());
    }

    /** Rows of two columns, the second wrapped and aligned. */
    private static void table(StringBuilder out, List<String[]> rows) {
        int first = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            out.append("  ").append(row[0]).append(" ".repeat(first - row[0].length() + 3));
            wrap(out, row[1], first + 5);
        }
    }

    /** Appends {@code text} cut at spaces to fit the width, the lines after the first indented by {@code indent}. */
    private static void wrap(StringBuilder out, String text, int indent) {
        int column = indent;
        boolean lineStart = true;
        for (String word : text.split(" ")) {
            if (!lineStart && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        out.append('\n');
    }
}
