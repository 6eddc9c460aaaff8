package org.vademecum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/** {@code serve} over raw HTTP: methods, headers on every response, Host names, event stream. One server for all. */
class DevServerHttpTest {
    @TempDir static Path project;
    static DevServer server;
    static String local;

    @BeforeAll
    static void start() throws IOException {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        server = new DevServer(project, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        server.start();
        local = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends one request as written (Host as given, or none for null) and reads the whole answer. */
    static Response request(String method, String path, String host) throws IOException {
        String head = method + " " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n" + (method.equals("POST") || method.equals("PUT") ? "Content-Length: 0\r\n" : "")
                + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return parse(path.equals(DevServer.EVENTS) ? untilHeadersEnd(socket.getInputStream())
                    : socket.getInputStream().readAllBytes());
        }
    }

    static byte[] untilHeadersEnd(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) break;
            bytes.write(b);
        }
        return bytes.toByteArray();
    }

    static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertTrue(end > 0, "no complete response: " + text);
        List<String> lines = text.substring(0, end).lines().toList();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Response(Integer.parseInt(lines.get(0).split(" ")[1]), headers, body);
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            Response r = request(method, "/soins/eau/", local);
            assertEquals(405, r.status(), method);
            assertEquals("GET, HEAD", r.header("Allow"), method);
            assertTrue(r.text().contains("not allowed"), r.text());
        }
        assertEquals(200, request("GET", "/soins/eau/", local).status());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws IOException {
        Response get = request("GET", "/soins/eau/", local);
        Response head = request("HEAD", "/soins/eau/", local);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length, head.text());
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(0, request("HEAD", "/nulle-part/", local).body().length);
    }

    @Test
    void everyResponseSaysItsTypeAndForbidsSniffing() throws IOException {
        record Case(String method, String path, String host, int status) {}
        List<Case> cases = List.of(new Case("GET", "/", local, 200), new Case("GET", "/soins/eau/", local, 200),
                new Case("GET", "/assets/site.css", local, 200), new Case("GET", "/nulle-part/", local, 404),
                new Case("GET", "/soins", local, 301), new Case("GET", DevServer.ERRORS, local, 200),
                new Case("GET", "/__vademecum/reload.js", local, 200), new Case("GET", DevServer.EVENTS, local, 200),
                new Case("HEAD", "/", local, 200), new Case("POST", "/", local, 405),
                new Case("GET", "/", "evil.example", 421));
        for (Case c : cases) {
            Response r = request(c.method(), c.path(), c.host());
            String what = c.method() + " " + c.path() + " (" + c.host() + ")";
            assertEquals(c.status(), r.status(), what);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
            String type = r.header("Content-Type");
            assertNotNull(type, what);
            if (type.startsWith("text/")) assertTrue(type.endsWith("charset=utf-8"), what + ": " + type);
        }
        assertTrue(request("GET", DevServer.EVENTS, local).header("Content-Type").startsWith("text/event-stream"));
    }

    @Test
    void onlyThisMachinesNamesAreAnswered() throws IOException {
        int port = server.port();
        for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1", "127.0.0.1:" + port, "[::1]",
                "[::1]:" + port, "LOCALHOST:" + port)) {
            assertEquals(200, request("GET", "/", host).status(), host);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example", "127.0.0.1.nip.io",
                "localhost:80@evil.example", "[::1", "")) {
            Response r = request("GET", DevServer.ERRORS, host);
            assertEquals(421, r.status(), host);
            assertTrue(r.text().startsWith("this development server only answers to localhost"), r.text());
        }
        assertEquals(421, request("GET", "/", null).status(), "no Host header");
    }

    @Test
    void streamsOfClosedPagesDoNotCountAgainstTheLimit() throws IOException {
        for (int i = 0; i < DevServer.MAX_STREAMS + 8; i++) {
            assertEquals(200, request("GET", DevServer.EVENTS, local).status(), "stream " + i);
        }
    }

    @Test
    void hostNames() {
        assertTrue(Http.isLocalHost("localhost"));
        assertTrue(Http.isLocalHost("[::1]:8000"));
        assertFalse(Http.isLocalHost(null));
        assertFalse(Http.isLocalHost("localhost:"));
        assertFalse(Http.isLocalHost("localhost:8000:1"));
        assertFalse(Http.isLocalHost("[::1]x"));
        assertFalse(Http.isLocalHost("127.0.0.2"));
    }
}
