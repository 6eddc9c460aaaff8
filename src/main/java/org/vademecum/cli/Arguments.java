package org.vademecum.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.vademecum.diag.Suggestions;

/**
 * A command's arguments, parsed against the options and parameters it declares: options as {@code --name value} or
 * {@code --name=value}, in any order among the parameters, {@code --} ending the options; {@code -h}/{@code --help}
 * and {@code -V}/{@code --version} everywhere. Anything else is a {@link UsageException} that says what to type.
 */
final class Arguments {
    static final List<String> HELP = List.of("-h", "--help");
    static final List<String> VERSION = List.of("-V", "--version");

    private final Map<String, List<String>> options;
    private final List<String> parameters;
    private final boolean help;
    private final boolean version;

    private Arguments(Map<String, List<String>> options, List<String> parameters, boolean help, boolean version) {
        this.options = options;
        this.parameters = parameters;
        this.help = help;
        this.version = version;
    }

    static Arguments parse(Command.Spec command, List<String> args) throws UsageException {
        Map<String, Option> known = new HashMap<>();
        command.options().forEach(o -> known.put(o.name(), o));
        Map<String, List<String>> options = new HashMap<>();
        List<String> parameters = new ArrayList<>();
        boolean help = false;
        boolean version = false;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parameters.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (HELP.contains(arg)) {
                help = true;
                continue;
            }
            if (VERSION.contains(arg)) {
                version = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Option option = known.get(name);
            if (option == null) {
                TreeSet<String> names = new TreeSet<>(known.keySet());
                throw new UsageException("unknown option '" + name + "' for " + command.name(), Suggestions.closest(name, names)
                        .map(c -> "did you mean " + c + "?").orElse(names.isEmpty() ? command.name() + " takes no options"
                                : command.name() + " takes " + String.join(", ", names) + " (see vademecum " + command.name() + " --help)"));
            }
            String value;
            if (!option.takesValue()) {
                if (eq >= 0) throw new UsageException(name + " takes no value", "write " + name + " alone");
                value = "";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value", "write " + option.synopsis());
            }
            List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
            if (!values.isEmpty() && !option.repeatable()) {
                throw new UsageException(name + " is given twice", "keep one " + name);
            }
            values.add(value);
        }
        if (!help && !version) {
            List<Command.Parameter> declared = command.parameters();
            String labels = String.join(" ", declared.stream().map(Command.Parameter::label).toList());
            if (parameters.size() < declared.size()) {
                Command.Parameter missing = declared.get(parameters.size());
                throw new UsageException(command.name() + " needs " + missing.label() + ": " + missing.description(),
                        "vademecum " + command.name() + " " + labels);
            }
            if (parameters.size() > declared.size()) {
                String extra = parameters.get(declared.size());
                throw new UsageException("unexpected argument '" + extra + "' for " + command.name(),
                        declared.isEmpty() ? command.name() + " takes options only (see vademecum " + command.name() + " --help)"
                                : "vademecum " + command.name() + " takes " + declared.size() + " argument(s): " + labels);
            }
        }
        return new Arguments(options, parameters, help, version);
    }

    boolean helpRequested() {
        return help;
    }

    boolean versionRequested() {
        return version;
    }

    boolean has(Option option) {
        return options.containsKey(option.name());
    }

    Optional<String> value(Option option) {
        List<String> values = options.get(option.name());
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    List<String> values(Option option) {
        return options.getOrDefault(option.name(), List.of());
    }

    String parameter(int index) {
        return parameters.get(index);
    }

    /** The option's value as a path, or {@code otherwise} when it is absent. */
    Path path(Option option, Path otherwise) throws UsageException {
        Optional<String> value = value(option);
        return value.isEmpty() ? otherwise : toPath(option.name(), value.get());
    }

    static Path toPath(String what, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(what + " '" + value + "' is not a valid path: " + e.getReason(), "write a folder name");
        }
    }

    /** The option's value as a whole number, or {@code otherwise} when it is absent. */
    int integer(Option option, int otherwise) throws UsageException {
        Optional<String> value = value(option);
        if (value.isEmpty()) return otherwise;
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option.name() + " expects a whole number, not '" + value.get() + "'",
                    "e.g. " + option.name() + " " + otherwise);
        }
    }
}
