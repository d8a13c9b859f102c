package io.roster.oauth;

import io.roster.platform.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /oauth/token}: reads the form body itself, so that a wrong content type is RFC 6749's
 * {@code invalid_request} rather than a bare 415, and answers RFC 6749 §5.1 with {@code
 * Cache-Control: no-store}.
 */
@Path("token")
public class TokenResource {
  @Inject TokenEndpoint endpoint;
  @Inject ClientAddress clientAddress;
  @Context HttpServletRequest servletRequest;

  /** RFC 6749 §5.1's answer. */
  public record TokenAnswer(
      String access_token, String token_type, long expires_in, String scope) {}

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    if (contentType == null
        || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(
            MediaType.valueOf(contentType))) {
      throw OAuthError.invalidRequest("The body must be application/x-www-form-urlencoded");
    }
    TokenRequest request =
        new TokenRequest(form(body), authorization, clientAddress.of(servletRequest));
    IssuedAccessToken token = endpoint.exchange(request);
    return OAuthErrorMapper.noStore(
            Response.ok(
                new TokenAnswer(token.value(), "Bearer", token.expiresInSeconds(), token.scope())))
        .build();
  }

  static Map<String, List<String>> form(String body) {
    Map<String, List<String>> form = new HashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return form;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidRequest("The form body is not URL-encoded");
    }
  }
}
