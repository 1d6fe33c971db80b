package org.pacta.app.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A benchmark, not a test (speed is measured, never asserted): serves the demo dataset and times every
 * page of {@link PageList} over HTTP on this machine, after a warm-up. Run it with the reactor's own
 * classes first (the Pacta jars in the local repository may be another branch's):
 * <pre>
 * ./mvnw -q -pl pacta-app -am test-compile
 * ./mvnw -q -pl pacta-app dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test -DexcludeGroupIds=org.pacta
 * java -cp pacta-app/target/test-classes:pacta-app/target/classes:pacta-core/target/classes:\
 * pacta-core/target/test-classes:pacta-log/target/classes:$(cat pacta-app/target/cp.txt) \
 *     org.pacta.app.page.PageTimings
 * </pre>
 */
public final class PageTimings {

    private static final int WARM_UP = 20;
    private static final int RUNS = 50;

    private PageTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("pacta-timings-");
        try (PageFixture demo = PageFixture.demo(folder)) {
            PageClient client = new PageClient(demo.base());
            System.out.printf("%-50s %9s %9s %9s%n", "page", "median", "p95", "max");
            for (String path : PageList.DEMO) {
                for (String lang : List.of("en", "fr")) {
                    String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                    for (int i = 0; i < WARM_UP; i++) {
                        client.get(url);
                    }
                    List<Double> millis = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        long start = System.nanoTime();
                        PageClient.Answer answer = client.get(url);
                        millis.add((System.nanoTime() - start) / 1e6);
                        if (answer.status() != 200) {
                            throw new IllegalStateException(url + " answered " + answer.status());
                        }
                    }
                    Collections.sort(millis);
                    System.out.printf("%-50s %6.1f ms %6.1f ms %6.1f ms%n", url, millis.get(RUNS / 2),
                            millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
                }
            }
        }
    }
}
