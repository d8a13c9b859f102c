package io.roster.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One element of a user's multi-valued attribute (an email, a phone number, an address...). Kept as
 * rows so that filters such as {@code emails[type eq "work"].value eq "x"} become indexed SQL.
 */
@Entity
@Table(name = "scim_user_value")
public class UserValueEntity {
  /**
   * From the column's own sequence, 50 at a time (liquibase 037): no round trip per row, and the
   * rows of a user are written in one batch.
   */
  @Id
  @SequenceGenerator(
      name = "scim_user_value_id",
      sequenceName = "scim_user_value_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scim_user_value_id")
  Long id;

  @Column(name = "user_id", nullable = false)
  UUID userId;

  /** The SCIM attribute name, e.g. {@code emails}. */
  @Column(nullable = false)
  String attribute;

  /** Order within the attribute, so a read returns elements as they were written. */
  @Column(nullable = false)
  int position;

  String value;
  String display;
  String type;

  /** As sent: true, false, or null when the element had no {@code primary}. */
  @Column(name = "is_primary")
  Boolean primary;

  String formatted;

  @Column(name = "street_address")
  String streetAddress;

  String locality;
  String region;

  @Column(name = "postal_code")
  String postalCode;

  String country;
}
