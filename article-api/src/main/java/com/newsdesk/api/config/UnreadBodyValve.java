package com.newsdesk.api.config;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * When the service has answered a request without reading all of its body (a 401 before a correction is read, a
 * refused GET with a body), Tomcat next reads and discards the rest, up to {@code max-swallow-size}, on the same
 * worker thread, to keep the connection usable: closing a connection with unread bytes makes the kernel reset it, and
 * the client may lose the answer. A client that sends that rest one byte at a time would hold the worker for as long
 * as it likes.
 *
 * <p>So this valve drains what has arrived itself, without blocking, and waits for the rest at most {@code drainTime}
 * (50 ms): a client that has sent its body (every well-behaved one) is drained at once, gets its answer and keeps its
 * connection; one that is still sending after that, or that announced more than {@code maxDrain} bytes (Tomcat's
 * max-swallow-size, 2 MB), has its connection closed once the answer is out, and nothing more is read.
 */
final class UnreadBodyValve extends ValveBase {

    private final long drainNanos;
    private final long maxDrain;

    UnreadBodyValve(Duration drainTime, long maxDrain) {
        super(true);
        this.drainNanos = drainTime.toNanos();
        this.maxDrain = maxDrain;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.isAsync()) {
            return;
        }
        AtomicBoolean fullyRead = new AtomicBoolean(true);
        request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
        if (!fullyRead.get() && !drained(request)) {
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }

    /**
     * Reads and discards the rest of the body as far as it has arrived, without ever waiting on the client for more than
     * {@code drainTime} in all: true when the whole body is in.
     */
    private boolean drained(Request request) {
        if (request.getContentLengthLong() > maxDrain) {
            return false;
        }
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        long deadline = System.nanoTime() + drainNanos;
        long read = 0;
        byte[] buffer = new byte[8192];
        try {
            InputStream body = request.getInputStream();
            while (read <= maxDrain) {
                AtomicBoolean finished = new AtomicBoolean();
                coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, finished);
                if (finished.get()) {
                    return true;
                }
                // What has arrived, read without blocking; a client still sending gets the grace of drainTime.
                coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
                int available = coyote.getAvailable();
                if (available > 0) {
                    int n = body.read(buffer, 0, Math.min(buffer.length, available));
                    if (n < 0) {
                        return true;
                    }
                    read += n;
                } else if (System.nanoTime() - deadline > 0) {
                    return false;
                } else {
                    Thread.sleep(5);
                }
            }
        } catch (IOException | IllegalStateException unreadable) {
            // A broken connection, or a body already taken as a Reader: close rather than drain.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
