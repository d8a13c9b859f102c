package io.roster.sso.saml;

import io.roster.session.ReturnTo;
import io.roster.sso.SsoSettings;
import io.roster.sso.SsoSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Roster's SAML service provider endpoints under {@code /sso/saml}: the SP metadata, SP-initiated
 * sign-in (HTTP-Redirect) and the assertion consumer service (HTTP-POST, IdP-initiated too). What
 * follows the protocol's checks (matching a provisioned user, the session, the audit) is {@link
 * SsoSignIn}'s.
 */
@Path("")
@RequestScoped
public class SamlResource {
  private static final Logger LOG = Logger.getLogger(SamlResource.class.getName());

  /** Base64 characters of the largest response read: real ones are a few kilobytes. */
  static final int MAX_RESPONSE = 1024 * 1024;

  @Inject SamlConfiguration configuration;
  @Inject SpEndpoints endpoints;
  @Inject SamlFlows flows;
  @Inject SsoSettings sso;
  @Inject SsoSignIn signIn;
  @Context UriInfo uriInfo;
  @Context HttpServletRequest request;

  @GET
  @Path("metadata")
  public Response metadata() {
    return Response.ok(SpMetadata.xml(endpoints.of(uriInfo.getBaseUri())))
        .type("application/samlmetadata+xml")
        .header("Content-Disposition", "inline; filename=\"roster-saml-metadata.xml\"")
        .build();
  }

  /**
   * Starts a sign-in at the IdP. {@code test=true} is Test sign-in: it shows what the IdP sent and
   * whom it matches, signs nobody in, and works while SSO is off.
   */
  @GET
  @Path("login")
  public Response login(@QueryParam("returnTo") String returnTo, @QueryParam("test") boolean test) {
    if (!test && !sso.enabled()) {
      return sso.off(request);
    }
    SamlSettings settings = configuration.current();
    if (!settings.ready()) {
      return sso.unavailable(
          request,
          "SAML single sign-on is not set up: an admin must give the identity provider's"
              + " metadata or its SSO URL, issuer and signing certificate.");
    }
    String id = AuthnRequests.newId();
    String safeReturn = ReturnTo.consolePage(request.getContextPath(), returnTo);
    flows.remember(id, new SamlFlows.Pending(safeReturn, test));
    String xml =
        AuthnRequests.xml(
            id, settings.idpSsoUrl(), endpoints.of(uriInfo.getBaseUri()), Instant.now());
    return Response.seeOther(AuthnRequests.redirect(settings.idpSsoUrl(), xml))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The assertion consumer service: the IdP's answer, posted by the person's browser. */
  @POST
  @Path("acs")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response acs(@FormParam("SAMLResponse") String samlResponse) {
    if (samlResponse != null && samlResponse.length() > MAX_RESPONSE) {
      return plain(Response.Status.REQUEST_ENTITY_TOO_LARGE, "The SAML response is too large.");
    }
    byte[] xml;
    try {
      xml = Base64.getMimeDecoder().decode(samlResponse == null ? "" : samlResponse);
    } catch (IllegalArgumentException e) {
      xml = new byte[0];
    }
    if (xml.length == 0) {
      return plain(Response.Status.BAD_REQUEST, "No SAML response was posted.");
    }
    SamlSettings settings = null;
    try {
      String requestId = SamlXml.attribute(SamlXml.parse(xml).getDocumentElement(), "InResponseTo");
      Optional<SamlFlows.Pending> pending =
          requestId == null ? Optional.empty() : flows.take(requestId);
      boolean test = pending.map(SamlFlows.Pending::test).orElse(false);
      if (!test && !sso.enabled()) {
        return sso.off(request);
      }
      settings = configuration.current();
      SamlExpectations expected =
          new SamlExpectations(
              endpoints.of(uriInfo.getBaseUri()).entityId(),
              endpoints.of(uriInfo.getBaseUri()).acsUrl(),
              settings.idpEntityId(),
              settings.certificates(),
              pending.isPresent() ? requestId : null,
              settings.idpInitiated(),
              Instant.now());
      SamlAssertion assertion = AssertionChecker.check(xml, expected, flows);
      return signIn.finish(
          SamlIdentities.of(assertion, settings),
          pending.map(SamlFlows.Pending::returnTo).orElse(null),
          test,
          request);
    } catch (SamlRefused refused) {
      LOG.info("SAML sign-in refused: " + refused.getMessage());
      return signIn.refuse(
          SamlIdentities.PROTOCOL,
          settings == null ? "an unknown issuer" : settings.idpEntityId(),
          refused.getMessage(),
          request);
    }
  }

  private static Response plain(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .entity(message + "\n")
        .build();
  }
}
