package io.roster.admin;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;

/** An admin account as the API and the console show it: never its password hash. */
@JsonbNillable
public record AdminView(
    String userName,
    OffsetDateTime createdAt,
    OffsetDateTime lastLoginAt,
    boolean breakGlass,
    boolean mustChangePassword) {
  static AdminView of(AdminAccount a) {
    return new AdminView(
        a.userName, a.createdAt, a.lastLoginAt, a.breakGlass, a.mustChangePassword);
  }
}
