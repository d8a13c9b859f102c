package io.roster.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A provisioned user's single-valued attributes. Persistence only: {@link UserMapper} converts to
 * and from the SCIM representation; multi-valued attributes are {@link UserValueEntity} rows.
 */
@Entity
@Table(name = "scim_user")
public class UserEntity {
  @Id UUID id;

  @Column(name = "user_name", nullable = false)
  String userName;

  @Column(name = "external_id")
  String externalId;

  @Column(name = "display_name")
  String displayName;

  @Column(name = "nick_name")
  String nickName;

  @Column(name = "profile_url")
  String profileUrl;

  String title;

  @Column(name = "user_type")
  String userType;

  @Column(name = "preferred_language")
  String preferredLanguage;

  String locale;
  String timezone;
  boolean active = true;

  @Column(name = "name_formatted")
  String nameFormatted;

  @Column(name = "name_family")
  String nameFamily;

  @Column(name = "name_given")
  String nameGiven;

  @Column(name = "name_middle")
  String nameMiddle;

  @Column(name = "name_prefix")
  String namePrefix;

  @Column(name = "name_suffix")
  String nameSuffix;

  @Column(name = "employee_number")
  String employeeNumber;

  @Column(name = "cost_center")
  String costCenter;

  String organization;
  String division;
  String department;

  @Column(name = "manager_id")
  String managerId;

  @Column(name = "manager_display")
  String managerDisplay;

  /**
   * {@code manager_id} as a UUID when it has a UUID's form, computed by PostgreSQL (a generated
   * column), so that a single user's read ({@code UserQueries#find}) can join the manager by
   * primary key. Read-only: stale in an entity changed in the current transaction, so only that
   * query uses it. A {@code String}: EclipseLink's UUID conversion fails on NULL.
   */
  @Column(name = "manager_user_id", insertable = false, updatable = false)
  String managerUserId;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime created;

  @Column(name = "last_modified", nullable = false)
  OffsetDateTime lastModified;

  /**
   * The SCIM {@code meta.version} and ETag, bumped by the service on every change. Writers hold a
   * row lock ({@code SELECT ... FOR UPDATE}), so the number the response shows is the one stored.
   */
  long version;

  public UUID id() {
    return id;
  }

  public String userName() {
    return userName;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
