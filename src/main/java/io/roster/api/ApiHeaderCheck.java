package io.roster.api;

import io.roster.scim.http.MediaTypeHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A malformed Content-Type or Accept header gets the admin API's JSON 400, not HTML. */
@WebFilter(urlPatterns = "/api/*")
public class ApiHeaderCheck extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean refused =
        MediaTypeHeaders.refuseMalformed(
            req, res, "application/json", detail -> ApiErrors.body(400, detail).toString());
    if (!refused) {
      chain.doFilter(req, res);
    }
  }
}
