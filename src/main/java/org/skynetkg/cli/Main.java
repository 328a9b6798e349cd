package org.skynetkg.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.skynetkg.SkynetException;

/**
 * The {@code skynet-kg} command line: {@code skynet-kg [--verbose] COMMAND [OPTIONS] ARGS}. Errors are one line
 * on stderr and a non-zero exit (1 for a failure, 2 for a wrong command line); {@code --verbose} adds the stack trace.
 */
public final class Main {
    static final String TOOL = "skynet-kg";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main() {
        for (Command c : new Command[] {new LoadCommand(), new ExtractCommand(), new QueryCommand(), new ServeCommand(),
                new ValidateCommand(), new ExportCommand(), new CompactCommand(), new LinkCommand(), new EvaluateCommand(), new GenerateCommand()}) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        System.exit(new Main().run(args, Console.system()));
    }

    int run(String[] args, Console console) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--verbose") && !a.equals("-v")).toArray(String[]::new);
        if (rest.length == 0 || rest[0].equals("--help") || rest[0].equals("-h") || rest[0].equals("help")) {
            console.out().print(toolHelp());
            return rest.length == 0 ? 2 : 0;
        }
        Command command = commands.get(rest[0]);
        try {
            if (command == null) {
                throw new UsageException("unknown command '" + rest[0] + "'; commands: " + String.join(", ", commands.keySet()));
            }
            Options options = withHelp(command.options());
            CommandLine line = parse(options, Arrays.copyOfRange(rest, 1, rest.length));
            if (line.hasOption("help")) {
                console.out().print(commandHelp(command));
                return 0;
            }
            return command.run(line, console);
        } catch (UsageException e) {
            console.err().println(TOOL + ": " + e.getMessage() + " (see '" + TOOL + " "
                    + (command == null ? "" : command.name() + " ") + "--help')");
            trace(e, verbose, console);
            return 2;
        } catch (SkynetException e) {
            console.err().println(TOOL + ": " + e.getMessage());
            trace(e, verbose, console);
            return 1;
        } catch (Exception e) {
            console.err().println(TOOL + ": unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            trace(e, verbose, console);
            return 1;
        }
    }

    private static CommandLine parse(Options options, String[] args) {
        try {
            return DefaultParser.builder().build().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Options withHelp(Options options) {
        return options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    private static void trace(Exception e, boolean verbose, Console console) {
        if (verbose) {
            e.printStackTrace(console.err());
        }
    }

    String toolHelp() {
        StringBuilder b = new StringBuilder("usage: " + TOOL + " [--verbose] COMMAND [OPTIONS] ARGS\n\n"
                + "Builds an RDF knowledge graph of the Sky Net / Fox Hunt operations from announcements.\n\nCommands:\n");
        commands.values().forEach(c -> b.append(String.format("  %-9s %s%n", c.name(), c.description())));
        return b.append("\n'" + TOOL + " COMMAND --help' shows a command's options; --verbose shows stack traces.\n").toString();
    }

    static String commandHelp(Command c) {
        java.io.StringWriter s = new java.io.StringWriter();
        HelpFormatter f = HelpFormatter.builder().get();
        try (java.io.PrintWriter w = new java.io.PrintWriter(s)) {
            f.printHelp(w, 100, TOOL + " " + c.name() + " [OPTIONS] " + c.arguments(), c.description(),
                    withHelp(c.options()), 2, 3, null, false);
        }
        return s.toString();
    }
}
