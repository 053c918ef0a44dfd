package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.ReindexProgress;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The rebuild as a command: started with {@code --cybersudoe.search.rebuild-and-exit=true}, the platform rebuilds the
 * whole index from every source, prints its progress every second and the total, and exits (0 when the rebuild
 * completed, 1 when it failed) before it serves anything. See docs/operations.md, "Search index".
 */
@Component
@ConditionalOnProperty(name = "cybersudoe.search.rebuild-and-exit", havingValue = "true")
class RebuildCommand implements ApplicationRunner {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final SearchService search;
    private final ConfigurableApplicationContext context;

    RebuildCommand(SearchService search, ConfigurableApplicationContext context) {
        this.search = search;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = rebuild(System.out, EVERY);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Rebuilds the index, printing where it stands every {@code every}; the process's exit code. */
    int rebuild(PrintStream out, Duration every) {
        out.println("Search index: rebuilding from every source");
        if (!search.startReindex()) {
            out.println("Search index: a rebuild is already running");
            return 1;
        }
        ReindexProgress progress;
        do {
            try {
                Thread.sleep(every);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 1;
            }
            progress = search.progress();
            out.printf("Search index: %,d documents written%n", progress.documents());
        } while (progress.running());
        if (progress.took() == null) {
            out.println("Search index: the rebuild failed (see the log)");
            return 1;
        }
        out.printf("Search index: rebuilt, %,d documents in %,d ms; the index holds %,d documents%n",
                progress.documents(), progress.took().toMillis(), progress.indexed());
        return 0;
    }
}
