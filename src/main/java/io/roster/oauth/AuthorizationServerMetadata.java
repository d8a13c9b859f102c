package io.roster.oauth;

import io.roster.scim.json.Jsons;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * RFC 8414 metadata at {@code /.well-known/oauth-authorization-server}: a servlet, since no JAX-RS
 * application may own the root path beside the console. The issuer is the base URL the caller used.
 */
@WebServlet("/.well-known/oauth-authorization-server")
public class AuthorizationServerMetadata extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String url = request.getRequestURL().toString();
    String issuer = url.substring(0, url.length() - request.getServletPath().length());
    var metadata =
        Jsons.createObjectBuilder()
            .add("issuer", issuer)
            .add("token_endpoint", issuer + "/oauth/token")
            .add("grant_types_supported", Jsons.createArrayBuilder().add("client_credentials"))
            .add("response_types_supported", Jsons.createArrayBuilder())
            .add(
                "token_endpoint_auth_methods_supported",
                Jsons.createArrayBuilder()
                    .add("client_secret_basic")
                    .add("client_secret_post")
                    .add("private_key_jwt"))
            .add(
                "token_endpoint_auth_signing_alg_values_supported",
                Jsons.createArrayBuilder().add("RS256").add("ES256"))
            .add("scopes_supported", Jsons.createArrayBuilder().add(AccessTokens.SCOPE))
            .build();
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(metadata.toString());
  }
}
