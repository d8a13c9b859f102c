package io.roster.sso;

import io.roster.role.PersonAccess.Person;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pages an SSO sign-in may end on besides the console: the refusal, which says plainly why, and
 * Test sign-in's result. Plain HTML in the console's look, every value escaped.
 */
final class SsoPages {
  private SsoPages() {}

  /** 403 with the reason, and the way back to the sign-in page. */
  static Response refused(String contextPath, String reason) {
    String body =
        "<h1 class=\"plain-title\">You cannot sign in to Roster</h1>"
            + "<p class=\"msg msg-error\" role=\"alert\">"
            + escape(reason)
            + "</p><p class=\"hint\">Ask an administrator of Roster or of your identity provider"
            + " if you think you should have access.</p>"
            + "<p><a class=\"btn\" href=\""
            + escape(contextPath)
            + "/console/login.xhtml\">Back to sign-in</a></p>";
    return html(Response.Status.FORBIDDEN, contextPath, "Sign-in refused", body);
  }

  /** Plain page for an SSO endpoint that cannot serve (SSO off, not configured, a bad request). */
  static Response problem(String contextPath, Response.Status status, String message) {
    String body =
        "<h1 class=\"plain-title\">Single sign-on</h1><p class=\"msg msg-error\" role=\"alert\">"
            + escape(message)
            + "</p><p><a class=\"btn\" href=\""
            + escape(contextPath)
            + "/console/login.xhtml\">Back to sign-in</a></p>";
    return html(status, contextPath, "Single sign-on", body);
  }

  /** Test sign-in's result: what was received, and the user it matched or exactly why none. */
  static Response testResult(
      String contextPath, SsoIdentity identity, Person person, String refusal) {
    StringBuilder body = new StringBuilder("<h1 class=\"plain-title\">Test sign-in</h1>");
    body.append(
            refusal == null
                ? "<p class=\"msg msg-info\" role=\"status\">This person would be signed in."
                : "<p class=\"msg msg-error\" role=\"alert\">This person would be refused: "
                    + escape(refusal))
        .append(" Nobody was signed in by this test.</p>");
    body.append("<h2>Identity received</h2><dl class=\"facts\">")
        .append(fact("Protocol", identity.protocol()))
        .append(fact("Issuer", identity.issuer()))
        .append(
            fact(
                "Matched on",
                identity.matchAttribute().scimName() + " = " + nullToDash(identity.matchValue())))
        .append("</dl><table class=\"table\"><thead><tr><th>Attribute</th><th>Values</th></tr>")
        .append("</thead><tbody>");
    for (Map.Entry<String, List<String>> e : identity.received().entrySet()) {
      body.append("<tr><td><code>")
          .append(escape(e.getKey()))
          .append("</code></td><td>")
          .append(escape(String.join(", ", e.getValue())))
          .append("</td></tr>");
    }
    body.append("</tbody></table><h2>Roster user</h2>");
    if (person == null) {
      body.append("<p>None matched.</p>");
    } else {
      body.append("<dl class=\"facts\">")
          .append(fact("userName", person.userName()))
          .append(fact("id", person.id().toString()))
          .append(fact("Active", person.active() ? "yes" : "no"))
          .append(
              fact(
                  "Console access",
                  person.access().entrySet().stream()
                      .map(e -> e.getKey() + ": " + e.getValue().wire())
                      .collect(Collectors.joining(", "))))
          .append("</dl>");
    }
    return html(Response.Status.OK, contextPath, "Test sign-in", body.toString());
  }

  private static String fact(String name, String value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(nullToDash(value)) + "</dd>";
  }

  private static String nullToDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  private static Response html(
      Response.Status status, String contextPath, String title, String content) {
    String page =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<meta name=\"robots\" content=\"noindex\"/><title>"
            + escape(title)
            + " · Roster</title><link rel=\"stylesheet\" href=\""
            + escape(contextPath)
            + "/jakarta.faces.resource/console.css.xhtml?ln=console\"/></head>"
            + "<body class=\"plain\"><main class=\"plain-main\">"
            + "<div class=\"plain-brand\"><span>Roster</span></div>"
            + "<section class=\"card plain-card\">"
            + content
            + "</section></main></body></html>";
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        .entity(page)
        .build();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
