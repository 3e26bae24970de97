import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Runs mongo-java-server on one address (the library's own mains bind 0.0.0.0 or "localhost"; ours
 * must stay on 127.0.0.1). In memory by default; `--h2 FILE` keeps the data in an H2 MVStore file
 * that survives a restart. SIGTERM closes the listener, then the backend, so H2 commits on the way out.
 *
 *   java -cp 'libs/*:classes' MongoLauncher --host 127.0.0.1 --port 27017 [--h2 data/mongo.mv]
 */
public final class MongoLauncher {
    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 27017;
        String h2File = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--h2" -> h2File = args[++i];
                default -> {
                    System.err.println("unknown argument " + args[i] + "; usage: MongoLauncher --host H --port P [--h2 FILE]");
                    System.exit(2);
                }
            }
        }
        MongoBackend backend;
        if (h2File == null) {
            backend = new MemoryBackend();
        } else {
            Path parent = Path.of(h2File).toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            backend = new H2Backend(h2File);
        }
        MongoServer server = new MongoServer(backend);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            backend.close();
            stopped.countDown();
        }, "mongo-shutdown"));
        server.bind(host, port);
        System.err.println("mongo-java-server " + backend + " listening on " + host + ":" + port);
        stopped.await();
    }
}
