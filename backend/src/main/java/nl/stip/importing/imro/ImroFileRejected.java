package nl.stip.importing.imro;

import java.util.List;
import java.util.stream.Collectors;

/** The file cannot be taken in as an IMRO2012 bestemmingsplan; {@link #problems()} lists every reason found. */
public class ImroFileRejected extends RuntimeException {

    private final transient List<ImroProblem> problems;

    ImroFileRejected(String file, List<ImroProblem> problems) {
        super(file + " is refused as IMRO2012 bestemmingsplan (" + problems.size() + " "
                + (problems.size() == 1 ? "error" : "errors") + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImroProblem> problems() {
        return problems;
    }
}
