package org.mbcnav.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between the server and its database, so a test can take the database
 * away and give it back without touching the database server itself. While cut, open connections
 * are reset and new ones are accepted and reset at once (what a client sees when a database host
 * goes down and its port stops answering).
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("tcp-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Resets every relayed connection and refuses new ones until {@link #restore()}. */
    synchronized void cut() {
        cut = true;
        open.forEach(TcpProxy::reset);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    reset(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                synchronized (this) {
                    // Cut while connecting upstream: this connection must not outlive the cut.
                    if (cut) {
                        reset(client);
                        reset(upstream);
                        continue;
                    }
                    open.add(client);
                    open.add(upstream);
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // The listener was closed, or the target refused: the client sees its socket close.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-proxy-pump").start(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed or was reset; close the other below.
            } finally {
                reset(from);
                reset(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    /** Closes with SO_LINGER 0, so the peer gets a reset rather than a clean end of stream. */
    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0);
            s.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
