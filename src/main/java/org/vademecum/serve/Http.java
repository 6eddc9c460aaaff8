package org.vademecum.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The dev server's HTTP rules: which requests it answers, and responses that always carry their headers. */
final class Http {
    static final String TEXT = "text/plain; charset=utf-8";
    private static final List<String> LOCAL_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private Http() {}

    /**
     * Whether a {@code Host} header names this machine ({@code localhost}, {@code 127.0.0.1} or {@code [::1]}, with
     * or without a port); false for null, for any other name and for malformed values. Refusing other names stops
     * DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 still sends {@code Host: evil.example}.
     */
    static boolean isLocalHost(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        int nameEnd = h.startsWith("[") ? h.indexOf(']') + 1 : h.indexOf(':');
        if (nameEnd == 0) return false; // '[' without ']'
        if (nameEnd < 0) nameEnd = h.length();
        String port = h.substring(nameEnd);
        if (!port.isEmpty() && !port.matches(":\\d{1,5}")) return false;
        return LOCAL_NAMES.contains(h.substring(0, nameEnd));
    }

    /**
     * The reason to refuse a request before looking at its path, or null to answer it: a foreign or missing (or
     * repeated) {@code Host} (421), a method other than GET and HEAD (405).
     */
    static Refusal refusal(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1 || !isLocalHost(hosts.get(0))) {
            return new Refusal(421, "this development server only answers to localhost, 127.0.0.1 and [::1]\n");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            return new Refusal(405, "method " + method + " not allowed: use GET or HEAD\n");
        }
        return null;
    }

    record Refusal(int status, String message) {}

    /** Sets the headers every response carries: its type, no MIME sniffing, no caching. */
    static void commonHeaders(HttpExchange exchange, String type) {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
    }

    /** Sends a complete response and closes the exchange; for HEAD, the headers (length included) without the body. */
    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        commonHeaders(exchange, type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK server sends no body for HEAD and warns if given a length, so the header is set by hand.
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }
}
