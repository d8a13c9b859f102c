package io.roster.web;

import io.roster.bulk.BulkResource;
import io.roster.discovery.DiscoveryResource;
import io.roster.group.GroupResource;
import io.roster.platform.ScimDatabaseGateFilter;
import io.roster.provisioning.BodyCounter;
import io.roster.provisioning.RequestRecorder;
import io.roster.scim.http.BodySizeLimit;
import io.roster.scim.http.DatabaseOutageMapper;
import io.roster.scim.http.JsonBodies;
import io.roster.scim.http.JsonErrorMapper;
import io.roster.scim.http.ScimExceptionMapper;
import io.roster.scim.http.UnexpectedErrorMapper;
import io.roster.scim.http.WebErrorMapper;
import io.roster.search.RootSearchResource;
import io.roster.security.ScimAuthenticationFilter;
import io.roster.user.UserResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM endpoint an identity provider is given. Its classes are listed so that nothing of the
 * admin API is reachable under {@code /scim}.
 */
@ApplicationPath("/scim")
public class ScimApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        ScimDatabaseGateFilter.class,
        DiscoveryResource.class,
        UserResource.class,
        GroupResource.class,
        RootSearchResource.class,
        BulkResource.class,
        ScimAuthenticationFilter.class,
        BodySizeLimit.class,
        JsonBodies.class,
        ScimExceptionMapper.class,
        JsonErrorMapper.class,
        WebErrorMapper.class,
        UnexpectedErrorMapper.class,
        DatabaseOutageMapper.class,
        RequestRecorder.class,
        BodyCounter.class);
  }
}
