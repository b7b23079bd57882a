package com.newsdesk.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.api.support.Http;
import com.newsdesk.api.support.Reply;
import com.newsdesk.testing.StoryCopies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow clients cannot take the service down. 220 connections (more than Tomcat's 200 worker threads) each announce a
 * body and then send it one byte every half second: anonymous GETs and anonymous corrections announcing 60,000 bytes
 * (under the body limit, so nothing refused them before; each held a worker while Tomcat drained the body it had not
 * read). Along with them, the review's own attack, GETs announcing {@code Content-Length: 1000000}, and requests whose
 * headers trickle in. While they are all open, a reader's request is answered within 2 s, every time.
 */
@ApiTest
class SlowClientsTest {

    private static final String STORY = "/api/articles/" + StoryCopies.SEEDED_SLUG;
    private static final int SLOW_BODIES = 220;
    private static final int HUGE_BODIES = 20;
    private static final int SLOW_HEADERS = 20;

    @LocalServerPort
    int port;

    @Test
    void aReadIsAnsweredWithinTwoSecondsWhile220ClientsTrickleTheirBodies() throws Exception {
        Http http = new Http(port);
        http.get(STORY).expect(200); // warm: the first read of a context initialises the dispatcher

        List<Socket> attackers = new ArrayList<>();
        List<Socket> slowBodies = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService trickle = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < SLOW_BODIES; i++) {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(100);
                String head = i % 2 == 0
                        ? "GET /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 60000\r\n\r\n"
                        : "POST " + STORY + "/corrections HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                + "If-Match: \"r1\"\r\nContent-Length: 60000\r\n\r\n{";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                attackers.add(socket);
                slowBodies.add(socket);
            }
            for (int i = 0; i < HUGE_BODIES; i++) {
                Socket socket = new Socket("localhost", port);
                socket.getOutputStream()
                        .write("GET /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n"
                                .getBytes(StandardCharsets.ISO_8859_1));
                attackers.add(socket);
            }
            for (int i = 0; i < SLOW_HEADERS; i++) {
                Socket socket = new Socket("localhost", port);
                socket.setSoTimeout(100);
                socket.getOutputStream()
                        .write("GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Slow: "
                                .getBytes(StandardCharsets.ISO_8859_1));
                attackers.add(socket);
            }
            // One byte every half second on every connection, answered or not, for as long as the service keeps it
            // open:
            // an attacker does not stop because it was answered. What the service answers is read and counted.
            Set<Socket> refused = ConcurrentHashMap.newKeySet();
            trickle.submit(() -> {
                while (attacking.get()) {
                    for (Socket socket : attackers) {
                        if (sendAByteAndReadWhatCame(socket) && slowBodies.contains(socket) && refused.add(socket)) {
                            answered.incrementAndGet();
                        }
                    }
                    Thread.sleep(500);
                }
                return null;
            });
            // The attack is under way: every connection has announced its body and trickles it.
            Thread.sleep(1_000);

            List<Long> millis = new ArrayList<>();
            for (int read = 0; read < 5; read++) {
                long start = System.nanoTime();
                Reply reply = http.get(STORY, "Cache-Control", "no-cache");
                millis.add((System.nanoTime() - start) / 1_000_000);
                reply.expect(200);
                Thread.sleep(200);
            }
            String figures = "reads under attack, ms: " + millis + "; slow connections answered: " + answered.get()
                    + " of " + SLOW_BODIES + " slow bodies";
            System.out.println(figures);
            Path out = Path.of("target", "reliability", "slow-clients.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, figures);
            assertThat(millis)
                    .as("ms per read while %d connections trickle", attackers.size())
                    .allSatisfy(ms -> assertThat(ms).isLessThan(2_000));
            // The slow bodies were refused at once (400 for a GET with a body, 401 for an anonymous correction),
            // without waiting for the bytes.
            assertThat(answered.get()).isEqualTo(SLOW_BODIES);
        } finally {
            attacking.set(false);
            trickle.shutdown();
            trickle.awaitTermination(5, TimeUnit.SECONDS);
            for (Socket socket : attackers) {
                socket.close();
            }
        }
    }

    /** Sends one more byte, and reads what the service sent: true when that is a 4xx answer. */
    private static boolean sendAByteAndReadWhatCame(Socket socket) {
        if (socket.isClosed()) {
            return false;
        }
        boolean refusal = false;
        try {
            InputStream in = socket.getInputStream();
            if (in.available() > 0) {
                byte[] buffer = new byte[4096];
                int n = in.read(buffer);
                if (n < 0) {
                    socket.close();
                    return false;
                }
                refusal = new String(buffer, 0, n, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 4");
            }
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByTheService) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        return refusal;
    }
}
