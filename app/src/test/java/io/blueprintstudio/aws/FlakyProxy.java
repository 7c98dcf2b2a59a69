package io.blueprintstudio.aws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of an emulator that cuts connections in the middle of a response: each connection is
 * closed after a random 1,000 to 16,000 bytes of answers (a fixed seed, so a run is repeatable), the way a proxy, a
 * VPN or a Wi-Fi change drops them.
 */
final class FlakyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final URI upstream;
    private final Random random = new Random(42);
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile boolean open = true;

    FlakyProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "flaky-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** How many connections were cut mid-response. */
    int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = server.accept();
                Socket service = new Socket(upstream.getHost(), upstream.getPort());
                int budget;
                synchronized (random) {
                    budget = 1_000 + random.nextInt(15_000);
                }
                pump(client, service, Integer.MAX_VALUE, false);
                pump(service, client, budget, true);
            } catch (IOException e) {
                if (open) {
                    System.err.println("flaky proxy: " + e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, int budget, boolean countCut) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[512];
            int left = budget;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf, 0, Math.min(buf.length, Math.max(1, left)))) > 0) {
                    out.write(buf, 0, n);
                    out.flush();
                    left -= n;
                    if (left <= 0) {
                        if (countCut) {
                            cuts.incrementAndGet();
                        }
                        break;
                    }
                }
            } catch (IOException closed) {
                // the other direction closed the pair
            } finally {
                close(from);
                close(to);
            }
        }, "flaky-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
