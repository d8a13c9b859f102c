package io.roster.scim.schema;

import static io.roster.scim.schema.MultiValuedAttributes.standard;

import java.util.List;

/** The core User schema of RFC 7643 §4.1. */
public final class UserSchema {
  public static final String URN = "urn:ietf:params:scim:schemas:core:2.0:User";

  public static final Schema SCHEMA =
      new Schema(
          URN,
          "User",
          "User Account",
          List.of(
              Attribute.string("userName")
                  .description("Unique identifier for the User, typically used to sign in.")
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .build(),
              Attribute.complex(
                      "name",
                      Attribute.string("formatted").build(),
                      Attribute.string("familyName").build(),
                      Attribute.string("givenName").build(),
                      Attribute.string("middleName").build(),
                      Attribute.string("honorificPrefix").build(),
                      Attribute.string("honorificSuffix").build())
                  .description("The components of the user's real name.")
                  .build(),
              Attribute.string("displayName").description("The name shown to end-users.").build(),
              Attribute.string("nickName")
                  .description("The casual way to address the user.")
                  .build(),
              Attribute.reference("profileUrl", "external")
                  .description("A URI of the user's online profile.")
                  .build(),
              Attribute.string("title")
                  .description("The user's title, e.g. \"Vice President\".")
                  .build(),
              Attribute.string("userType")
                  .description("The relationship between the organization and the user.")
                  .build(),
              Attribute.string("preferredLanguage")
                  .description("The user's preferred written or spoken language.")
                  .build(),
              Attribute.string("locale")
                  .description("The user's default location for localizing values.")
                  .build(),
              Attribute.string("timezone")
                  .description("The user's time zone in IANA Time Zone database format.")
                  .build(),
              Attribute.bool("active").description("The user's administrative status.").build(),
              Attribute.string("password")
                  .description("The user's cleartext password, only ever written.")
                  .mutability(Mutability.WRITE_ONLY)
                  .returned(Returned.NEVER)
                  .build(),
              standard("emails", "Email addresses for the user.", "work", "home", "other"),
              standard(
                  "phoneNumbers",
                  "Phone numbers for the user.",
                  "work",
                  "home",
                  "mobile",
                  "fax",
                  "pager",
                  "other"),
              standard(
                  "ims",
                  "Instant messaging addresses for the user.",
                  "aim",
                  "gtalk",
                  "icq",
                  "xmpp",
                  "msn",
                  "skype",
                  "qq",
                  "yahoo"),
              standard(
                  "photos",
                  "URLs of images of the user.",
                  Attribute.reference("value", "external").build(),
                  "photo",
                  "thumbnail"),
              Attribute.complex(
                      "addresses",
                      Attribute.string("formatted").build(),
                      Attribute.string("streetAddress").build(),
                      Attribute.string("locality").build(),
                      Attribute.string("region").build(),
                      Attribute.string("postalCode").build(),
                      Attribute.string("country").build(),
                      Attribute.string("type").canonicalValues("work", "home", "other").build(),
                      Attribute.bool("primary").build())
                  .multiValued()
                  .description("A physical mailing address for this user.")
                  .build(),
              Attribute.complex(
                      "groups",
                      Attribute.string("value").readOnly().build(),
                      Attribute.reference("$ref", "User", "Group").readOnly().build(),
                      Attribute.string("display").readOnly().build(),
                      Attribute.string("type")
                          .canonicalValues("direct", "indirect")
                          .readOnly()
                          .build())
                  .multiValued()
                  .description("The groups the user belongs to; changed through /Groups only.")
                  .readOnly()
                  .build(),
              standard("entitlements", "Entitlements the user has."),
              standard("roles", "Roles for the user."),
              standard(
                  "x509Certificates",
                  "DER-encoded X.509 certificates issued to the user.",
                  Attribute.binary("value").build())));

  private UserSchema() {}
}
