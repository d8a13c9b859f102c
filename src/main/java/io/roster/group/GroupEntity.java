package io.roster.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pushed group, which is also a role of the application. Members are {@link MembershipEntity}
 * rows, never a collection on this entity, so no change ever loads the member list.
 */
@Entity
@Table(name = "scim_group")
public class GroupEntity {
  @Id UUID id;

  @Column(name = "display_name", nullable = false)
  String displayName;

  @Column(name = "external_id")
  String externalId;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime created;

  @Column(name = "last_modified", nullable = false)
  OffsetDateTime lastModified;

  /** The SCIM meta.version; bumped by the service under a row lock on every change. */
  long version;

  public UUID id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
