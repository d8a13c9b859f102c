package io.roster.sso.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.roster.platform.Transport;
import io.roster.session.ConsoleKeys;
import io.roster.sso.SecretBox;
import io.roster.sso.SsoIdentity;
import io.roster.sso.SsoSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect authorization code flow, Roster as the relying party: {@link #start} sends the
 * browser to the IdP with a fresh {@code state}, {@code nonce} and PKCE S256 challenge (kept in a
 * signed cookie, {@link OidcState}); {@link #callback} checks the state, redeems the code with the
 * client secret and the PKCE verifier, checks the ID token (signature through the IdP's JWKS, iss,
 * aud, exp, nonce) and hands the person to {@link SsoSignIn}.
 */
@ApplicationScoped
public class OidcFlow {
  static final String COOKIE = "roster_oidc";
  static final String PATH = "/sso/oidc";
  static final String CALLBACK = PATH + "/callback";
  static final String KEY_PURPOSE = "oidc-state";
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  @Inject OidcSettings settings;
  @Inject OidcProvider provider;
  @Inject SsoSignIn signIn;
  @Inject ConsoleKeys keys;
  @Inject Transport transport;

  @Inject
  @ConfigProperty(name = "roster.public-url")
  Optional<String> publicUrl;

  /** Where the browser goes next and the cookie to set on the way. */
  public record Redirect(URI location, String setCookie) {
    public Response response() {
      return Response.seeOther(location).header("Set-Cookie", setCookie).build();
    }
  }

  /**
   * The way to the IdP's authorization endpoint.
   *
   * @throws IllegalStateException when OpenID Connect is not configured (the message says so)
   * @throws OidcProvider.Unavailable when discovery fails
   */
  public Redirect start(String returnTo, boolean test, HttpServletRequest request) {
    OidcConfig config = settings.get();
    if (!config.complete()) {
      throw new IllegalStateException(
          "OpenID Connect is not configured: an issuer URL, a client ID and a client secret are"
              + " needed (Settings → SSO).");
    }
    OidcProvider.Endpoints endpoints = provider.endpoints(config.issuer());
    OidcState state = OidcState.begin(returnTo, test, Instant.now());
    String query =
        "response_type=code"
            + param("client_id", config.clientId())
            + param("redirect_uri", redirectUri(request))
            + param("scope", config.scopes())
            + param("state", state.state())
            + param("nonce", state.nonce())
            + param("code_challenge", state.challenge())
            + "&code_challenge_method=S256";
    String authorization = endpoints.authorization().toString();
    URI location = URI.create(authorization + (authorization.contains("?") ? "&" : "?") + query);
    return new Redirect(
        location,
        cookie(
            state.encode(keys.derive(KEY_PURPOSE)), (int) OidcState.LIFETIME.toSeconds(), request));
  }

  /** The end of the flow: Roster's answer, which always clears the flow's cookie. */
  public Response callback(
      String code,
      String state,
      String error,
      String errorDescription,
      HttpServletRequest request) {
    String clear = cookie("", 0, request);
    Optional<OidcState> started =
        OidcState.verify(cookieValue(request), state, keys.derive(KEY_PURPOSE), Instant.now());
    Response answer;
    if (started.isEmpty()) {
      answer =
          signIn.refuse(
              "oidc",
              settings.get().issuer(),
              "This sign-in expired or was started in another browser. Start it again.",
              request);
    } else if (error != null) {
      answer =
          signIn.refuse(
              "oidc",
              settings.get().issuer(),
              "The identity provider refused the sign-in: "
                  + error
                  + (errorDescription == null ? "" : " (" + errorDescription + ")"),
              request);
    } else {
      answer = finish(code, started.get(), request);
    }
    return Response.fromResponse(answer).header("Set-Cookie", clear).build();
  }

  private Response finish(String code, OidcState started, HttpServletRequest request) {
    OidcConfig config = settings.get();
    try {
      OidcProvider.Endpoints endpoints = provider.endpoints(config.issuer());
      JWTClaimsSet claims = idToken(config, endpoints, code, started, request);
      return signIn.finish(identity(config, claims), started.returnTo(), started.test(), request);
    } catch (OidcProvider.Unavailable | SecretBox.NoKey | IllegalStateException e) {
      return signIn.refuse("oidc", config.issuer(), e.getMessage(), request);
    }
  }

  /** Redeems the code and checks the ID token it brings. */
  private JWTClaimsSet idToken(
      OidcConfig config,
      OidcProvider.Endpoints endpoints,
      String code,
      OidcState started,
      HttpServletRequest request) {
    if (code == null || code.isBlank()) {
      throw new IllegalStateException("The identity provider sent no authorization code.");
    }
    String secret = settings.clientSecret(config);
    String form =
        "grant_type=authorization_code"
            + param("code", code)
            + param("redirect_uri", redirectUri(request))
            + param("code_verifier", started.verifier());
    String authorization = null;
    if (endpoints.basicAuthentication()) {
      authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (encode(config.clientId()) + ":" + encode(secret))
                          .getBytes(StandardCharsets.UTF_8));
    } else {
      form += param("client_id", config.clientId()) + param("client_secret", secret);
    }
    JsonObject tokens = provider.post(endpoints.token(), form, authorization);
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw new IllegalStateException(
          "The identity provider issued no ID token: "
              + tokens.getString("error", "no error given")
              + " "
              + tokens.getString("error_description", ""));
    }
    return verify(idToken, endpoints, config.clientId(), started.nonce());
  }

  /** The ID token's claims once its signature, issuer, audience, expiry and nonce are right. */
  JWTClaimsSet verify(
      String idToken, OidcProvider.Endpoints endpoints, String clientId, String nonce) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALGORITHMS, provider.keys(endpoints.jwks())));
    processor.setJWTClaimsSetVerifier(claimsVerifier(endpoints.issuer(), clientId, nonce));
    try {
      return processor.process(idToken, null);
    } catch (ParseException | BadJOSEException e) {
      throw new IllegalStateException("The ID token was refused: " + e.getMessage());
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException("The ID token could not be checked: " + e.getMessage());
    }
  }

  /** iss and nonce exactly, aud containing the client, exp in the future (60 s of skew). */
  static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(
      String issuer, String clientId, String nonce) {
    return new DefaultJWTClaimsVerifier<>(
        clientId,
        new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
        Set.of("sub", "exp", "iat"));
  }

  static SsoIdentity identity(OidcConfig config, JWTClaimsSet claims) {
    Map<String, List<String>> received = new LinkedHashMap<>();
    claims
        .getClaims()
        .forEach(
            (name, value) ->
                received.put(
                    name,
                    value instanceof List<?> list
                        ? list.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(value))));
    Object value = claims.getClaim(config.claim().claimName());
    return new SsoIdentity(
        "oidc",
        claims.getIssuer(),
        value == null ? null : String.valueOf(value),
        config.claim().attribute(),
        received);
  }

  /** The callback URL to register at the IdP: {@code roster.public-url}, or this request's host. */
  public String redirectUri(HttpServletRequest request) {
    String base =
        publicUrl.orElseGet(
            () -> {
              URI url = URI.create(request.getRequestURL().toString());
              return url.getScheme() + "://" + url.getRawAuthority() + request.getContextPath();
            });
    return base.replaceAll("/+$", "") + CALLBACK;
  }

  private String cookieValue(HttpServletRequest request) {
    return Optional.ofNullable(request.getCookies()).stream()
        .flatMap(Arrays::stream)
        .filter(c -> c.getName().equals(COOKIE))
        .map(Cookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private String cookie(String value, int maxAge, HttpServletRequest request) {
    return COOKIE
        + "="
        + value
        + "; Path="
        + request.getContextPath()
        + PATH
        + "; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Lax"
        + (transport.secure(request) ? "; Secure" : "");
  }

  private static String param(String name, String value) {
    return "&" + name + "=" + encode(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
