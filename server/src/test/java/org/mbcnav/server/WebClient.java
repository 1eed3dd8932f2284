package org.mbcnav.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the web app: keeps cookies, does not follow redirects, finds CSRF fields. */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    record Page(int status, String location, String body, HttpResponse<String> raw) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF field in: " + body);
            }
            return m.group(1);
        }
    }

    final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError(b.build().method() + " " + b.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Signs in with an API token through the sign-in form; returns the answer to the form post. */
    Page signIn(String token) {
        Page form = get("/app/login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.csrf());
        fields.put("token", token);
        return postForm("/app/login", fields);
    }

    /** The current value of a cookie, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The CSRF token of the signed-in session, from the sign-out form every page carries. */
    String sessionCsrf() {
        return get("/app/patients/new").csrf();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
