package io.roster.scim.http;

import io.roster.scim.error.ScimType;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A malformed Content-Type or Accept header gets a SCIM error (400 invalidSyntax), not HTML. Also
 * on forwards, so that {@code /scim/v2/...} is checked whichever filter runs first.
 */
@WebFilter(
    urlPatterns = "/scim/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ScimHeaderCheck extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean refused =
        MediaTypeHeaders.refuseMalformed(
            req,
            res,
            ScimMediaType.SCIM_JSON,
            detail -> ScimErrors.body(400, ScimType.INVALID_SYNTAX, detail).toString());
    if (!refused) {
      chain.doFilter(req, res);
    }
  }
}
