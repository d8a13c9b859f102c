package io.roster.events;

/**
 * Every action the audit log records, under the name it is stored and filtered by. One list, so the
 * console's action filter offers exactly what is written.
 */
public enum Action {
  USER_CREATED("user.created"),
  USER_UPDATED("user.updated"),
  USER_DEACTIVATED("user.deactivated"),
  USER_REACTIVATED("user.reactivated"),
  USER_DELETED("user.deleted"),
  GROUP_CREATED("group.created"),
  GROUP_RENAMED("group.renamed"),
  GROUP_DELETED("group.deleted"),
  GROUP_MEMBER_ADDED("group.member.added"),
  GROUP_MEMBER_REMOVED("group.member.removed"),
  ROLE_ACCESS_CHANGED("role.access.changed"),
  SCIM_ENABLED("scim.enabled"),
  SCIM_DISABLED("scim.disabled"),
  SCIM_TOKEN_CREATED("scim.token.created"),
  SCIM_TOKEN_REVOKED("scim.token.revoked"),
  SCIM_REQUEST_REJECTED("scim.request.rejected"),
  OAUTH_CLIENT_CREATED("oauth.client.created"),
  OAUTH_CLIENT_ENABLED("oauth.client.enabled"),
  OAUTH_CLIENT_DISABLED("oauth.client.disabled"),
  OAUTH_CLIENT_DELETED("oauth.client.deleted"),
  OAUTH_SECRET_ADDED("oauth.secret.added"),
  OAUTH_SECRET_REVOKED("oauth.secret.revoked"),
  OAUTH_CREDENTIAL_ADDED("oauth.credential.added"),
  OAUTH_CREDENTIAL_REVOKED("oauth.credential.revoked"),
  OAUTH_TOKEN_ISSUED("oauth.token.issued"),
  OAUTH_TOKEN_REJECTED("oauth.token.rejected"),
  SSO_SAML_CHANGED("sso.saml.changed"),
  ADMIN_LOGIN_SUCCEEDED("admin.login.succeeded"),
  ADMIN_LOGIN_FAILED("admin.login.failed"),
  ADMIN_LOGOUT("admin.logout"),
  ADMIN_CREATED("admin.created"),
  ADMIN_REMOVED("admin.removed"),
  ADMIN_PASSWORD_CHANGED("admin.password.changed"),
  ADMIN_UPDATED("admin.updated"),
  SSO_LOGIN_SUCCEEDED("sso.login.succeeded"),
  SSO_LOGIN_REFUSED("sso.login.refused"),
  SSO_LOGOUT("sso.logout"),
  SSO_SETTINGS_CHANGED("sso.settings.changed"),
  CONSOLE_ACCESS_REFUSED("console.access.refused"),
  WEBHOOK_CREATED("webhook.created"),
  WEBHOOK_UPDATED("webhook.updated"),
  WEBHOOK_DELETED("webhook.deleted"),
  WEBHOOK_SECRET_ROTATED("webhook.secret.rotated"),
  WEBHOOK_DISABLED("webhook.disabled"),
  WEBHOOK_REDELIVERED("webhook.redelivered"),
  WEBHOOK_TESTED("webhook.tested");

  private final String wire;

  Action(String wire) {
    this.wire = wire;
  }

  /** The stored name, e.g. {@code group.member.added}. */
  public String wire() {
    return wire;
  }
}
