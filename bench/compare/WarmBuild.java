import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.vademecum.cli.Main;

/**
 * One JVM that runs {@code vademecum build ARGS…} (Main.run, exactly the command line's work, writing included) once
 * per line read on standard input, and answers each with the build's wall time in ms: compare.py's {@code warm}
 * mode times builds whose code is loaded and compiled already, to tell the per-page work from the JVM's start-up.
 * Run as a source file: {@code java -cp target/vademecum.jar bench/compare/WarmBuild.java build --project P --out O}.
 */
public final class WarmBuild {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            StringWriter log = new StringWriter();
            long start = System.nanoTime();
            int code = Main.run(args, new PrintWriter(log), new PrintWriter(log));
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (code != 0) {
                System.err.print(log);
                System.exit(code);
            }
            System.out.println(ms);
            System.out.flush();
        }
    }
}
