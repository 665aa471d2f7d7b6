package jp.banso.store.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay between a laptop and the test server, standing in for the network. It can cut every connection just
 * before the server's n-th answer of a kind (e.g. the first "COMMIT": the server committed, the laptop never hears it)
 * reaches the laptop, running something first (a server restart). Bytes are relayed as they are, so TLS goes through
 * it untouched (cutting by answer needs the plain protocol of a localhost connection).
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong relayed = new AtomicLong();
    private volatile String cutTag;
    private volatile int cutCountdown;
    private volatile Runnable atCut = () -> { };
    private volatile int cuts;

    /** Listens on {@code address} (an ephemeral port) and relays to localhost:{@code targetPort}. */
    CuttingProxy(String address, int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getByName(address));
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The JDBC address of a database behind this relay. */
    String url(String database) {
        String host = listener.getInetAddress().getHostAddress();
        return "jdbc:postgresql://" + (host.equals("127.0.0.1") ? "localhost" : host) + ":" + port() + "/" + database;
    }

    /** Bytes relayed so far (both directions, all connections). */
    long relayed() {
        return relayed.get();
    }

    /** How many times the relay cut its connections. */
    int cuts() {
        return cuts;
    }

    /**
     * Cuts every connection just before the {@code nth} server answer with the command tag {@code tag} ("COMMIT",
     * "SELECT") reaches the laptop, after running {@code first}; later connections are relayed again.
     */
    void cutBeforeAnswer(String tag, int nth, Runnable first) {
        atCut = first;
        cutCountdown = nth;
        cutTag = tag;
    }

    /** Cuts every open connection now. */
    void cutAll() {
        cuts++;
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    /** Whether this chunk from the server carries the awaited answer (its tag counted across chunks). */
    private boolean awaitedAnswerIn(byte[] chunk, int n, StringBuilder tail) {
        String tag = cutTag;
        if (tag == null) {
            return false;
        }
        // command tags are ASCII; the tail (shorter than the tag) finds a tag split between two chunks, never one twice
        String text = tail + new String(chunk, 0, n, StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 1)) {
            found++;
        }
        tail.setLength(0);
        tail.append(text, Math.max(0, text.length() - tag.length() + 1), text.length());
        return found > 0 && (cutCountdown -= found) <= 0;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                try {
                    server.connect(new InetSocketAddress("localhost", targetPort), 5_000);
                } catch (IOException e) {
                    closeQuietly(client); // the server is down: the laptop sees the connection fail
                    closeQuietly(server);
                    continue;
                }
                open.add(client);
                open.add(server);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            StringBuilder tail = new StringBuilder();
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    relayed.addAndGet(n);
                    if (fromServer) {
                        synchronized (this) {
                            if (awaitedAnswerIn(buffer, n, tail)) {
                                cutTag = null;
                                atCut.run();
                                cutAll();
                                return;
                            }
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed or was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
    }
}
