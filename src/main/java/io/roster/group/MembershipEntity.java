package io.roster.group;

import io.roster.user.UserEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * One user in one group. Written with set-based SQL ({@link MemberChanges}); mapped so that filters
 * can reach {@code members.display} and {@code groups.display} through joins.
 */
@Entity
@Table(name = "group_member")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {
  @Id
  @Column(name = "group_id")
  UUID groupId;

  @Id
  @Column(name = "user_id")
  UUID userId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id", insertable = false, updatable = false)
  GroupEntity group;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", insertable = false, updatable = false)
  UserEntity user;

  /** The composite key (group, user). */
  public static class Key implements Serializable {
    UUID groupId;
    UUID userId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(groupId, k.groupId)
          && java.util.Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(groupId, userId);
    }
  }
}
